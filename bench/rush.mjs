#!/usr/bin/env node
// Issue 13 on PostgreSQL, against the production server (`next start`):
//   rush       the deadline rush: --submissions teachers (default 5,000) of vivier 1 each send
//              « Valider ma candidature » once, as the browser sends the server action, at an
//              overall rate that fits them in --window seconds (default 60; open model: the
//              requests arrive whatever the answers), by 50, 100 and 200 clients (--clients);
//              after each run the database is checked: one Candidature per acknowledged
//              teacher, one history event and one audit entry each, acknowledgements = rows.
//              The campaign's candidatures are then deleted for the next client count.
//   processes  the Synthèse (GET /dossier/synthese) by --connections clients against one
//              `next start`, then the same clients split between two `next start` on the same
//              database; prints the ratio, with the CPU of the servers and of this process
//              (the load generator, autocannon, runs on the same cores).
// The database: the synthetic SQLite benchmark database (bench/seed-db.ts, --size agents,
// default 140,000: about 5,400 vivier 1 teachers of the open CE 2017–2023 campaign), opened
// by bench/http-prepare.ts, then copied into a throw-away PostgreSQL database
// (bench/lib/pg-copy.mjs), dropped at the end. Passwords are the NUMEN at the benchmark's
// cheap scrypt cost (bench/lib/bench-db.ts BENCH_HASH_COST). Every teacher signs in through the
// real login form (bench/lib/login.mjs).
//
//   node bench/rush.mjs [--only rush,processes] [--size 140000] [--submissions 5000]
//        [--clients 50,100,200] [--window 60] [--connections 50] [--duration 12]
//        [--port 3400] [--app-dir DIR] [--rebuild] [--keep-db]
import { execFileSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { prepareApp, root } from "./lib/app.mjs";
import { formContaining, hiddenInputs, signIn } from "./lib/login.mjs";
import { copyToPostgres } from "./lib/pg-copy.mjs";
import {
  ACKNOWLEDGED,
  candidatureAction,
  inPool,
  round,
  runLoad,
  serverEnv,
  startNext,
  treeRssMb,
} from "./lib/server.mjs";

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1] : fallback;
};
const list = (v) => String(v).split(",").filter(Boolean);
const only = new Set(list(arg("only", "rush,processes")));
const size = Number(arg("size", "140000"));
const submissions = Number(arg("submissions", "5000"));
const clientCounts = list(arg("clients", "50,100,200")).map(Number);
const windowS = Number(arg("window", "60"));
const connections = Number(arg("connections", "50"));
const duration = Number(arg("duration", "12"));
const port = Number(arg("port", "3400"));
// Its own build copy: other worktrees' benchmarks use prepareApp's default folder.
const appDirOption = arg("app-dir", path.join(os.tmpdir(), "avancement-rush-app"));
const rebuild = process.argv.includes("--rebuild");
const keepDb = process.argv.includes("--keep-db");
const WATCHDOG_MS = 40 * 60_000;

const log = (m) => process.stderr.write(`${m}\n`);
const report = (r) => process.stdout.write(`BENCH_RESULT ${JSON.stringify(r)}\n`);
const uptime = () =>
  os
    .loadavg()
    .map((l) => round(l, 2))
    .join(", ");
setTimeout(() => {
  log(`rush: plus de ${WATCHDOG_MS / 60000} minutes, arrêt`);
  process.exit(1);
}, WATCHDOG_MS).unref();
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => process.exit(130));

const servers = [];
let database = null;
async function cleanup() {
  await Promise.all(servers.splice(0).map((s) => s.stop()));
  if (database && !keepDb) {
    await database.drop();
    log(`rush: base ${database.name} supprimée`);
  }
  database = null;
}

