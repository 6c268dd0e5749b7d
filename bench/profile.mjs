#!/usr/bin/env node
// Where a page's time goes: a CPU profile of `next start` while 50 clients load one page of
// bench/http.mjs's targets (after the login page, for comparison), its shares by layer, and
// the SQL statements one request of the page runs. Prints figures, like every benchmark.
//
//   node bench/profile.mjs --size 5000 --target synthese [--seconds 8] [--port 3300]
//   targets: connexion, synthese, candidature-page, inspection, gestion-candidatures
// The database is bench/out/http-<size>.db as bench/http.mjs prepares it (run that first, or
// this script prepares it). Profiles: bench/out/profile-<target>-<size>/*.cpuprofile.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { prepareApp, root } from "./lib/app.mjs";
import { formContaining, hiddenInputs, signIn } from "./lib/login.mjs";
import { inPool, processTree, rotate, runLoad, serverEnv, startNext } from "./lib/server.mjs";

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1] : fallback;
};
const size = Number(arg("size", "5000"));
const target = arg("target", "synthese");
const seconds = Number(arg("seconds", "8"));
const port = Number(arg("port", "3300"));
const base = `http://localhost:${port}`;
const log = (m) => process.stderr.write(`${m}\n`);

const pool = path.join(root, "bench", "out", `http-${size}-pool.json`);
const dbFile = path.join(root, "bench", "out", `http-${size}.db`);
if (!fs.existsSync(pool) || !fs.existsSync(dbFile))
  execFileSync(
    process.execPath,
    ["--import", "tsx", "bench/http-prepare.ts", "--size", String(size), "--pool", "300"],
    { cwd: root, stdio: ["ignore", "ignore", "inherit"] },
  );
const { campaignId, teachers, staff } = JSON.parse(fs.readFileSync(pool, "utf8"));
const outDir = path.join(root, "bench", "out", `profile-${target}-${size}`);
fs.rmSync(outDir, { recursive: true, force: true });
fs.mkdirSync(outDir, { recursive: true });
const env = { ...serverEnv(base), DATABASE_URL: `file:${dbFile}` };
const app = await prepareApp({ env, log });

async function withServer(extra, work) {
  const server = await startNext({ appDir: app.appDir, port, env: { ...env, ...extra } });
  try {
    const loginHtml = await (await fetch(`${base}/connexion`)).text();
    const form = hiddenInputs(formContaining(loginHtml, 'name="identifiant"') ?? "");
    const cookies = await inPool(teachers.slice(0, 200), 4, (t) => signIn(base, t, form));
    const [inspector, administrator] = await Promise.all(
      [staff.inspector, staff.administrator].map((a) => signIn(base, a, form)),
    );
    const requests = {
      connexion: { method: "GET", path: "/connexion" },
      synthese: { method: "GET", path: "/dossier/synthese", setupRequest: rotate(cookies) },
      "candidature-page": {
        method: "GET",
        path: `/siap/${campaignId}/candidature`,
        setupRequest: rotate(cookies),
      },
      inspection: {
        method: "GET",
        path: `/inspection/campagnes/${campaignId}`,
        headers: { cookie: inspector },
      },
      "gestion-candidatures": {
        method: "GET",
        path: `/gestion/campagnes/${campaignId}/candidatures`,
        headers: { cookie: administrator },
      },
    };
    if (!requests[target]) throw new Error(`--target : ${Object.keys(requests).join(", ")}`);
    return await work(server, requests);
  } finally {
    await server.stop();
  }
}

// 1. The profile, under load.
await withServer(
  {
    NODE_OPTIONS: `--import ${path.join(root, "bench", "lib", "cpu-profile.mjs")}`,
    BENCH_PROFILE_DIR: outDir,
  },
  async (server, requests) => {
    const load = (name) =>
      runLoad({
        urls: [base],
        request: requests[name],
        connections: 50,
        seconds,
        warmup: true,
        serverPids: () => [server.pid],
        log: () => {},
        name,
      });
    const login = await load("connexion");
    const signal = () => processTree(server.pid).forEach((pid) => process.kill(pid, "SIGUSR2"));
    signal();
    const page = await load(target);
    signal();
    await new Promise((r) => setTimeout(r, 1500));
    log(
      `profile ${target} (${size}): ${page.requestsPerS} req/s, ${page.serverCpuMsPerRequest} ms CPU / request (profiler on); login page ${login.requestsPerS} req/s, ${login.serverCpuMsPerRequest} ms`,
    );
  },
);

// 2. Shares of the busiest process's profile, by layer.
const profiles = fs
  .readdirSync(outDir)
  .map((f) => path.join(outDir, f))
  .sort((a, b) => fs.statSync(b).size - fs.statSync(a).size);
const profile = JSON.parse(fs.readFileSync(profiles[0], "utf8"));
const layer = ({ url, functionName }) => {
  if (functionName === "(idle)") return null;
  if (functionName === "(garbage collector)") return "garbage collection";
  if (
    /better-sqlite3|better_sqlite/.test(url) ||
    (["all", "Statement", "run", "get"].includes(functionName) && !url)
  )
    return "better-sqlite3";
  if (/@prisma|generated\/prisma|query_compiler/.test(url)) return "Prisma";
  if (/next\/dist\/compiled\/next-server\/app-page/.test(url)) return "Next/React rendering";
  if (/next\/dist/.test(url)) return "Next (routing, server)";
  if (/\.next\/server/.test(url)) return "application code (compiled)";
  if (/async_hooks|promise/.test(url) || ["runMicrotasks", "_propagate"].includes(functionName))
    return "promises, async hooks";
  return "other (Node, HTTP, streams, crypto)";
};
const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
const shares = new Map();
let busy = 0;
profile.samples.forEach((id, i) => {
  const name = layer(nodes.get(id).callFrame);
  if (!name) return;
  const dt = profile.timeDeltas[i] ?? 0;
  busy += dt;
  shares.set(name, (shares.get(name) ?? 0) + dt);
});
console.log(
  `\nCPU of the busy main thread, ${target}, ${size} agents (${path.relative(root, profiles[0])}):`,
);
for (const [name, t] of [...shares].sort((a, b) => b[1] - a[1]))
  console.log(`  ${((100 * t) / busy).toFixed(1).padStart(5)} %  ${name}`);

// 3. The SQL statements of one request (Prisma's adapter logs each under DEBUG).
await withServer({ DEBUG: "prisma:driver-adapter:better-sqlite3" }, async (server, requests) => {
  const request = requests[target];
  const headers = { ...request.headers };
  if (request.setupRequest) Object.assign(headers, request.setupRequest({ headers: {} }).headers);
  const once = () => fetch(`${base}${request.path}`, { headers }).then((r) => r.text());
  await once();
  await new Promise((r) => setTimeout(r, 300));
  const from = server.output().length;
  await once();
  await new Promise((r) => setTimeout(r, 300));
  const statements = server
    .output()
    .slice(from)
    .split("\n")
    .filter((line) => /\[js::(queryRaw|executeRaw)\]/.test(line)).length;
  console.log(`\nSQL statements of one ${target} request: ${statements}`);
});
