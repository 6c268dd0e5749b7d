#!/usr/bin/env node
// Offline Prisma migrations for Prisma 7 (no native schema-engine binary).
//
// Drives the WebAssembly build of Prisma's schema engine
// (@prisma/schema-engine-wasm, from the npm registry) through a Prisma driver
// adapter (better-sqlite3 for SQLite, pg for PostgreSQL). This is the same
// engine + adapter pairing that Prisma 6.x used behind `engine: "js"` in
// prisma.config.ts; Prisma 7's CLI only spawns the native binary.
//
// Usage:
//   node scripts/prisma-wasm-migrate.mjs <command> [--name <name>] [--schema <path>] [--migrations <dir>] [-v]
// Commands:
//   deploy            apply pending migrations            (~ prisma migrate deploy)
//   dev --name X      apply pending, then create + apply a new migration from
//                     the schema diff                      (~ prisma migrate dev)
//                     [--accept-data-loss] to allow destructive changes
//   create --name X   only write the new migration file   (~ prisma migrate dev --create-only);
//                     diffs migrations dir (on a shadow DB) -> schema, main DB untouched
//   check             exit 2 if the schema has changes no migration captures (CI guard)
//   status            show migration history diagnostics  (~ prisma migrate status)
//   diff              print SQL from migrations dir -> schema, no DB changes (uses shadow DB)
//   push              sync DB to schema without migrations (~ prisma db push)
//   reset             drop everything, re-apply all migrations (~ prisma migrate reset --force)
//   resolve --applied X | --rolled-back X                 (~ prisma migrate resolve)
// Environment:
//   DATABASE_URL         file:./dev.db (SQLite, relative to cwd) or postgresql://...[?schema=x]
//   SHADOW_DATABASE_URL  optional; SQLite defaults to :memory:, PostgreSQL defaults to a
//                        temporary database created and dropped per run (needs CREATEDB).
//                        A PostgreSQL SHADOW_DATABASE_URL is wiped (public schema) on every use.
import fs from "node:fs/promises";
import path from "node:path";
import { createRequire } from "node:module";
import { parseArgs } from "node:util";

const require = createRequire(import.meta.url);

const { values: opts, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    name: { type: "string" },
    schema: { type: "string", default: "prisma/schema.prisma" },
    migrations: { type: "string", default: "prisma/migrations" },
    force: { type: "boolean", default: false },
    "accept-data-loss": { type: "boolean", default: false },
    applied: { type: "string" },
    "rolled-back": { type: "string" },
    verbose: { type: "boolean", short: "v", default: false },
  },
});
const command = positionals[0];
const cwd = process.cwd();
const schemaPath = path.resolve(cwd, opts.schema);
const migrationsDir = path.resolve(cwd, opts.migrations);
const filters = { externalTables: [], externalEnums: [] };

function die(msg) {
  console.error(`error: ${msg}`);
  process.exit(1);
}

// ---------- schema + migrations on disk ----------
async function readSchemaFiles() {
  const stat = await fs.stat(schemaPath);
  const files = stat.isDirectory()
    ? (await fs.readdir(schemaPath, { recursive: true }))
        .filter((f) => f.endsWith(".prisma"))
        .map((f) => path.join(schemaPath, f))
    : [schemaPath];
  return Promise.all(files.map(async (p) => ({ path: p, content: await fs.readFile(p, "utf8") })));
}

function providerOf(schemaFiles) {
  for (const f of schemaFiles) {
    const m = f.content.match(/datasource\s+\w+\s*\{[^}]*?provider\s*=\s*"([^"]+)"/s);
    if (m) return m[1];
  }
  die("no datasource provider found in schema");
}

async function listMigrations() {
  const lockfilePath = "migration_lock.toml";
  const lockContent = await fs
    .readFile(path.join(migrationsDir, lockfilePath), "utf8")
    .catch(() => null);
  let entries = [];
  try {
    entries = await fs.readdir(migrationsDir, { withFileTypes: true });
  } catch (e) {
    if (e.code !== "ENOENT") throw e;
  }
  const migrationDirectories = [];
  for (const entry of entries.filter((e) => e.isDirectory())) {
    const content = await fs
      .readFile(path.join(migrationsDir, entry.name, "migration.sql"), "utf8")
      .then((value) => ({ tag: "ok", value }))
      .catch((e) => ({ tag: "error", value: e.message }));
    migrationDirectories.push({
      path: entry.name,
      migrationFile: { path: "migration.sql", content },
    });
  }
  migrationDirectories.sort((a, b) => a.path.localeCompare(b.path));
  return {
    baseDir: migrationsDir,
    lockfile: { path: lockfilePath, content: lockContent },
    migrationDirectories,
    shadowDbInitScript: "",
  };
}