async function main() {
  // 1. The SQLite database (kept between runs), opened, then copied into PostgreSQL.
  const tsx = (script, ...args) =>
    execFileSync(
      process.execPath,
      ["--max-old-space-size=8192", "--import", "tsx", script, ...args.map(String)],
      { cwd: root, stdio: ["ignore", "ignore", "inherit"] },
    );
  tsx("bench/seed-db.ts", "--size", size);
  // One more teacher than submissions: the first one checks the replayed encoding.
  tsx("bench/http-prepare.ts", "--size", size, "--pool", submissions + 1);
  const { campaignId, teachers } = JSON.parse(
    fs.readFileSync(path.join(root, "bench", "out", `http-${size}-pool.json`), "utf8"),
  );
  if (only.has("rush") && teachers.length < submissions + 1)
    throw new Error(
      `${teachers.length} enseignants du vivier 1 seulement à ${size} agents : --size plus grand`,
    );
  database = await copyToPostgres(path.join(root, "bench", "out", `http-${size}.db`), log);
  const sql = new pg.Pool({ connectionString: database.url, max: 2 });

  // 2. The build (a copy of the working tree outside the repository) and the servers.
  const secret = crypto.randomBytes(32).toString("base64url");
  const envFor = (p) =>
    serverEnv(`http://localhost:${p}`, {
      AUTH_SECRET: secret, // the same everywhere: a session is valid on both processes
      DATABASE_URL: database.url,
      AVANCEMENT_JOBS: "off", // no receipts or mail delivery in the middle of the figures
    });
  const app = await prepareApp({ appDir: appDirOption, rebuild, env: envFor(port), log });
  const first = await startNext({ appDir: app.appDir, port, env: envFor(port) });
  servers.push(first);
  log(`rush: next start sur ${first.base}, base PostgreSQL ${database.name}`);
  const loginHtml = await (await fetch(`${first.base}/connexion`)).text();
  const loginForm = hiddenInputs(formContaining(loginHtml, 'name="identifiant"') ?? "");

  const wanted = only.has("rush") ? teachers.slice(0, submissions + 1) : teachers.slice(0, 200);
  const signInStart = performance.now();
  const cookies = await inPool(wanted, 4, (t) => signIn(first.base, t, loginForm));
  const signInS = round((performance.now() - signInStart) / 1000);
  log(`rush: ${cookies.length} enseignants connectés par le formulaire en ${signInS} s`);
  report({
    step: "rush-setup",
    size,
    database: "postgresql",
    pool: teachers.length,
    sessions: cookies.length,
    signInS,
    build: { built: app.built, git: app.git },
    idleRssMb: treeRssMb([first.pid]),
    node: process.version,
  });

  if (only.has("rush")) {
    const action = await candidatureAction(first.base, cookies[0], campaignId);
    const probe = await fetch(`${first.base}${action.pagePath}`, {
      method: "POST",
      headers: { ...action.headers, cookie: cookies[0] },
      body: action.body,
    });
    const probeText = await probe.text();
    if (probe.status !== 200 || !probeText.includes(ACKNOWLEDGED))
      throw new Error(
        `La soumission rejouée n'enregistre pas la candidature (HTTP ${probe.status}) :\n${probeText.slice(0, 500)}`,
      );
    const probeAgent = wanted[0].agentId;
    const rushTeachers = wanted.slice(1);
    const rushCookies = cookies.slice(1);
    const agentIds = rushTeachers.map((t) => t.agentId);

    for (const clients of clientCounts) {
      // The rush: each teacher once, in order; the acknowledgement read in each answer.
      const acknowledged = new Set();
      let next = 0;
      const request = {
        method: "POST",
        path: action.pagePath,
        headers: action.headers,
        body: action.body,
        setupRequest: (req, context) => {
          context.teacher = next++;
          return {
            ...req,
            headers: { ...req.headers, cookie: rushCookies[context.teacher % rushCookies.length] },
          };
        },
        onResponse: (status, body, context) => {
          if (status === 200 && body.includes(ACKNOWLEDGED)) acknowledged.add(context.teacher);
        },
      };
      const figures = await runLoad({
        urls: [first.base],
        request,
        connections: clients,
        amount: rushTeachers.length,
        rate: Math.ceil(rushTeachers.length / windowS),
        warmup: false,
        serverPids: () => [first.pid],
        log,
        name: `rush ${clients} clients`,
      });
      const check = await exactlyOnce(sql, campaignId, agentIds, acknowledged, rushTeachers);
      log(`rush ${clients} clients: ${JSON.stringify(check)} (uptime ${uptime()})`);
      report({
        step: "rush",
        size,
        database: "postgresql",
        ...figures,
        ...check,
        uptime: uptime(),
      });
      await resetCandidatures(sql, campaignId, probeAgent);
    }
  }

  if (only.has("processes")) {
    const secondPort = port + 1;
    const second = await startNext({
      appDir: app.appDir,
      port: secondPort,
      env: envFor(secondPort),
    });
    servers.push(second);
    const synthese = (cookieList) => {
      let i = 0;
      return {
        method: "GET",
        path: "/dossier/synthese",
        setupRequest: (req) => ({
          ...req,
          headers: { ...req.headers, cookie: cookieList[i++ % cookieList.length] },
        }),
      };
    };
    const pages = cookies.slice(0, 200);
    for (const s of [first, second]) {
      const r = await fetch(`${s.base}/dossier/synthese`, { headers: { cookie: pages[0] } });
      if (r.status !== 200 || !(await r.text()).includes("Dossier de promotion de grade"))
        throw new Error(`Synthèse inattendue sur ${s.base} (HTTP ${r.status})`);
    }
    const one = await runLoad({
      urls: [first.base],
      request: synthese(pages),
      connections,
      seconds: duration,
      warmupSeconds: 5,
      serverPids: () => [first.pid, second.pid],
      log,
      name: "synthese 1 processus",
    });
    const two = await runLoad({
      urls: [first.base, second.base],
      request: synthese(pages),
      connections,
      seconds: duration,
      warmupSeconds: 5,
      serverPids: () => [first.pid, second.pid],
      log,
      name: "synthese 2 processus",
    });
    const ratio = round(two.requestsPerS / one.requestsPerS, 2);
    log(`processes: 2 processus / 1 = ${ratio} (uptime ${uptime()})`);
    const machineCpuS = (f) => round(f.serverCpuS + f.generatorCpuS, 1);
    for (const f of [one, two])
      report({
        step: "processes",
        size,
        database: "postgresql",
        ...f,
        machineCpuS: machineCpuS(f),
        coresUsed: round(machineCpuS(f) / f.durationS, 2),
        uptime: uptime(),
      });
    report({ step: "processes-ratio", size, ratio, cores: os.availableParallelism() });
  }
  await sql.end();
}

