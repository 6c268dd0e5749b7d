#!/usr/bin/env node
// `npm test`: type check, lint (eslint.config.mjs), format check (prettier), migration checks, unit and integration
// tests (Vitest), one production build, then the browser tests (Playwright) against it, all on SQLite. Then,
// when a PostgreSQL server answers (PG_TEST_URL, PGHOST…, default 127.0.0.1:5432), the
// integration and browser tests again on PostgreSQL, reusing the build. Ends with the line
// CI reads: "N passed, N failed, N skipped".
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import {
  describeServer,
  dropDatabases,
  pgAnswers,
  pgServerUrl,
  uniqueDatabaseName,
} from "./databases.mjs";
import { bin, localEnv, root, run } from "./run.mjs";

const results = path.join(root, "test-results");
const totals = { passed: 0, failed: 0, skipped: 0 };
const lines = [];

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8"));
  } catch {
    return null;
  }
}

const seconds = (since) => Math.round((Date.now() - since) / 1000);

function record(name, passed, failed, skipped, since) {
  totals.passed += passed;
  totals.failed += failed;
  totals.skipped += skipped;
  lines.push(
    `${name}: ${passed} passed, ${failed} failed, ${skipped} skipped${since ? ` (${seconds(since)} s)` : ""}`,
  );
}

// Ctrl-C reaches the runners too (same process group): let them stop, run nothing more, and
// still drop the PostgreSQL databases below.
let interrupted = false;
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => (interrupted = true));

/** A command that passes or fails as a whole counts as one test. */
async function step(name, command, args, env) {
  if (interrupted) return false;
  const since = Date.now();
  const { code } = await run(command, args, { env });
  record(name, code === 0 ? 1 : 0, code === 0 ? 0 : 1, 0, since);
  return code === 0;
}

async function vitest(name, args, env, jsonFile) {
  if (interrupted) return;
  fs.mkdirSync(path.dirname(jsonFile), { recursive: true });
  fs.rmSync(jsonFile, { force: true });
  const since = Date.now();
  const { code } = await run(
    bin("vitest"),
    ["run", ...args, "--reporter=default", "--reporter=json", `--outputFile.json=${jsonFile}`],
    { env },
  );
  const v = readJson(jsonFile);
  if (v)
    record(
      name,
      v.numPassedTests,
      v.numFailedTests,
      v.numPendingTests + (v.numTodoTests ?? 0),
      since,
    );
  else record(name, 0, 1, 0);
  if (code !== 0 && v && v.numFailedTests === 0) record(`${name}, code de sortie`, 0, 1, 0);
}

// Playwright's json report path follows TEST_DATABASE (playwright.config.ts).
async function playwright(name, env) {
  if (interrupted) return;
  const jsonFile = path.join(
    results,
    ...(env.TEST_DATABASE === "postgres" ? ["postgres"] : []),
    "playwright.json",
  );
  fs.rmSync(jsonFile, { force: true });
  const since = Date.now();
  const { code } = await run(bin("playwright"), ["test"], { env });
  const p = readJson(jsonFile);
  if (p) record(name, p.stats.expected + p.stats.flaky, p.stats.unexpected, p.stats.skipped, since);
  else record(name, 0, 1, 0);
  if (code !== 0 && p && p.stats.unexpected === 0) record(`${name}, code de sortie`, 0, 1, 0);
}

/** A free port for the browser tests' server, so that two runs on one machine never clash. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(String(port)));
    });
    server.on("error", reject);
  });
}

const durations = [];
fs.mkdirSync(results, { recursive: true });
const env = localEnv({ E2E_PORT: process.env.E2E_PORT || (await freePort()) });
delete env.TEST_DATABASE; // the first part is SQLite's, whatever the caller's shell says

// ---------- SQLite ----------
let started = Date.now();
await step("typecheck", bin("tsc"), ["--noEmit", "-p", "."], env);
await step("lint", bin("eslint"), ["."], env);
await step(
  "format (prettier --check, npm run format fixes it)",
  bin("prettier"),
  ["--check", "."],
  env,
);
await step(
  "migrations SQLite (npm run db:check)",
  "node",
  ["scripts/db.mjs", "check", "--only", "sqlite"],
  env,
);
await vitest("vitest unit + intégration (SQLite)", [], env, path.join(results, "vitest.json"));
const built = await step("next build", bin("next"), ["build"], env);
if (built) await playwright("playwright chromium (SQLite)", env);
durations.push(`SQLite ${seconds(started)} s`);

// ---------- PostgreSQL ----------
const server = pgServerUrl();
if (interrupted) {
  lines.push("interrompu");
} else if (!(await pgAnswers(server))) {
  // In CI the PostgreSQL half is part of the contract: its absence is a failure, not a skip.
  if (env.CI === "true") {
    lines.push(
      `PostgreSQL : aucun serveur sur ${describeServer(server)} alors que CI=true : échec`,
    );
    totals.failed += 1;
  } else {
    lines.push(
      `PostgreSQL : aucun serveur sur ${describeServer(server)}, tests PostgreSQL ignorés`,
    );
  }
} else {
  started = Date.now();
  // Every database of this part starts with this prefix, and is dropped at the end
  // whatever happened to the runners.
  const prefix = uniqueDatabaseName("test");
  const pgEnv = { ...env, TEST_DATABASE: "postgres", TEST_DATABASE_PREFIX: prefix };
  try {
    await step(
      "migrations PostgreSQL (npm run db:check)",
      "node",
      ["scripts/db.mjs", "check", "--only", "postgresql"],
      pgEnv,
    );
    await vitest(
      "vitest intégration (PostgreSQL)",
      ["--project", "integration"],
      pgEnv,
      path.join(results, "vitest-postgres.json"),
    );
    if (built) await playwright("playwright chromium (PostgreSQL)", pgEnv);
  } finally {
    const left = await dropDatabases(server, prefix);
    if (left.length)
      console.log(`PostgreSQL : bases laissées par les tests supprimées (${left.join(", ")})`);
  }
  durations.push(`PostgreSQL ${seconds(started)} s`);
}

console.log("\n" + lines.join("\n"));
console.log(`durée : ${durations.join(", ")}`);
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(interrupted ? 130 : totals.failed > 0 ? 1 : 0);
