// Which database a URL means, and the PostgreSQL chores of the scripts and tests: the
// schema twin, finding a server, creating and dropping throw-away databases.
// See docs/decisions/0003-postgresql.md.
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";

export const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");

/** Schema and migrations folder of each provider, relative to the project root. */
export const LAYOUTS = {
  sqlite: { schema: "prisma/schema.prisma", migrations: "prisma/migrations" },
  postgresql: {
    schema: "prisma/postgresql/schema.prisma",
    migrations: "prisma/postgresql/migrations",
  },
};

/** The rule of lib/env.ts isPostgresUrl: postgres:// and postgresql:// URLs, else SQLite. */
export function providerOf(url) {
  return /^postgres(ql)?:\/\//.test(url) ? "postgresql" : "sqlite";
}

/** Arguments that point scripts/prisma-wasm-migrate.mjs at the layout of `url`. */
export function migrateArgs(url) {
  const layout = LAYOUTS[providerOf(url)];
  return ["--schema", layout.schema, "--migrations", layout.migrations];
}

const TWIN_HEADER =
  "// GENERATED from prisma/schema.prisma by scripts/db.mjs (npm run db:migration): do not edit.\n" +
  "// Same models; only the datasource provider differs. The client is generated from the\n" +
  "// SQLite schema alone (lib/db.ts switches its query compiler to PostgreSQL at run time).\n\n";

/**
 * The PostgreSQL twin of the SQLite schema: the same text with the provider swapped and the
 * generator block removed, so that nobody generates a second client from it by mistake.
 */
export function twinSchema(source) {
  const datasource = /(datasource\s+\w+\s*\{[^}]*?provider\s*=\s*)"sqlite"/s;
  if (!datasource.test(source))
    throw new Error('prisma/schema.prisma: no datasource with provider = "sqlite"');
  const twin = source
    .replace(datasource, '$1"postgresql"')
    .replace(/generator\s+\w+\s*\{[^}]*\}\s*/s, "");
  return TWIN_HEADER + twin;
}

export function readTwinSources() {
  const read = (p) => fs.readFileSync(path.join(root, p), "utf8");
  const expected = twinSchema(read(LAYOUTS.sqlite.schema));
  const actual = fs.existsSync(path.join(root, LAYOUTS.postgresql.schema))
    ? read(LAYOUTS.postgresql.schema)
    : null;
  return { expected, actual };
}

export function writeTwin() {
  const { expected, actual } = readTwinSources();
  if (expected === actual) return false;
  fs.mkdirSync(path.dirname(path.join(root, LAYOUTS.postgresql.schema)), { recursive: true });
  fs.writeFileSync(path.join(root, LAYOUTS.postgresql.schema), expected);
  return true;
}

// ---------- PostgreSQL server of the tests and tools ----------

/**
 * Maintenance URL of the PostgreSQL server used for tests and migrations: PG_TEST_URL, or
 * libpq's PGHOST/PGPORT/PGUSER/PGDATABASE (PGPASSWORD is read by pg itself), or the local
 * server on 127.0.0.1:5432 as postgres.
 */
export function pgServerUrl(env = process.env) {
  if (env.PG_TEST_URL) return env.PG_TEST_URL;
  const host = env.PGHOST || "127.0.0.1";
  const user = encodeURIComponent(env.PGUSER || "postgres");
  const database = encodeURIComponent(env.PGDATABASE || "postgres");
  const port = env.PGPORT || "5432";
  // A PGHOST starting with "/" is a Unix socket directory.
  return host.startsWith("/")
    ? `postgresql://${user}@localhost:${port}/${database}?host=${encodeURIComponent(host)}`
    : `postgresql://${user}@${host}:${port}/${database}`;
}

/** Where the server is, for messages (never the password). */
export function describeServer(url) {
  const u = new URL(url);
  return u.searchParams.get("host") ?? `${u.hostname}:${u.port || 5432}`;
}

/** True when a server answers a query at `url` within `timeoutMs`. */
export async function pgAnswers(url, timeoutMs = 3000) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: timeoutMs });
  client.on("error", () => {});
  try {
    await client.connect();
    await client.query("SELECT 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

/** URL of database `name` on the server of `serverUrl` (same credentials and options). */
export function databaseUrl(serverUrl, name) {
  const u = new URL(serverUrl);
  u.pathname = `/${name}`;
  return u.toString();
}

/** A name no other run uses: `avancement_<kind>_<pid>_<random>`. */
export function uniqueDatabaseName(kind) {
  return `avancement_${kind}_${process.pid}_${randomBytes(4).toString("hex")}`;
}

const quote = (name) => `"${name.replaceAll('"', '""')}"`;

async function onServer(serverUrl, fn) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** CREATE DATABASE name [TEMPLATE template]. */
export function createDatabase(serverUrl, name, template) {
  return onServer(serverUrl, (c) =>
    c.query(`CREATE DATABASE ${quote(name)}${template ? ` TEMPLATE ${quote(template)}` : ""}`),
  );
}

/** Drops database `name` if it exists, closing its connections first. */
export function dropDatabase(serverUrl, name) {
  return onServer(serverUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${quote(name)} WITH (FORCE)`));
}

/**
 * Drops every database whose name starts with `prefix` (a run's databases, including those
 * that a crashed test process could not drop). Returns the names dropped.
 */
export async function dropDatabases(serverUrl, prefix) {
  const names = await onServer(serverUrl, async (c) => {
    const { rows } = await c.query(
      "SELECT datname FROM pg_database WHERE left(datname, length($1)) = $1",
      [prefix],
    );
    return rows.map((r) => r.datname);
  });
  for (const name of names) await dropDatabase(serverUrl, name);
  return names;
}
