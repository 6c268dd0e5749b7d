#!/usr/bin/env node
// (c) HTTP throughput and latency of the production server (`next start`) under N concurrent
// clients (autocannon), against a benchmark database, all on localhost:
//   - ceilings: a static file of the same server (_next/static CSS) and the login page
//     (a dynamic page that reads no database);
//   - the Synthèse page of signed-in teachers (GET /dossier/synthese, one session per
//     teacher, the requests spread over the sessions);
//   - the candidature submission, replayed as the browser sends it: the server action POST
//     (Next-Action header, multipart body encoded by React) that "Valider ma candidature"
//     makes; each teacher of the pool submits once (first submissions, which write), then a
//     timed run of repeated submissions (already recorded: the idempotent path).
// Teachers sign in through the real login form (its no-JavaScript POST), so each has a
// genuine next-auth cookie and LoginSession row. Memory: peak RSS of the server processes.
//
//   - issue 13's other pages: the teacher's candidature page, the IEN's list of a campaign
//     (one circonscription) and the gestionnaire's list of its candidatures (the whole
//     benchmark département, after the submissions);
//
//   node bench/http.mjs --size 20000 [--connections 50] [--duration 12] [--port 3200] [--rebuild]
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { prepareApp, root } from "./lib/app.mjs";
import { formContaining, hiddenInputs, signIn } from "./lib/login.mjs";
import {
  ACKNOWLEDGED,
  candidatureAction,
  inPool,
  processTree,
  rotate,
  round,
  runLoad,
  serverEnv,
  startNext,
  statusKb,
  treeRssMb,
} from "./lib/server.mjs";

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1] : fallback;
};
const size = Number(arg("size", "20000"));
const connections = Number(arg("connections", "50"));
const duration = Number(arg("duration", "12"));
const port = Number(arg("port", "3200"));
const rebuild = process.argv.includes("--rebuild");
const appDirOption = arg("app-dir", undefined);
const sessionsWanted = Number(arg("sessions", "1500"));
const base = `http://localhost:${port}`;
const WATCHDOG_MS = 20 * 60_000; // the whole HTTP step, whatever happens

const log = (m) => process.stderr.write(`${m}\n`);
const report = (r) => process.stdout.write(`BENCH_RESULT ${JSON.stringify(r)}\n`);
let server = null;
const stopServer = () => server?.stop();
process.on("exit", () => void stopServer());
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => process.exit(130));
setTimeout(() => {
  log(`http: plus de ${WATCHDOG_MS / 60000} minutes, arrêt`);
  process.exit(1);
}, WATCHDOG_MS).unref();

const serverHighWaterMb = () =>
  server?.pid
    ? round(Math.max(...processTree(server.pid).map((p) => statusKb(p, "VmHWM"))) / 1024)
    : null;

async function load(name, request, { amount, seconds = duration, warmup = true } = {}) {
  const figures = await runLoad({
    urls: [base],
    request,
    connections,
    amount,
    seconds,
    warmup,
    serverPids: () => (server?.pid ? [server.pid] : []),
    log: (m) => log(`http ${m}`),
    name,
  });
  return { step: "http", size, ...figures };
}

