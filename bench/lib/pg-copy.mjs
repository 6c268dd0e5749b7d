// A PostgreSQL copy of a benchmark SQLite database (issue 13): a throw-away database
// (scripts/databases.mjs uniqueDatabaseName("rush")), migrated with the project's PostgreSQL
// migrations, then every table's rows copied as they are. The rows go through
// json_populate_recordset, so PostgreSQL converts each value with its column's own input
// function (SQLite's 0/1 booleans, Prisma's ISO dates); BLOBs are sent as bytea hex. Foreign
// keys are not checked during the copy (session_replication_role = replica: the source
// database is already consistent), then every table is ANALYZEd.
import { execFileSync } from "node:child_process";
import Database from "better-sqlite3";
import pg from "pg";
import {
  createDatabase,
  databaseUrl,
  dropDatabase,
  pgServerUrl,
  root,
  uniqueDatabaseName,
} from "../../scripts/databases.mjs";

const BATCH = 5000;

/**
 * Copies the SQLite file into a new PostgreSQL database. Returns its URL and a drop().
 * @param {string} sqliteFile
 * @param {(m: string) => void} log
 */
export async function copyToPostgres(sqliteFile, log) {
  const server = pgServerUrl();
  const name = uniqueDatabaseName("rush");
  await createDatabase(server, name);
  const url = databaseUrl(server, name);
  const drop = () => dropDatabase(server, name);
  try {
    execFileSync(process.execPath, ["scripts/db.mjs", "deploy"], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: url },
      stdio: ["ignore", "ignore", "inherit"],
    });
    const started = performance.now();
    const source = new Database(sqliteFile, { readonly: true });
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query("SET session_replication_role = replica");
      const { rows: tables } = await client.query(
        `SELECT table_name FROM information_schema.tables
         WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations'`,
      );
      let total = 0;
      for (const { table_name: table } of tables) {
        const exists = source
          .prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?`)
          .get(table);
        if (!exists) continue;
        const q = `"${table.replaceAll('"', '""')}"`;
        const insert = `INSERT INTO ${q} SELECT * FROM json_populate_recordset(NULL::${q}, $1::json)`;
        let batch = [];
        const flush = async () => {
          if (batch.length === 0) return;
          await client.query(insert, [JSON.stringify(batch)]);
          total += batch.length;
          batch = [];
        };
        for (const row of source.prepare(`SELECT * FROM ${q}`).iterate()) {
          for (const [k, v] of Object.entries(row))
            if (Buffer.isBuffer(v)) row[k] = `\\x${v.toString("hex")}`;
          batch.push(row);
          if (batch.length >= BATCH) await flush();
        }
        await flush();
      }
      await client.query("SET session_replication_role = DEFAULT");
      await client.query("ANALYZE");
      log(
        `pg-copy: ${total} lignes copiées dans ${name} en ${Math.round((performance.now() - started) / 1000)} s`,
      );
    } finally {
      await client.end();
      source.close();
    }
  } catch (error) {
    await drop();
    throw error;
  }
  return { url, name, drop };
}
