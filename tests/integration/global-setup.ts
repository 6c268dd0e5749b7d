import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import type { TestProject } from "vitest/node";
import {
  createDatabase,
  databaseUrl,
  dropDatabases,
  migrateArgs,
  pgServerUrl,
  uniqueDatabaseName,
} from "../../scripts/databases.mjs";

// Migrates one template database per run; every test file then works on its own copy
// (tests/integration/setup.ts), so files never see each other's data. TEST_DATABASE=postgres
// runs them on PostgreSQL (server: PG_TEST_URL, PGHOST…, default 127.0.0.1:5432).
export type TestDatabase =
  | { provider: "sqlite"; template: string }
  | { provider: "postgresql"; server: string; template: string; prefix: string };

declare module "vitest" {
  export interface ProvidedContext {
    testDatabase: TestDatabase;
  }
}

function migrate(url: string) {
  execFileSync("node", ["scripts/prisma-wasm-migrate.mjs", "deploy", ...migrateArgs(url)], {
    env: { ...process.env, DATABASE_URL: url },
    stdio: "pipe",
  });
}

async function postgres(project: TestProject) {
  const server = pgServerUrl();
  // scripts/test.mjs passes the prefix, to sweep the run's databases even if Vitest dies.
  const prefix = process.env.TEST_DATABASE_PREFIX || uniqueDatabaseName("test");
  const template = `${prefix}_tpl`;
  let dropped = false;
  const dropAll = async () => {
    await dropDatabases(server, prefix);
    dropped = true;
  };
  // Ctrl-C makes Vitest exit without its teardown; an exit handler can only work
  // synchronously, hence a child process.
  process.once("exit", () => {
    if (!dropped) execFileSync("node", ["scripts/db.mjs", "drop", prefix], { stdio: "ignore" });
  });
  try {
    await createDatabase(server, template);
    migrate(databaseUrl(server, template));
  } catch (error) {
    await dropAll();
    throw error;
  }
  project.provide("testDatabase", { provider: "postgresql", server, template, prefix });
  return dropAll;
}

function sqlite(project: TestProject) {
  const dir = path.resolve("data");
  const name = `test-template-${process.pid}`;
  // The template, the copies of files whose teardown did not run, and SQLite's journals.
  const removeAll = () => {
    for (const f of fs.readdirSync(dir))
      if (f.startsWith(name)) fs.rmSync(path.join(dir, f), { force: true });
  };
  fs.mkdirSync(dir, { recursive: true });
  removeAll();
  const template = path.join(dir, `${name}.db`);
  migrate(`file:${template}`);
  project.provide("testDatabase", { provider: "sqlite", template });
  return removeAll;
}

export default function setup(project: TestProject) {
  return process.env.TEST_DATABASE === "postgres" ? postgres(project) : sqlite(project);
}