/** What the database holds for the rush's teachers, against what was acknowledged. */
async function exactlyOnce(sql, campaignId, agentIds, acknowledged, teachers) {
  const { rows } = await sql.query(
    `SELECT c."agentId", c."status",
            (SELECT count(*) FROM "CandidatureEvent" e WHERE e."candidatureId" = c.id AND e.status = 'ENREGISTREE')::int AS events,
            (SELECT count(*) FROM "AuditLog" a WHERE a."entityId" = c.id AND a.action = 'candidature.submit')::int AS audits
       FROM "Candidature" c WHERE c."campaignId" = $1 AND c."agentId" = ANY($2)`,
    [campaignId, agentIds],
  );
  const byAgent = new Map(rows.map((r) => [r.agentId, r]));
  const ackAgents = new Set([...acknowledged].map((i) => teachers[i].agentId));
  const missing = [...ackAgents].filter((a) => byAgent.get(a)?.status !== "ENREGISTREE").length;
  const unacknowledged = rows.filter((r) => !ackAgents.has(r.agentId)).length;
  const wrongEvents = rows.filter((r) => r.events !== 1).length;
  const wrongAudits = rows.filter((r) => r.audits !== 1).length;
  const exact =
    missing === 0 &&
    unacknowledged === 0 &&
    wrongEvents === 0 &&
    wrongAudits === 0 &&
    rows.length === ackAgents.size;
  return {
    acknowledgements: ackAgents.size,
    rows: rows.length,
    acknowledgedWithoutRow: missing,
    rowsNotAcknowledged: unacknowledged,
    rowsWithout1Event: wrongEvents,
    rowsWithout1Audit: wrongAudits,
    exactlyOnce: exact,
  };
}

/** Back to no candidature (but the probe's) for the next client count. */
async function resetCandidatures(sql, campaignId, keepAgent) {
  await sql.query(
    `DELETE FROM "AuditLog" WHERE action = 'candidature.submit' AND "entityId" IN
       (SELECT id FROM "Candidature" WHERE "campaignId" = $1 AND "agentId" <> $2)`,
    [campaignId, keepAgent],
  );
  // CandidatureEvent rows go with their candidature (ON DELETE CASCADE).
  await sql.query(`DELETE FROM "Candidature" WHERE "campaignId" = $1 AND "agentId" <> $2`, [
    campaignId,
    keepAgent,
  ]);
  await sql.query(`DELETE FROM "OutboxMessage"`);
  await sql.query(`VACUUM ANALYZE "Candidature"`);
}

main()
  .then(cleanup)
  .then(() => process.exit(0))
  .catch(async (error) => {
    console.error(error);
    await cleanup().catch(() => {});
    process.exit(1);
  });