async function writeMigration({
  generatedMigrationName,
  migrationScript,
  extension,
  connectorType,
}) {
  const dir = path.join(migrationsDir, generatedMigrationName);
  await fs.mkdir(dir, { recursive: true });
  await fs.writeFile(path.join(dir, `migration.${extension}`), migrationScript, "utf8");
  await fs.writeFile(
    path.join(migrationsDir, "migration_lock.toml"),
    `# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "${connectorType}"\n`,
    "utf8",
  );
  return dir;
}

// The engine cannot diff from an empty migrations folder without knowing its provider.
async function ensureLockfile(provider) {
  const lock = path.join(migrationsDir, "migration_lock.toml");
  if (await fs.stat(lock).catch(() => null)) return;
  await fs.mkdir(migrationsDir, { recursive: true });
  const connector = provider === "postgres" ? "postgresql" : provider;
  await fs.writeFile(
    lock,
    `# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "${connector}"\n`,
    "utf8",
  );
}

// ---------- driver adapter ----------
// The wasm engine replays migrations on the shadow DB with executeRaw(whole script), which
// better-sqlite3 rejects for multi-statement scripts ("more than one statement"); the main DB
// path uses executeScript. Route argument-less multi-statement SQL to executeScript.
function scriptSafe(adapter) {
  const executeRaw = adapter.executeRaw.bind(adapter);
  adapter.executeRaw = async (query) => {
    try {
      return await executeRaw(query);
    } catch (e) {
      const msg = `${e?.message ?? ""} ${e?.cause?.message ?? ""}`;
      if (query.args.length === 0 && /more than one statement/i.test(msg)) {
        await adapter.executeScript(query.sql);
        return 0;
      }
      throw e;
    }
  };
  return adapter;
}

function withScriptSafeShadow(factory) {
  const connectToShadowDb = factory.connectToShadowDb.bind(factory);
  factory.connectToShadowDb = async () => scriptSafe(await connectToShadowDb());
  return factory;
}

// @prisma/adapter-pg 7.10 cannot map some pg_catalog-only column types that the schema
// engine's describer selects (e.g. "char", OID 18 -> "Column type 'char' could not be
// deserialized"). pg hands such values over as strings, so report them as TEXT. Patched on
// the adapter's shared query base class, so transactions are covered too. Only this
// migration process is affected, not the app's runtime client.
const PG_CATALOG_TEXT_OIDS = new Set([
  18, 22, 24, 27, 28, 29, 30, 194, 1033, 2202, 2203, 2204, 2205, 2206, 3734, 3769, 4089, 4096,
]);
let pgTypesPatched = false;
const openAdapters = [];
function patchPgCatalogTypes(adapter) {
  if (pgTypesPatched) return adapter;
  let proto = Object.getPrototypeOf(adapter);
  while (proto && !Object.prototype.hasOwnProperty.call(proto, "performIO"))
    proto = Object.getPrototypeOf(proto);
  if (!proto) die("unexpected @prisma/adapter-pg internals: no performIO to patch");
  const performIO = proto.performIO;
  proto.performIO = async function (query) {
    const result = await performIO.call(this, query);
    for (const f of result?.fields ?? [])
      if (PG_CATALOG_TEXT_OIDS.has(f.dataTypeID)) f.dataTypeID = 25;
    return result;
  };
  pgTypesPatched = true;
  return adapter;
}

