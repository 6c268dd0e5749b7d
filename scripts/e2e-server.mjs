#!/usr/bin/env node
// Playwright's web server: a fresh database (demo data plus the test accounts), then the
// production build served by `next start`. The build is made once by scripts/test.mjs.
// TEST_DATABASE=postgres builds the database on PostgreSQL (PG_TEST_URL, PGHOST…, default
// 127.0.0.1:5432) and drops it when Playwright stops the server.
import fs from "node:fs";
import path from "node:path";
import {
  createDatabase,
  databaseUrl,
  dropDatabase,
  pgServerUrl,
  uniqueDatabaseName,
} from "./databases.mjs";
import { bin, exit, localEnv, onExit, prepareDatabase, root, run, runOrExit } from "./run.mjs";

const port = process.argv[2] || "3100";

// Playwright stops this server with SIGTERM (playwright.config.ts), which also reaches
// `next start` and the set-up commands in the same process group: outlive them, to drop the
// database afterwards.
let stopping = false;
for (const signal of ["SIGTERM", "SIGINT"]) process.on(signal, () => (stopping = true));

async function freshDatabase() {
  if (process.env.E2E_DATABASE_URL) return process.env.E2E_DATABASE_URL;
  if (process.env.TEST_DATABASE === "postgres") {
    const server = pgServerUrl();
    // scripts/test.mjs passes its run's prefix, and sweeps it even if this process is killed.
    const prefix = process.env.TEST_DATABASE_PREFIX;
    const name = prefix ? `${prefix}_e2e` : uniqueDatabaseName("e2e");
    await dropDatabase(server, name);
    await createDatabase(server, name);
    onExit(() => dropDatabase(server, name));
    return databaseUrl(server, name);
  }
  const file = path.join(root, "data", "e2e.db");
  for (const f of [file, `${file}-wal`, `${file}-shm`, `${file}-journal`])
    fs.rmSync(f, { force: true });
  return "file:./data/e2e.db";
}

// The journeys log in with the seeded NUMEN; the first-login change is tested on an account
// flagged for it (mustChangePassword, tests/support/e2e-seed.ts). Mail lands in a folder the
// tests read as the addressee's mailbox (tests/e2e/fixtures.ts).
const mailDir = path.join(root, "data", `e2e-mail-${port}`);
fs.rmSync(mailDir, { recursive: true, force: true });
const env = localEnv({
  DATABASE_URL: await freshDatabase(),
  AUTH_URL: `http://localhost:${port}`,
  PASSWORD_CHANGE_AT_FIRST_LOGIN: "false",
  MAIL_DIR: mailDir,
  // The journeys log in all the time on a machine the test runner loads: logins at the
  // pages' priority (production lowers them, lib/auth/password.ts).
  HASH_NICE: process.env.HASH_NICE || "0",
});
// Journeys that play a date (promotions taking effect on 1 September) run the jobs against
// this database with scripts/run-jobs.ts: tell them where it is.
fs.mkdirSync(path.join(root, "data"), { recursive: true });
fs.writeFileSync(path.join(root, "data", `e2e-database-url-${port}`), env.DATABASE_URL);
await prepareDatabase(env, { seed: "tests/support/e2e-seed.ts" });
if (!fs.existsSync(path.join(root, ".next", "BUILD_ID")))
  await runOrExit(bin("next"), ["build"], { env });
if (stopping) await exit(1);
const { code } = await run(bin("next"), ["start", "-p", port], { env });
await exit(code);
