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
//   node bench/http.mjs --size 20000 [--connections 50] [--duration 12] [--port 3200] [--rebuild] [--indexes]
// --indexes: the served copy of the database gets the indexes BENCHMARKS.md proposes.
import { spawn, execFileSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import Database from "better-sqlite3";
import { prepareApp, root } from "./lib/app.mjs";
import { formContaining, hiddenInputs, signIn } from "./lib/login.mjs";

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
const withIndexes = process.argv.includes("--indexes");
const base = `http://localhost:${port}`;
const WATCHDOG_MS = 20 * 60_000; // the whole HTTP step, whatever happens

const log = (m) => process.stderr.write(`${m}\n`);
const report = (r) => process.stdout.write(`BENCH_RESULT ${JSON.stringify(r)}\n`);
const round = (n, d = 1) => Math.round(n * 10 ** d) / 10 ** d;

let server = null;
function stopServer() {
  if (server?.pid) {
    try {
      process.kill(-server.pid, "SIGTERM"); // its own process group: next start and its worker
    } catch {}
  }
  server = null;
}
process.on("exit", stopServer);
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => process.exit(130));
setTimeout(() => {
  log(`http: plus de ${WATCHDOG_MS / 60000} minutes, arrêt`);
  process.exit(1);
}, WATCHDOG_MS).unref();

function portFree(p) {
  return new Promise((resolve) => {
    const s = net.createServer();
    s.once("error", () => resolve(false));
    s.listen(p, () => s.close(() => resolve(true)));
  });
}

// ---------- server memory: every process of the server's group ----------
function processTree(pid) {
  const children = new Map();
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      if (!children.has(ppid)) children.set(ppid, []);
      children.get(ppid).push(Number(entry));
    } catch {}
  }
  const out = [];
  const walk = (p) => {
    out.push(p);
    for (const c of children.get(p) ?? []) walk(c);
  };
  walk(pid);
  return out;
}
function statusKb(pid, field) {
  try {
    const m = new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(
      fs.readFileSync(`/proc/${pid}/status`, "utf8"),
    );
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}
function memorySampler() {
  let peakTreeKb = 0;
  const timer = setInterval(() => {
    if (!server?.pid) return;
    const total = processTree(server.pid).reduce((s, p) => s + statusKb(p, "VmRSS"), 0);
    peakTreeKb = Math.max(peakTreeKb, total);
  }, 100);
  return {
    stop() {
      clearInterval(timer);
      return round(peakTreeKb / 1024);
    },
  };
}
const serverHighWaterMb = () =>
  server?.pid
    ? round(Math.max(...processTree(server.pid).map((p) => statusKb(p, "VmHWM"))) / 1024)
    : null;

async function inPool(items, concurrency, fn) {
  const out = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let i = next++; i < items.length; i = next++) out[i] = await fn(items[i], i);
    }),
  );
  return out;
}

// ---------- load runs ----------
function percentile(sorted, p) {
  if (sorted.length === 0) return null;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}