async function makeAdapterFactory(provider) {
  const url = process.env.DATABASE_URL;
  if (!url) die("DATABASE_URL is not set");
  const shadow = process.env.SHADOW_DATABASE_URL;
  if (provider === "sqlite") {
    const { PrismaBetterSqlite3 } = await import("@prisma/adapter-better-sqlite3");
    const factory = new PrismaBetterSqlite3(
      { url },
      shadow ? { shadowDatabaseUrl: shadow } : undefined,
    );
    if (shadow && !shadow.includes(":memory:")) {
      // A fixed shadow DB file is not wiped by the wasm engine; start from an empty file.
      const connectToShadowDb = factory.connectToShadowDb.bind(factory);
      factory.connectToShadowDb = async () => {
        await fs.rm(path.resolve(cwd, shadow.replace(/^file:/, "")), { force: true });
        return connectToShadowDb();
      };
    }
    return withScriptSafeShadow(factory);
  }
  if (provider === "postgresql" || provider === "postgres") {
    const { PrismaPg } = await import("@prisma/adapter-pg");
    const { default: pg } = await import("pg");
    // ?schema=x: the adapter only uses it to qualify the client's queries, while the schema
    // engine's own SQL (e.g. _prisma_migrations) is unqualified, so also set search_path.
    const pgSchema = new URL(url).searchParams.get("schema") ?? undefined;
    const pgOptions = pgSchema ? { schema: pgSchema } : undefined;
    const poolConfig = (connectionString) =>
      pgSchema
        ? { connectionString, options: `-c search_path="${pgSchema.replaceAll('"', '""')}"` }
        : { connectionString };
    const factory = new PrismaPg(poolConfig(url), pgOptions);
    const connect = factory.connect.bind(factory);
    factory.connect = async () => {
      const adapter = patchPgCatalogTypes(await connect());
      openAdapters.push(adapter); // engine.free() does not close the pool; we do at exit
      return adapter;
    };
    if (shadow) {
      // A fixed shadow DB is not wiped by the wasm engine before use (the native one does),
      // so empty the schema first; it must be a throwaway database.
      const shadowFactory = new PrismaPg(poolConfig(shadow), pgOptions);
      const ns = (pgSchema ?? "public").replaceAll('"', '""');
      factory.connectToShadowDb = async () => {
        const adapter = await shadowFactory.connect();
        await adapter.executeScript(
          `DROP SCHEMA IF EXISTS "${ns}" CASCADE; CREATE SCHEMA "${ns}";`,
        );
        return adapter;
      };
    } else {
      // @prisma/adapter-pg 7.10's own connectToShadowDb drops the temporary database before
      // closing its pool ("database ... is being accessed by other users") and, given a
      // connectionString, may not even connect to it; create/drop it here, in order.
      const admin = async (sql) => {
        const c = new pg.Client({ connectionString: url });
        await c.connect();
        try {
          await c.query(sql);
        } finally {
          await c.end();
        }
      };
      factory.connectToShadowDb = async () => {
        const database = `prisma_shadow_${globalThis.crypto.randomUUID().replaceAll("-", "")}`;
        await admin(`CREATE DATABASE "${database}"`);
        const shadowUrl = new URL(url);
        shadowUrl.pathname = `/${database}`;
        const adapter = await new PrismaPg(poolConfig(shadowUrl.toString()), pgOptions).connect();
        if (pgSchema)
          await adapter.executeScript(
            `CREATE SCHEMA IF NOT EXISTS "${pgSchema.replaceAll('"', '""')}";`,
          );
        const dispose = adapter.dispose.bind(adapter);
        adapter.dispose = async () => {
          await dispose();
          await admin(`DROP DATABASE IF EXISTS "${database}"`);
        };
        return adapter;
      };
    }
    if (pgSchema) {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c
        .query(`CREATE SCHEMA IF NOT EXISTS "${pgSchema.replaceAll('"', '""')}"`)
        .finally(() => c.end());
    }
    return withScriptSafeShadow(factory);
  }
  die(`provider "${provider}" is not wired up in this script`);
}

// ---------- wasm engine ----------
async function loadEngine(schemaFiles, adapterFactory) {
  const { bindMigrationAwareSqlAdapterFactory } = await import("@prisma/driver-adapter-utils");
  // Rust panics report their message through this global (see schema-engine-wasm's engine.rs).
  globalThis.PRISMA_WASM_PANIC_REGISTRY ??= {
    message: "",
    set_message(m) {
      this.message = `RuntimeError: ${m}`;
    },
    get() {
      return this.message;
    },
  };
  const runtime = await import("@prisma/schema-engine-wasm/schema_engine_bg");
  const wasmPath = path.join(
    path.dirname(require.resolve("@prisma/schema-engine-wasm/schema_engine_bg")),
    "schema_engine_bg.wasm",
  );
  const wasmModule = new WebAssembly.Module(await fs.readFile(wasmPath));
  const instance = new WebAssembly.Instance(wasmModule, { "./schema_engine_bg.js": runtime });
  runtime.__wbg_set_wasm(instance.exports);
  instance.exports.__wbindgen_start();
  const log = (line) => {
    if (opts.verbose) console.error(`[schema-engine] ${line}`);
  };
  const adapter = bindMigrationAwareSqlAdapterFactory(adapterFactory);
  errorRegistry = adapter.errorRegistry;
  const engine = await runtime.SchemaEngine.new(
    { datamodels: schemaFiles.map((f) => [f.path, f.content]) },
    log,
    adapter,
  );
  return engine;
}

