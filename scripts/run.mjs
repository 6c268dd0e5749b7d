// Shared helpers of the project scripts (demo, tests): environment defaults and child
// processes that inherit the terminal.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { migrateArgs, root } from "./databases.mjs";

export { root };

/** Runs a command, resolves with its exit code (never rejects on a non-zero code). */
export function run(command, args, { env = process.env, quiet = false } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: root,
      env,
      stdio: quiet ? ["ignore", "pipe", "pipe"] : "inherit",
    });
    let output = "";
    child.stdout?.on("data", (d) => (output += d));
    child.stderr?.on("data", (d) => (output += d));
    child.on("error", reject);
    child.on("exit", (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), output }));
  });
}

// Clean-ups that must run however the script ends through exit() (e.g. dropping the
// PostgreSQL database of a test server).
const cleanups = [];
export function onExit(cleanup) {
  cleanups.push(cleanup);
}
export async function exit(code) {
  for (const cleanup of cleanups.splice(0).reverse()) {
    await Promise.resolve()
      .then(cleanup)
      .catch((error) => console.error(error));
  }
  process.exit(code);
}

export async function runOrExit(command, args, options) {
  const { code, output } = await run(command, args, options);
  if (code !== 0) {
    if (options?.quiet) process.stderr.write(output);
    console.error(`Échec : ${command} ${args.join(" ")} (code ${code})`);
    await exit(code);
  }
  return output;
}

export const bin = (name) => path.join(root, "node_modules", ".bin", name);

/**
 * Local defaults: the embedded SQLite file under data/, a session secret generated once
 * and kept in data/ (so sessions survive a restart), and the host trust next-auth needs
 * behind `next start`.
 */
export function localEnv(overrides = {}) {
  fs.mkdirSync(path.join(root, "data"), { recursive: true });
  const secretFile = path.join(root, "data", ".auth-secret");
  if (!process.env.AUTH_SECRET && !fs.existsSync(secretFile)) {
    fs.writeFileSync(secretFile, randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  return {
    ...process.env,
    DATABASE_URL: process.env.DATABASE_URL || "file:./data/avancement.db",
    AUTH_SECRET: process.env.AUTH_SECRET || fs.readFileSync(secretFile, "utf8").trim(),
    AUTH_TRUST_HOST: "true",
    NEXT_TELEMETRY_DISABLED: "1",
    ...overrides,
  };
}

/**
 * Applies pending migrations (from the SQLite or the PostgreSQL folder, as DATABASE_URL
 * says), then seeds the demo data when the database is new.
 */
export async function prepareDatabase(env, { seed = "prisma/seed.ts" } = {}) {
  await runOrExit(
    "node",
    ["scripts/prisma-wasm-migrate.mjs", "deploy", ...migrateArgs(env.DATABASE_URL)],
    { env },
  );
  // The seed hashes every NUMEN offline, with no page waiting on the CPU: a wider hash pool.
  await runOrExit(bin("tsx"), [seed], {
    env: { ...env, HASH_CONCURRENCY: env.HASH_CONCURRENCY_SEED || "4" },
  });
}