async function load(name, request, { amount, seconds = duration, warmup = true } = {}) {
  if (warmup)
    await autocannon({
      url: base,
      connections: Math.min(10, connections),
      duration: 2,
      requests: [request],
    });
  const latencies = [];
  const statuses = {};
  const memory = memorySampler();
  const cpuBefore = serverCpuTicks();
  const started = performance.now();
  const instance = autocannon({
    url: base,
    connections: amount ? Math.min(connections, amount) : connections,
    ...(amount ? { amount } : { duration: seconds }),
    timeout: 30,
    requests: [request],
  });
  // Bounded whatever happens: a run of `amount` requests stops after 3 minutes at most.
  const guard = setTimeout(() => instance.stop(), amount ? 180_000 : (seconds + 30) * 1000);
  instance.on("response", (_client, statusCode, _bytes, responseTime) => {
    latencies.push(responseTime);
    statuses[statusCode] = (statuses[statusCode] ?? 0) + 1;
  });
  const result = await instance;
  clearTimeout(guard);
  const elapsed = (performance.now() - started) / 1000;
  const serverCpu = (serverCpuTicks() - cpuBefore) / CLK_TCK;
  latencies.sort((a, b) => a - b);
  const figures = {
    step: "http",
    size,
    indexes: withIndexes,
    target: name,
    connections: amount ? Math.min(connections, amount) : connections,
    durationS: round(elapsed, 2),
    requests: latencies.length,
    requestsPerS: round(latencies.length / elapsed),
    latencyMs: {
      p50: round(percentile(latencies, 50)),
      p95: round(percentile(latencies, 95)),
      p99: round(percentile(latencies, 99)),
      max: round(latencies.at(-1) ?? 0),
    },
    statuses,
    errors: result.errors,
    timeouts: result.timeouts,
    bytesPerRequest: result.requests.total
      ? Math.round(result.throughput.total / Math.max(1, result.requests.total))
      : null,
    serverCpuS: round(serverCpu, 1),
    serverPeakRssMb: memory.stop(),
    loadAvg1: round(os.loadavg()[0], 2),
  };
  log(
    `http ${name}: ${figures.requestsPerS} req/s, p50 ${figures.latencyMs.p50} ms, p95 ${figures.latencyMs.p95} ms, ` +
      `p99 ${figures.latencyMs.p99} ms, ${figures.requests} réponses ${JSON.stringify(statuses)}, erreurs ${result.errors}, RSS max ${figures.serverPeakRssMb} Mo`,
  );
  return figures;
}
const CLK_TCK = Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100;
function serverCpuTicks() {
  if (!server?.pid) return 0;
  return processTree(server.pid).reduce((sum, p) => {
    try {
      const stat = fs.readFileSync(`/proc/${p}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      return sum + Number(fields[11]) + Number(fields[12]); // utime + stime
    } catch {
      return sum;
    }
  }, 0);
}

// ---------- main ----------
async function main() {
  if (!(await portFree(port))) throw new Error(`Le port ${port} est occupé : --port <autre>`);
  const env = {
    ...process.env,
    NODE_ENV: "production",
    AUTH_SECRET: crypto.randomBytes(32).toString("base64url"),
    AUTH_TRUST_HOST: "true",
    AUTH_URL: base,
    NEXT_TELEMETRY_DISABLED: "1",
    // The benchmark teachers sign in with their NUMEN and go straight to their pages.
    PASSWORD_CHANGE_AT_FIRST_LOGIN: "false",
  };

  // The database: a fresh copy of the benchmark database, campaign open, no candidature.
  const prepareArgs = [
    "--import",
    "tsx",
    "bench/http-prepare.ts",
    "--size",
    String(size),
    "--pool",
    String(sessionsWanted),
    ...(withIndexes ? ["--indexes"] : []),
  ];
  execFileSync(process.execPath, prepareArgs, {
    cwd: root,
    stdio: ["ignore", "ignore", "inherit"],
  });
  const dbFile = path.join(root, "bench", "out", `http-${size}.db`);
  const { campaignId, teachers } = JSON.parse(
    fs.readFileSync(path.join(root, "bench", "out", `http-${size}-pool.json`), "utf8"),
  );
  env.DATABASE_URL = `file:${dbFile}`;

  const app = await prepareApp({ appDir: appDirOption, rebuild, env, log });

  log(`http: next start sur ${base} (base ${path.relative(root, dbFile)})`);
  server = spawn(
    path.join(app.appDir, "node_modules", ".bin", "next"),
    ["start", "-p", String(port)],
    {
      cwd: app.appDir,
      env,
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let serverLog = "";
  server.stdout.on("data", (d) => (serverLog += d));
  server.stderr.on("data", (d) => (serverLog += d));
  const startedAt = performance.now();
  for (;;) {
    if (performance.now() - startedAt > 60_000)
      throw new Error(`Le serveur ne répond pas :\n${serverLog}`);
    try {
      if ((await fetch(`${base}/connexion`)).ok) break;
    } catch {}
    await new Promise((r) => setTimeout(r, 200));
  }
  const idleRssMb = round(
    processTree(server.pid).reduce((s, p) => s + statusKb(p, "VmRSS"), 0) / 1024,
  );

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

  // Check that the pages answer what a teacher sees before loading them.
  const synthese = await fetch(`${base}/dossier/synthese`, {
    headers: { cookie: cookies[0] },
    redirect: "manual",
  });
  const syntheseHtml = await synthese.text();
  if (synthese.status !== 200 || !syntheseHtml.includes("Dossier de promotion de grade"))
    throw new Error(`Synthèse inattendue (HTTP ${synthese.status})`);

  // The candidature action, encoded as React's client encodes a form action of useActionState
  // (checked against what Chromium sends; see BENCHMARKS.md): the form's hidden fields and
  // inputs prefixed by "_1_", then the arguments [previous state, form data].
  const pagePath = `/siap/${campaignId}/candidature`;
  const pageHtml = await (
    await fetch(`${base}${pagePath}`, { headers: { cookie: cookies[0] } })
  ).text();
  const submitForm = formContaining(pageHtml, "Valider ma candidature");
  if (!submitForm) throw new Error("Formulaire « Valider ma candidature » introuvable");
  const fields = [...hiddenInputs(submitForm)];
  const actionId = JSON.parse(fields.find(([k]) => /^\$ACTION_\d+:0$/.test(k))?.[1] ?? "{}").id;
  if (!actionId) throw new Error("Identifiant de l'action serveur introuvable");
  const boundary = `----BenchFormBoundary${crypto.randomBytes(8).toString("hex")}`;
  const part = (name, value) =>
    `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
  const body =
    fields.map(([k, v]) => part(`_1_${k}`, v)).join("") +
    part("0", '["$undefined","$K1"]') +
    `--${boundary}--\r\n`;
  const routerTree = encodeURIComponent(
    JSON.stringify([
      "",
      {
        children: [
          "(enseignant)",
          {
            children: [
              "siap",
              {
                children: [
                  ["campaignId", campaignId, "d", null],
                  {
                    children: [
                      "candidature",
                      { children: ["__PAGE__", {}, null, null, 0] },
                      null,
                      null,
                      0,
                    ],
                  },
                  null,
                  null,
                  0,
                ],
              },
              null,
              null,
              0,
            ],
          },
          null,
          null,
          0,
        ],
      },
      null,
      null,
      16,
    ]),
  );
  const actionHeaders = {
    accept: "text/x-component",
    "next-action": actionId,
    "next-router-state-tree": routerTree,
    "content-type": `multipart/form-data; boundary=${boundary}`,
    origin: base,
    referer: `${base}${pagePath}`,
  };
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
  if (
    probe.status !== 200 ||
    !probeText.includes("Votre demande de candidature a bien été enregistrée.") ||
    candidatures() !== 1
  ) {
    throw new Error(
      `La soumission rejouée n'enregistre pas la candidature (HTTP ${probe.status}) :\n${probeText.slice(0, 500)}`,
    );
  }
  sqlite.prepare(`DELETE FROM "Candidature" WHERE "campaignId" = ?`).run(campaignId);

  const rotate = (list) => {
    let i = 0;
    return (req) => ({ ...req, headers: { ...req.headers, cookie: list[i++ % list.length] } });
  };
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
  sqlite.close();

  const hwm = serverHighWaterMb();
  for (const r of results) report({ ...r, serverIdleRssMb: idleRssMb, serverHighWaterMb: hwm });
  report({
    step: "http-setup",
    size,
    indexes: withIndexes,
    staticFile: css,
    sessions: cookies.length,
    signInS: round(signInMs / 1000),
    build: { built: app.built, buildMs: app.buildMs, git: app.git, appDir: app.appDir },
    serverIdleRssMb: idleRssMb,
    serverHighWaterMb: hwm,
    node: process.version,
  });
  stopServer();
  // The copy of a country's database is 1.4 GB: bench/http-prepare.ts makes a new one each run.
  if (size >= 100_000) for (const f of [dbFile, `${dbFile}-journal`]) fs.rmSync(f, { force: true });
}

main()
  .then(() => process.exit(0))
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });
