#!/usr/bin/env node
// Keeps the SQLite schema and its PostgreSQL twin, and their two migration folders, in step
// (docs/decisions/0003-postgresql.md). The migrations themselves are made and applied by
// scripts/prisma-wasm-migrate.mjs.
//
//   node scripts/db.mjs deploy                    migrate DATABASE_URL (SQLite or PostgreSQL)
//   node scripts/db.mjs migration <name>          rewrite the twin, then write one migration
//                                                 per folder from the schema change
//   node scripts/db.mjs check [--only sqlite|postgresql]
//                                                 exit non-zero when the twin or a folder is
//                                                 out of step with its schema
//   node scripts/db.mjs drop <prefix>             drop a test run's PostgreSQL databases
// The PostgreSQL steps need a server (PG_TEST_URL, PGHOST…, default 127.0.0.1:5432) with
// the CREATEDB privilege: the engine replays the migrations on a throw-away database.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import {
  LAYOUTS,
  describeServer,
  dropDatabases,
  migrateArgs,
  pgAnswers,
  pgServerUrl,
  readTwinSources,
  root,
  writeTwin,
} from "./databases.mjs";
import { run } from "./run.mjs";

const { values: opts, positionals } = parseArgs({
  allowPositionals: true,
  options: { only: { type: "string" } },
});
const [command, name] = positionals;

// SQLite diffs need no real database: the engine's shadow database is in memory.
const SQLITE_SCRATCH_URL = "file::memory:";

// Later --schema/--migrations arguments win (node's parseArgs keeps the last).
function migrate(args, url) {
  return run("node", ["scripts/prisma-wasm-migrate.mjs", ...migrateArgs(url), ...args], {
    env: { ...process.env, DATABASE_URL: url },
  });
}

async function requirePostgres() {
  const url = pgServerUrl();
  if (await pgAnswers(url)) return url;
  console.error(
    `PostgreSQL : aucun serveur sur ${describeServer(url)} (PG_TEST_URL ou PGHOST pour un autre serveur).`,
  );
  process.exit(1);
}

function migrationDirs(layout) {
  const dir = path.join(root, layout.migrations);
  return fs.existsSync(dir)
    ? fs
        .readdirSync(dir, { withFileTypes: true })
        .filter((e) => e.isDirectory())
        .map((e) => e.name)
    : [];
}

async function deploy() {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error("DATABASE_URL n'est pas défini.");
    process.exit(1);
  }
  process.exit((await migrate(["deploy"], url)).code);
}

async function migration() {
  if (!name) {
    console.error("Usage : npm run db:migration -- <nom>");
    process.exit(1);
  }
  // Check the server before writing anything, so that both folders move together.
  const serverUrl = await requirePostgres();
  if (writeTwin()) console.log(`${LAYOUTS.postgresql.schema} mis à jour`);
  const before = {
    sqlite: new Set(migrationDirs(LAYOUTS.sqlite)),
    postgresql: new Set(migrationDirs(LAYOUTS.postgresql)),
  };
  for (const url of [SQLITE_SCRATCH_URL, serverUrl]) {
    const { code } = await migrate(["create", "--name", name], url);
    if (code !== 0) process.exit(code);
  }
  // Two runs may stamp different seconds: give the PostgreSQL migration the SQLite one's
  // folder name, so that pairs read as pairs.
  const [sqliteDir, ...moreSqlite] = migrationDirs(LAYOUTS.sqlite).filter(
    (d) => !before.sqlite.has(d),
  );
  const [pgDir, ...morePg] = migrationDirs(LAYOUTS.postgresql).filter(
    (d) => !before.postgresql.has(d),
  );
  if (sqliteDir && pgDir && !moreSqlite.length && !morePg.length && sqliteDir !== pgDir) {
    const dir = path.join(root, LAYOUTS.postgresql.migrations);
    fs.renameSync(path.join(dir, pgDir), path.join(dir, sqliteDir));
    console.log(`renamed ${LAYOUTS.postgresql.migrations}/${pgDir} -> ${sqliteDir}`);
  }
}

async function check() {
  const providers = opts.only ? [opts.only] : ["sqlite", "postgresql"];
  if (providers.some((p) => !(p in LAYOUTS))) {
    console.error(`--only sqlite|postgresql, pas ${opts.only}`);
    process.exit(1);
  }
  let failed = false;
  const { expected, actual } = readTwinSources();
  const schemas = { sqlite: LAYOUTS.sqlite.schema, postgresql: LAYOUTS.postgresql.schema };
  if (expected !== actual) {
    console.error(
      `${LAYOUTS.postgresql.schema} ne correspond plus à ${LAYOUTS.sqlite.schema} : npm run db:migration -- <nom>`,
    );
    failed = true;
    // Check the PostgreSQL folder against the twin it should have.
    schemas.postgresql = path.join(os.tmpdir(), `avancement-twin-${process.pid}.prisma`);
    fs.writeFileSync(schemas.postgresql, expected);
    process.on("exit", () => fs.rmSync(schemas.postgresql, { force: true }));
  }
  for (const provider of providers) {
    const url = provider === "sqlite" ? SQLITE_SCRATCH_URL : await requirePostgres();
    process.stdout.write(`${provider}: `);
    const { code } = await migrate(["check", "--schema", schemas[provider]], url);
    if (code !== 0) {
      console.error(
        `${LAYOUTS[provider].migrations} ne suit pas ${LAYOUTS[provider].schema} : npm run db:migration -- <nom>`,
      );
      failed = true;
    }
  }
  process.exit(failed ? 1 : 0);
}

// For the exit handlers of the test set-up, which cannot wait for a promise.
async function drop() {
  if (!/^avancement_(test|e2e)_/.test(name ?? "")) {
    console.error(
      "Usage : node scripts/db.mjs drop avancement_test_… (préfixe des bases d'un passage des tests)",
    );
    process.exit(1);
  }
  const dropped = await dropDatabases(pgServerUrl(), name);
  if (dropped.length) console.log(`supprimées : ${dropped.join(", ")}`);
}

const commands = { deploy, migration, check, drop };
if (!(command in commands)) {
  console.error(
    "Usage : node scripts/db.mjs deploy | migration <nom> | check [--only sqlite|postgresql] | drop <préfixe>",
  );
  process.exit(1);
}
await commands[command]();
