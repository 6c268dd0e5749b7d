import { spawn, execFileSync, type ChildProcess } from "node:child_process";
import net from "node:net";
import path from "node:path";
import { expect, test } from "@playwright/test";
import pg from "pg";
import { SMTPServer } from "smtp-server";
import { simpleParser } from "mailparser";

// Issue 12: several `next start` processes on one PostgreSQL database. Two servers share a
// fresh database holding a campaign whose candidature window has just ended; their jobs
// issue the accusés de réception and mail them through a local SMTP server. One server is
// killed mid-way: every candidate must end with exactly one receipt and one mail.
test.skip(
  process.env.TEST_DATABASE !== "postgres",
  "PostgreSQL only: several processes share one PostgreSQL database",
);

const AGENTS = 120;
const root = path.resolve(__dirname, "..", "..");

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}

async function waitForServer(url: string, child: ChildProcess): Promise<void> {
  for (let i = 0; i < 240; i++) {
    if (child.exitCode !== null) throw new Error(`${url}: server exited (${child.exitCode})`);
    const ok = await fetch(`${url}/connexion`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${url}: server did not answer`);
}

test("two server processes on one database issue each accusé and mail it once, even when one is killed", async ({
  browser,
}) => {
  test.setTimeout(300_000);
  const {
    createDatabase,
    databaseUrl,
    dropDatabase,
    pgServerUrl,
    uniqueDatabaseName,
    migrateArgs,
  } = await import("../../scripts/databases.mjs");
  const server = pgServerUrl();
  const name = `${process.env.TEST_DATABASE_PREFIX || uniqueDatabaseName("test")}_mp`;
  await dropDatabase(server, name);
  await createDatabase(server, name);
  const url = databaseUrl(server, name);

  // Mail for every candidate, counted by recipient and Message-ID.
  const received: { to: string; messageId: string }[] = [];
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream).then((mail) => {
        const to = Array.isArray(mail.to) ? mail.to[0] : mail.to;
        received.push({ to: to?.value[0]?.address ?? "", messageId: mail.messageId ?? "" });
        callback();
      }, callback);
    },
  });
  // The process killed mid-delivery leaves its SMTP connection reset (ECONNRESET): expected here.
  smtp.on("error", () => {});
  await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", resolve));
  const smtpPort = (smtp.server.address() as net.AddressInfo).port;

  const children: ChildProcess[] = [];
  const db = new pg.Client({ connectionString: url });
  try {
    const env = {
      ...process.env,
      DATABASE_URL: url,
      MP_AGENTS: String(AGENTS),
      HASH_CONCURRENCY: "4",
    };
    execFileSync("node", ["scripts/prisma-wasm-migrate.mjs", "deploy", ...migrateArgs(url)], {
      cwd: root,
      env,
      stdio: "pipe",
    });
    execFileSync(
      path.join(root, "node_modules", ".bin", "tsx"),
      ["tests/support/multi-process-seed.ts"],
      { cwd: root, env, stdio: "pipe" },
    );

    const ports = [await freePort(), await freePort()];
    for (const port of ports) {
      const child = spawn(
        path.join(root, "node_modules", ".bin", "next"),
        ["start", "-p", String(port)],
        {
          cwd: root,
          env: {
            ...env,
            AUTH_URL: `http://localhost:${port}`,
            SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
            MAIL_DIR: "",
            AVANCEMENT_JOBS_EVERY_MS: "1000",
            // The survivor takes over the killed process's claims after 15 s, not 2 minutes.
            AVANCEMENT_MAIL_CLAIM_MS: "15000",
            PASSWORD_CHANGE_AT_FIRST_LOGIN: "false",
          },
          stdio: "ignore",
        },
      );
      children.push(child);
    }
    await Promise.all(
      ports.map((port, i) => waitForServer(`http://localhost:${port}`, children[i]!)),
    );

    // A session opened on one process is valid on the other (sessions live in the database).
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`http://localhost:${ports[0]}/connexion`);
    await page.getByLabel("Identifiant").fill("mp0");
    await page.getByLabel("Mot de passe", { exact: true }).fill("31E3000000MPR");
    await page.getByRole("button", { name: "Valider" }).click();
    await expect(page).toHaveURL(/\/accueil$/);
    await page.goto(`http://localhost:${ports[1]}/accueil`);
    await expect(page).toHaveURL(/\/accueil$/);
    await expect(page.getByText("Processus0").first()).toBeVisible();
    await context.close();

    // Kill the first process as soon as mail starts flowing: mid-way through the work.
    await expect
      .poll(() => received.length, { timeout: 120_000, intervals: [100] })
      .toBeGreaterThan(0);
    children[0]!.kill("SIGKILL");

    await expect
      .poll(() => new Set(received.map((m) => m.messageId)).size, {
        timeout: 180_000,
        intervals: [500],
      })
      .toBe(AGENTS);
    await db.connect();
    const receipts = await db.query<{ n: string; distinct: string }>(
      `SELECT count(*) AS n, count(DISTINCT "receiptNumber") AS distinct FROM "Candidature" WHERE "receiptNumber" IS NOT NULL`,
    );
    expect(receipts.rows[0]).toEqual({ n: String(AGENTS), distinct: String(AGENTS) });
    // The killed process may have handed a message to the relay without marking it sent:
    // the survivor sends it again once that claim has expired, then every one is « envoyé ».
    const outbox = async () =>
      (
        await db.query<{ status: string; n: string }>(
          `SELECT status, count(*) AS n FROM "OutboxMessage" WHERE kind = 'accuse-reception' GROUP BY status`,
        )
      ).rows;
    await expect
      .poll(outbox, { timeout: 60_000, intervals: [500] })
      .toEqual([{ status: "ENVOYE", n: String(AGENTS) }]);
    // One mail per candidate. Delivery is at least once (docs/decisions/0008): only a message
    // the killed process had handed to the relay, and not yet marked sent, may come twice.
    expect(new Set(received.map((m) => m.to)).size).toBe(AGENTS);
    expect(received.length - AGENTS).toBeLessThanOrEqual(1);
  } finally {
    for (const child of children) child.kill("SIGKILL");
    await db.end().catch(() => {});
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
    await dropDatabase(server, name).catch(() => {});
  }
});