// ---------- main ----------
async function main() {
  const env = serverEnv(base);

  // The database: a fresh copy of the benchmark database, campaign open, no candidature.
  const prepareArgs = [
    "--import",
    "tsx",
    "bench/http-prepare.ts",
    "--size",
    String(size),
    "--pool",
    String(sessionsWanted),
  ];
  execFileSync(process.execPath, prepareArgs, {
    cwd: root,
    stdio: ["ignore", "ignore", "inherit"],
  });
  const dbFile = path.join(root, "bench", "out", `http-${size}.db`);
  const { campaignId, teachers, staff } = JSON.parse(
    fs.readFileSync(path.join(root, "bench", "out", `http-${size}-pool.json`), "utf8"),
  );
  env.DATABASE_URL = `file:${dbFile}`;

  const app = await prepareApp({ appDir: appDirOption, rebuild, env, log });

  log(`http: next start sur ${base} (base ${path.relative(root, dbFile)})`);
  server = await startNext({ appDir: app.appDir, port, env, timeoutMs: 60_000 });
  const idleRssMb = treeRssMb([server.pid]);

  // Static ceiling: the stylesheet every page links to.
  const loginHtml = await (await fetch(`${base}/connexion`)).text();
  const css = /href="(\/_next\/static\/[^"]+\.css)"/.exec(loginHtml)?.[1];
  if (!css) throw new Error("Pas de feuille de style /_next/static dans la page de connexion");
  const loginForm = hiddenInputs(formContaining(loginHtml, 'name="identifiant"') ?? "");

  // Sessions, through the login form.
  const signInStart = performance.now();
  const cookies = await inPool(teachers, 4, (t) => signIn(base, t, loginForm));
  const signInMs = performance.now() - signInStart;
  log(
    `http: ${cookies.length} enseignants connectés par le formulaire en ${Math.round(signInMs / 1000)} s`,
  );

  const [inspector, administrator] = await Promise.all(
    [staff.inspector, staff.administrator].map((account) => signIn(base, account, loginForm)),
  );
  // Every page answers what its reader sees before it is loaded.
  const pages = {
    "candidature-page": { path: `/siap/${campaignId}/candidature`, text: "Candidater" },
    inspection: { path: `/inspection/campagnes/${campaignId}`, text: "avis", cookie: inspector },
    "gestion-candidatures": {
      path: `/gestion/campagnes/${campaignId}/candidatures`,
      text: "Candidatures",
      cookie: administrator,
    },
  };
  for (const [name, page] of Object.entries(pages)) {
    const res = await fetch(`${base}${page.path}`, {
      headers: { cookie: page.cookie ?? cookies[0] },
      redirect: "manual",
    });
    const html = await res.text();
    if (res.status !== 200 || !html.includes(page.text))
      throw new Error(`Page ${name} inattendue (HTTP ${res.status})`);
  }
  const synthese = await fetch(`${base}/dossier/synthese`, {
    headers: { cookie: cookies[0] },
    redirect: "manual",
  });
  const syntheseHtml = await synthese.text();
  if (synthese.status !== 200 || !syntheseHtml.includes("Dossier de promotion de grade"))
    throw new Error(`Synthèse inattendue (HTTP ${synthese.status})`);

  // The candidature action, as the browser sends it (bench/lib/server.mjs).
  const {
    pagePath,
    headers: actionHeaders,
    body,
  } = await candidatureAction(base, cookies[0], campaignId);
  const sqlite = new Database(dbFile);
  const candidatures = () =>
    sqlite
      .prepare(
        `SELECT count(*) AS n FROM "Candidature" WHERE "campaignId" = ? AND "status" = 'ENREGISTREE'`,
      )
      .get(campaignId).n;
  // Check the encoding once (last teacher of the pool), then start again from no candidature.
  const probe = await fetch(`${base}${pagePath}`, {
    method: "POST",
    headers: { ...actionHeaders, cookie: cookies.at(-1) },
    body,
  });
  const probeText = await probe.text();
  if (probe.status !== 200 || !probeText.includes(ACKNOWLEDGED) || candidatures() !== 1) {
    throw new Error(
      `La soumission rejouée n'enregistre pas la candidature (HTTP ${probe.status}) :\n${probeText.slice(0, 500)}`,
    );
  }
  sqlite.prepare(`DELETE FROM "Candidature" WHERE "campaignId" = ?`).run(campaignId);

  const results = [];
  results.push(await load("static", { method: "GET", path: css }));
  results.push(await load("connexion", { method: "GET", path: "/connexion" }));
  results.push(
    await load("synthese", {
      method: "GET",
      path: "/dossier/synthese",
      setupRequest: rotate(cookies.slice(0, 200)),
    }),
  );

  results.push(
    await load("candidature-page", {
      method: "GET",
      path: pages["candidature-page"].path,
      setupRequest: rotate(cookies.slice(0, 200)),
    }),
  );
  results.push(
    await load("inspection", {
      method: "GET",
      path: pages.inspection.path,
      headers: { cookie: inspector },
    }),
  );

  // First submissions: each teacher once (no warm-up, which would submit for them).
  const before = candidatures();
  const first = await load(
    "candidature",
    { method: "POST", path: pagePath, headers: actionHeaders, body, setupRequest: rotate(cookies) },
    { amount: cookies.length, warmup: false },
  );
  first.recorded = candidatures() - before;
  results.push(first);
  // Then submissions of teachers already recorded (double clicks, replays at the deadline).
  const again = await load(
    "candidature-deja-enregistree",
    { method: "POST", path: pagePath, headers: actionHeaders, body, setupRequest: rotate(cookies) },
    { warmup: false },
  );
  again.recorded = candidatures() - before;
  results.push(again);
  // The gestionnaire's list, now that the campaign has its candidatures.
  results.push(
    await load("gestion-candidatures", {
      method: "GET",
      path: pages["gestion-candidatures"].path,
      headers: { cookie: administrator },
    }),
  );
  sqlite.close();

  const hwm = serverHighWaterMb();
  for (const r of results) report({ ...r, serverIdleRssMb: idleRssMb, serverHighWaterMb: hwm });
  report({
    step: "http-setup",
    size,
    staticFile: css,
    sessions: cookies.length,
    signInS: round(signInMs / 1000),
    build: { built: app.built, buildMs: app.buildMs, git: app.git, appDir: app.appDir },
    serverIdleRssMb: idleRssMb,
    serverHighWaterMb: hwm,
    node: process.version,
  });
  await stopServer();
  // The copy of a country's database is 1.4 GB: bench/http-prepare.ts makes a new one each run.
  if (size >= 100_000) for (const f of [dbFile, `${dbFile}-journal`]) fs.rmSync(f, { force: true });
}

main()
  .then(() => process.exit(0))
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });
