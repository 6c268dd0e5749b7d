#!/usr/bin/env node
// Issue 9: what anonymous traffic costs the signed-in users, on the production build.
//   1. A teacher's page (GET /dossier/synthese, 2 clients) alone, then while 16 anonymous
//      logins a second are being hashed (scrypt at the production cost; each login from its
//      own address behind one trusted proxy, so that no throttle spares the hashing).
//   2. Server memory before and after a 100 MB body sent to /api/auth/callback/credentials.
//   3. The login page under 10 clients, with the CSP nonce and without (CSP_NONCE=off).
// Serves the worktree's own build (`next build` first; or --app-dir, e.g. the copy bench/rush.mjs
// builds) on a demo database seeded at the production hash cost (bench/out/auth-load.db, kept
// between runs; with --db postgres, copied into a throw-away PostgreSQL database, dropped at the end).
//
//   node bench/auth-load.mjs [--port 3210] [--duration 10] [--logins-per-s 16] [--hash-concurrency 1]
//        [--db sqlite|postgres] [--app-dir DIR] [--skip-csp]
import { execFileSync, spawn } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import autocannon from "autocannon";
import { root } from "./lib/app.mjs";
import { formContaining, hiddenInputs, signIn } from "./lib/login.mjs";
import { copyToPostgres } from "./lib/pg-copy.mjs";

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1] : fallback;
};
const port = Number(arg("port", "3210"));
const duration = Number(arg("duration", "10"));
const loginsPerS = Number(arg("logins-per-s", "16"));
// Default: the server's own (lib/auth/password.ts).
const hashConcurrency = arg("hash-concurrency", "");
let rounds = Number(arg("csp-rounds", "3"));
const base = `http://localhost:${port}`;
const log = (m) => process.stderr.write(`${m}\n`);
const round = (n) => Math.round(n * 10) / 10;
const dbFile = path.join(root, "bench", "out", "auth-load.db");
const onPostgres = arg("db", "sqlite") === "postgres";
const appDir = arg("app-dir", root);
const skipCsp = process.argv.includes("--skip-csp");
let databaseUrlOf = `file:${dbFile}`;
let dropPostgres = async () => {};

function serverEnv(extra) {
  return {
    ...process.env,
    NODE_ENV: "production",
    DATABASE_URL: databaseUrlOf,
    AUTH_SECRET: "bench-auth-load-secret-0123456789abcdef",
    AUTH_TRUST_HOST: "true",
    AUTH_URL: base,
    NEXT_TELEMETRY_DISABLED: "1",
    AVANCEMENT_JOBS: "off",
    PASSWORD_CHANGE_AT_FIRST_LOGIN: "false",
    TRUST_PROXY_HOPS: "1",
    ...(hashConcurrency ? { HASH_CONCURRENCY: hashConcurrency } : {}),
    ...extra,
  };
}

let server = null;
const rssMb = () => {
  const m = /^VmRSS:\s+(\d+) kB/m.exec(fs.readFileSync(`/proc/${server.pid}/status`, "utf8"));
  return round(Number(m[1]) / 1024);
};
async function start(extra = {}) {
  server = spawn(path.join(appDir, "node_modules", ".bin", "next"), ["start", "-p", String(port)], {
    cwd: appDir,
    env: serverEnv(extra),
    stdio: "ignore",
  });
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(`${base}/connexion`)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error("le serveur ne répond pas");
}
async function stop() {
  if (!server) return;
  const exited = new Promise((r) => server.once("exit", r));
  server.kill("SIGTERM");
  await exited;
  server = null;
}
process.on("exit", () => server?.kill("SIGKILL"));

async function measure(pathName, cookie, connections = 2) {
  const latencies = [];
  const instance = autocannon({
    url: base,
    connections,
    duration,
    requests: [{ method: "GET", path: pathName, headers: cookie ? { cookie } : {} }],
  });
  instance.on("response", (_c, status, _b, ms) => status === 200 && latencies.push(ms));
  const result = await instance;
  latencies.sort((a, b) => a - b);
  const p = (q) => latencies[Math.min(latencies.length - 1, Math.ceil(q * latencies.length) - 1)];
  return {
    requests: latencies.length,
    requestsPerS: round(latencies.length / duration),
    non2xx: result.non2xx,
    p50: round(p(0.5)),
    p95: round(p(0.95)),
    p99: round(p(0.99)),
  };
}

/** Anonymous logins at a steady rate, each from a new address, for as long as `until` runs. */
async function loginLoad(until) {
  // next-auth's double-submit CSRF token goes with its own cookie.
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const token = (await csrf.json()).csrfToken;
  const cookie = csrf.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const outcomes = {};
  let sent = 0;
  const timer = setInterval(() => {
    sent++;
    const address = `10.${(sent >> 16) & 255}.${(sent >> 8) & 255}.${sent & 255}`;
    const body = new URLSearchParams({
      identifiant: `anonyme${sent}`,
      password: crypto.randomBytes(8).toString("hex"),
      csrfToken: token,
      callbackUrl: "/accueil",
    });
    fetch(`${base}/api/auth/callback/credentials`, {
      method: "POST",
      body,
      redirect: "manual",
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        cookie,
        "x-forwarded-for": address,
      },
    })
      .then((r) => {
        const code =
          /code=([\w:]+)/.exec(r.headers.get("location") ?? "")?.[1]?.split(":")[0] ??
          String(r.status);
        outcomes[code] = (outcomes[code] ?? 0) + 1;
      })
      .catch(() => (outcomes.error = (outcomes.error ?? 0) + 1));
  }, 1000 / loginsPerS);
  const result = await until();
  clearInterval(timer);
  return { ...result, loginsSent: sent, loginOutcomes: outcomes };
}

function postHuge(mb) {
  return new Promise((resolve) => {
    const req = http.request(
      {
        host: "localhost",
        port,
        path: "/api/auth/callback/credentials",
        method: "POST",
        headers: {
          "content-type": "application/x-www-form-urlencoded",
          "content-length": mb * 1024 * 1024,
        },
      },
      (res) => {
        res.resume();
        resolve(res.statusCode);
      },
    );
    req.on("error", () => resolve("connexion fermée"));
    const chunk = Buffer.alloc(1024 * 1024, "a");
    let written = 0;
    const pump = () => {
      while (written < mb && req.write(chunk)) written++;
      if (written < mb) req.once("drain", pump);
      else req.end();
    };
    pump();
  });
}

async function main() {
  if (!fs.existsSync(path.join(appDir, ".next", "BUILD_ID")))
    throw new Error(`Pas de build dans ${appDir} : npx next build`);
  const seed = () => {
    log(`auth-load: base de démonstration au coût de hachage de production …`);
    const env = { ...serverEnv({}), NODE_ENV: "development", HASH_CONCURRENCY: "4" };
    execFileSync("node", ["scripts/db.mjs", "deploy"], { cwd: root, env, stdio: "inherit" });
    execFileSync(path.join(root, "node_modules", ".bin", "tsx"), ["prisma/seed.ts"], {
      cwd: root,
      env,
      stdio: "inherit",
    });
  };
  fs.mkdirSync(path.dirname(dbFile), { recursive: true });
  if (!fs.existsSync(dbFile)) seed();
  if (onPostgres) {
    // prisma/seed.ts hashes inside its transactions, which outlive Prisma's 5 s on PostgreSQL
    // at the production cost: the SQLite demo database, copied as it is (same hashes).
    const copy = await copyToPostgres(dbFile, log);
    databaseUrlOf = copy.url;
    dropPostgres = copy.drop;
  }
  const results = {
    database: onPostgres ? "postgresql" : "sqlite",
    machine: `${process.platform} ${(await import("node:os")).cpus().length} cœurs`,
    hashConcurrency,
    loginsPerS,
    durationS: duration,
  };

  await start();
  const loginHtml = await (await fetch(`${base}/connexion`)).text();
  const cookie = await signIn(
    base,
    { identifiant: "ctartemuche", password: "31E1234567ABC" },
    hiddenInputs(formContaining(loginHtml, 'name="identifiant"') ?? ""),
  );
  await measure("/dossier/synthese", cookie); // warm-up
  results.teacherAlone = await measure("/dossier/synthese", cookie);
  log(`auth-load: Synthèse seule ${JSON.stringify(results.teacherAlone)}`);
  results.teacherUnderLogins = await loginLoad(() => measure("/dossier/synthese", cookie));
  log(
    `auth-load: Synthèse pendant ${loginsPerS} connexions/s ${JSON.stringify(results.teacherUnderLogins)}`,
  );

  await new Promise((r) => setTimeout(r, 2000));
  const before = rssMb();
  const status = await postHuge(100);
  await new Promise((r) => setTimeout(r, 1000));
  results.body100Mb = { status, rssBeforeMb: before, rssAfterMb: rssMb() };
  log(`auth-load: corps de 100 Mo ${JSON.stringify(results.body100Mb)}`);

  await stop();
  if (skipCsp) rounds = 0;
  // The login page with and without nonces, alternated so that the machine's load (shared
  // cores) weighs on both alike; the median of the rounds.
  const runs = { nonce: [], noNonce: [] };
  for (let i = 0; i < rounds; i++) {
    for (const [key, extra] of [
      ["nonce", {}],
      ["noNonce", { CSP_NONCE: "off" }],
    ]) {
      await start(extra);
      await measure("/connexion", null, 10); // warm-up
      runs[key].push(await measure("/connexion", null, 10));
      await stop();
    }
  }
  const median = (list, f) => list.map(f).sort((a, b) => a - b)[Math.floor(list.length / 2)];
  for (const [key, list] of Object.entries(runs)) {
    if (list.length === 0) continue;
    results[`loginPage_${key}`] = {
      rounds: list,
      medianRequestsPerS: median(list, (r) => r.requestsPerS),
      medianP50: median(list, (r) => r.p50),
      medianP95: median(list, (r) => r.p95),
    };
  }
  if (rounds)
    log(
      `auth-load: page de connexion, nonce ${JSON.stringify(results.loginPage_nonce)} ; sans ${JSON.stringify(results.loginPage_noNonce)}`,
    );
  results.loadAverage = (await import("node:os")).loadavg().map(round);
  await dropPostgres();
  fs.mkdirSync(path.join(root, "bench", "out"), { recursive: true });
  fs.writeFileSync(
    path.join(root, "bench", "out", `auth-load${onPostgres ? "-postgres" : ""}.json`),
    JSON.stringify(results, null, 2),
  );
  process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
}

main().catch(async (error) => {
  console.error(error);
  await stop();
  await dropPostgres().catch(() => {});
  process.exit(1);
});