function timestamp() {
  return new Date().toISOString().replace(/[-:T]/g, "").slice(0, 14);
}

function slug(name) {
  return name
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9_]+/g, "_")
    .replace(/^_+|_+$/g, "")
    .slice(0, 200);
}

let errorRegistry;

function formatError(e) {
  const panic = globalThis.PRISMA_WASM_PANIC_REGISTRY?.message;
  if (panic) return `schema engine panicked: ${panic}`;
  let text =
    e && typeof e === "object" && "code" in e && e.code
      ? `${e.code}: ${e.message ?? ""}`
      : (e?.stack ?? e?.message ?? String(e));
  // Driver adapter errors reach the engine as "External error id#N"; show the real cause.
  for (const [, id] of text.matchAll(/External error id#(\d+)/g)) {
    const rec = errorRegistry?.consumeError(Number(id));
    if (rec)
      text += `\n  external error #${id}: ${rec.error?.stack ?? ""} ${JSON.stringify(rec.error, (k, v) => (typeof v === "bigint" ? String(v) : v))}`;
  }
  return text;
}

// ---------- commands ----------
async function main() {
  if (!command || command === "help" || command === "--help") {
    console.log(
      "commands: deploy | dev --name X [--accept-data-loss] | create --name X | check | status | diff | push [--force] | reset | resolve --applied X|--rolled-back X",
    );
    return;
  }
  const schemaFiles = await readSchemaFiles();
  const provider = providerOf(schemaFiles);
  if (command === "reset" && provider === "sqlite") {
    // The engine's reset through the SQLite adapter leaves user tables behind, so for a
    // file database delete the file(s); applyMigrations below then rebuilds it.
    const file = path.resolve(cwd, process.env.DATABASE_URL?.replace(/^file:/, "") ?? "");
    for (const f of [file, `${file}-journal`, `${file}-wal`, `${file}-shm`])
      await fs.rm(f, { force: true });
  }
  const factory = await makeAdapterFactory(provider);
  const engine = await loadEngine(schemaFiles, factory);
  const schema = { files: schemaFiles };
  try {
    switch (command) {
      case "deploy": {
        const { appliedMigrationNames } = await engine.applyMigrations({
          migrationsList: await listMigrations(),
          filters,
        });
        console.log(
          appliedMigrationNames.length
            ? `applied: ${appliedMigrationNames.join(", ")}`
            : "no pending migrations",
        );
        break;
      }
      case "create": {
        // Like `prisma migrate dev --create-only`, but needs no main DB state: diff the
        // migrations directory (replayed on a shadow DB) against the schema.
        if (!opts.name) die("create needs --name");
        await ensureLockfile(provider);
        const { exitCode, stdout } = await engine.diff({
          from: { tag: "migrations", ...(await listMigrations()) },
          to: { tag: "schemaDatamodel", ...schema },
          script: true,
          exitCode: true,
          filters,
        });
        if (exitCode === 0) {
          console.log("schema unchanged: no migration created");
          break;
        }
        const dir = await writeMigration({
          generatedMigrationName: `${timestamp()}_${slug(opts.name)}`,
          migrationScript: stdout,
          extension: "sql",
          connectorType: provider === "postgres" ? "postgresql" : provider,
        });
        console.log(`created ${path.relative(cwd, dir)}`);
        break;
      }
      case "dev": {
        // Like `prisma migrate dev --name X`.
        if (!opts.name) die("dev needs --name");
        // applyMigrations first: it creates _prisma_migrations on a fresh DB (the wasm engine's
        // devDiagnostic/diagnoseMigrationHistory fail with P1014 while that table is missing).
        const first = await engine.applyMigrations({
          migrationsList: await listMigrations(),
          filters,
        });
        if (first.appliedMigrationNames.length)
          console.log(`applied: ${first.appliedMigrationNames.join(", ")}`);
        // devDiagnostic checks drift and also fills the engine's migration-history cache that
        // createMigration needs (createMigration alone fails: "shadow DB must be provided").
        const diag = await engine.devDiagnostic({
          migrationsList: await listMigrations(),
          filters,
        });
        if (diag.action.tag === "reset")
          die(`database needs a reset: ${diag.action.reason} (run: reset)`);
        const loss = await engine.evaluateDataLoss({
          migrationsList: await listMigrations(),
          schema,
          filters,
        });
        if (loss.unexecutableSteps.length)
          die(
            `cannot be applied:\n${loss.unexecutableSteps.map((w) => `- ${w.message}`).join("\n")}`,
          );
        if (loss.warnings.length && !opts["accept-data-loss"]) {
          die(
            `data loss warnings (re-run with --accept-data-loss, or use create and edit the SQL):\n${loss.warnings.map((w) => `- ${w.message}`).join("\n")}`,
          );
        }
        const out = await engine.createMigration({
          draft: false,
          migrationName: slug(opts.name),
          migrationsList: await listMigrations(),
          schema,
          filters,
        });
        if (out.migrationScript === null) {
          console.log("schema unchanged: no migration created");
          break;
        }
        const dir = await writeMigration(out);
        console.log(`created ${path.relative(cwd, dir)}`);
        const { appliedMigrationNames } = await engine.applyMigrations({
          migrationsList: await listMigrations(),
          filters,
        });
        console.log(`applied: ${appliedMigrationNames.join(", ")}`);
        break;
      }
      case "check": {
        // CI guard: exit 2 if schema.prisma has changes that no migration captures.
        const { exitCode } = await engine.diff({
          from: { tag: "migrations", ...(await listMigrations()) },
          to: { tag: "schemaDatamodel", ...schema },
          script: false,
          exitCode: true,
          filters,
        });
        console.log(
          exitCode === 0 ? "migrations match schema" : "schema has changes not in migrations",
        );
        process.exitCode = exitCode;
        break;
      }
      case "status": {
        const migrationsList = await listMigrations();
        let d;
        try {
          d = await engine.diagnoseMigrationHistory({
            migrationsList,
            optInToShadowDatabase: false,
            filters,
          });
        } catch (e) {
          if (e?.code !== "P1014") throw e; // fresh DB: no _prisma_migrations table yet
          d = {
            hasMigrationsTable: false,
            failedMigrationNames: [],
            editedMigrationNames: [],
            history: {
              tag: "databaseIsBehind",
              unappliedMigrationNames: migrationsList.migrationDirectories.map((m) => m.path),
            },
          };
        }
        console.log(JSON.stringify(d, null, 2));
        const pending =
          d.history?.tag === "databaseIsBehind" ? d.history.unappliedMigrationNames : [];
        if (
          !d.hasMigrationsTable ||
          pending.length ||
          d.failedMigrationNames.length ||
          d.editedMigrationNames.length ||
          (d.history && d.history.tag !== "databaseIsBehind")
        )
          process.exitCode = 1;
        break;
      }
      case "diff": {
        const { stdout } = await engine.diff({
          from: { tag: "migrations", ...(await listMigrations()) },
          to: { tag: "schemaDatamodel", ...schema },
          script: true,
          exitCode: null,
          filters,
        });
        process.stdout.write(stdout ?? "");
        break;
      }
      case "push": {
        const r = await engine.schemaPush({ force: opts.force, schema, filters });
        if (r.unexecutable.length) die(`unexecutable:\n${r.unexecutable.join("\n")}`);
        if (r.warnings.length && !opts.force)
          die(`data loss warnings (use --force):\n${r.warnings.join("\n")}`);
        console.log(`db in sync (${r.executedSteps} steps)`);
        break;
      }
      case "resolve": {
        // Like `prisma migrate resolve --applied X | --rolled-back X` (baselining, failed migrations).
        if (opts.applied) {
          await engine.markMigrationApplied({
            migrationsList: await listMigrations(),
            migrationName: opts.applied,
          });
          console.log(`marked applied: ${opts.applied}`);
        } else if (opts["rolled-back"]) {
          await engine.markMigrationRolledBack({ migrationName: opts["rolled-back"] });
          console.log(`marked rolled back: ${opts["rolled-back"]}`);
        } else die("resolve needs --applied <name> or --rolled-back <name>");
        break;
      }
      case "reset": {
        // SQLite: the file was already deleted before the engine was loaded (see main()).
        if (provider !== "sqlite") await engine.reset({ filter: filters });
        const { appliedMigrationNames } = await engine.applyMigrations({
          migrationsList: await listMigrations(),
          filters,
        });
        console.log(`reset; applied: ${appliedMigrationNames.join(", ") || "(none)"}`);
        break;
      }
      default:
        die(`unknown command ${command}`);
    }
  } finally {
    try {
      engine.free();
    } catch {}
    await Promise.allSettled(openAdapters.map((a) => a.dispose()));
  }
}

main().then(
  // Exit explicitly: the wasm engine leaves ~10 s timers pending (e.g. its PostgreSQL
  // advisory-lock timeout), which would otherwise keep the process alive.
  () => process.exit(process.exitCode ?? 0),
  (e) => {
    console.error(`error: ${formatError(e)}`);
    process.exit(1);
  },
);
