import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import {
  createDatabase,
  databaseUrl,
  dropDatabase,
  pgServerUrl,
  uniqueDatabaseName,
} from "../../scripts/databases.mjs";

// A database made before the départements (issue 12) is migrated to one département holding
// everything: the previous migrations are replayed on an empty database, filled as the
// previous schema stood, then the later migrations run, and nothing may be lost.
const MIGRATION = "20261202071126_departements";
const onPostgres = process.env.TEST_DATABASE === "postgres";
const folder = path.resolve(onPostgres ? "prisma/postgresql/migrations" : "prisma/migrations");
const migrations = fs
  .readdirSync(folder, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort();
const before = migrations.filter((m) => m < MIGRATION);
const fromThisOn = migrations.filter((m) => m >= MIGRATION);
const sqlOf = (name: string) => fs.readFileSync(path.join(folder, name, "migration.sql"), "utf8");

interface Raw {
  exec(sql: string): Promise<void>;
  rows<T>(sql: string): Promise<T[]>;
  close(): Promise<void>;
}

async function openRaw(): Promise<Raw> {
  if (!onPostgres) {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "migration-")), "old.db");
    const db = new Database(file);
    return {
      exec: async (sql) => void db.exec(sql),
      rows: async <T>(sql: string) => db.prepare(sql).all() as T[],
      close: async () => void db.close(),
    };
  }
  const server = pgServerUrl();
  const name = `${process.env.TEST_DATABASE_PREFIX || uniqueDatabaseName("test")}_migration`;
  await dropDatabase(server, name);
  await createDatabase(server, name);
  const client = new pg.Client({ connectionString: databaseUrl(server, name) });
  await client.connect();
  return {
    exec: async (sql) => void (await client.query(sql)),
    rows: async <T>(sql: string) => (await client.query(sql)).rows as T[],
    close: async () => {
      await client.end();
      await dropDatabase(server, name);
    },
  };
}

const DAY = "'2024-09-01 00:00:00'";
const NOW = "'2026-11-30 10:00:00'";

// The previous schema's rows, written as a DSDEN's database held them: a département named
// only by its circonscriptions' code, campaigns of the whole database.
const OLD_DATA = `
INSERT INTO "Circonscription" ("id", "code", "name", "departement") VALUES ('c-nord', 'N', 'Toulouse Nord', '31'), ('c-sud', 'S', 'Toulouse Sud', '31');
INSERT INTO "Agent" ("id", "numenHash", "numenHint", "civilite", "nom", "prenom", "sexe", "birthDate", "grade", "echelon", "echelonDate", "gradeDate", "corpsDate", "circonscriptionId", "updatedAt")
VALUES ('a-1', 'h1', '001', 'Mme', 'Tartemuche', 'Claire', 'F', ${DAY}, 'HC', 4, ${DAY}, ${DAY}, ${DAY}, 'c-nord', ${NOW}),
       ('a-2', 'h2', '002', 'M.', 'Dupont', 'Jean', 'M', ${DAY}, 'HC', 5, ${DAY}, ${DAY}, ${DAY}, 'c-sud', ${NOW});
INSERT INTO "User" ("id", "identifiant", "displayName", "role", "passwordHash", "updatedAt", "agentId")
VALUES ('u-admin', 'gestion', 'Gestion DSDEN', 'GESTIONNAIRE', 'x', ${NOW}, NULL),
       ('u-ien', 'ien', 'IEN Nord', 'INSPECTEUR', 'x', ${NOW}, NULL),
       ('u-claire', 'ctartemuche', 'Claire Tartemuche', 'ENSEIGNANT', 'x', ${NOW}, 'a-1');
INSERT INTO "InspectorScope" ("userId", "circonscriptionId") VALUES ('u-ien', 'c-nord');
INSERT INTO "Campaign" ("id", "kind", "ruleSet", "year", "title", "status", "observationDate", "parameters", "updatedAt")
VALUES ('k-2025', 'CLASSE_EXCEPTIONNELLE', 'CE_2017_2023', 2025, 'Classe exceptionnelle 2025', 'PUBLIEE', ${DAY}, '{}', ${NOW}),
       ('k-2026', 'CLASSE_EXCEPTIONNELLE', 'CE_2017_2023', 2026, 'Classe exceptionnelle 2026', 'OUVERTE', ${DAY}, '{}', ${NOW});
INSERT INTO "Candidature" ("id", "campaignId", "agentId", "status", "vivier", "submittedAt") VALUES ('cand-1', 'k-2026', 'a-1', 'ENREGISTREE', 1, ${NOW});
INSERT INTO "Opinion" ("id", "campaignId", "agentId", "authorId", "value", "updatedAt") VALUES ('op-1', 'k-2026', 'a-1', 'u-ien', 'TRES_FAVORABLE', ${NOW});
INSERT INTO "PromotionResult" ("id", "campaignId", "agentId", "vivier", "bareme", "detail", "rank", "promoted") VALUES ('r-1', 'k-2025', 'a-2', 1, 140, '{}', 1, true);
INSERT INTO "OutboxMessage" ("id", "to", "subject", "body", "kind", "status") VALUES ('m-1', 'ctartemuche@ac-toulouse.fr', 'Candidature', 'Votre candidature est enregistrée.', 'candidature', 'HISTORIQUE');
INSERT INTO "AuditLog" ("id", "actorId", "action", "entity", "entityId") VALUES ('log-1', 'u-claire', 'candidature.submit', 'Candidature', 'cand-1');
`;

let raw: Raw | undefined;
afterAll(async () => raw?.close());

describe("migration to départements", () => {
  it("moves a database of one DSDEN into one département, with nothing lost", async () => {
    raw = await openRaw();
    for (const m of before) await raw.exec(sqlOf(m));
    await raw.exec(OLD_DATA);
    const count = async (table: string) =>
      Number((await raw!.rows<{ n: number }>(`SELECT COUNT(*) AS n FROM "${table}"`))[0]!.n);
    const tables = [
      "Agent",
      "User",
      "InspectorScope",
      "Campaign",
      "Candidature",
      "Opinion",
      "PromotionResult",
      "OutboxMessage",
      "AuditLog",
      "Circonscription",
    ];
    const counts: Record<string, number> = {};
    for (const t of tables) counts[t] = await count(t);

    for (const m of fromThisOn) await raw.exec(sqlOf(m));

    expect(
      await raw.rows(`SELECT "id", "code", "name", "dsden", "academie" FROM "Departement"`),
    ).toEqual([
      {
        id: "dep-31",
        code: "31",
        name: "Haute-Garonne",
        dsden: "DSDEN de la Haute-Garonne",
        academie: "Toulouse",
      },
    ]);
    for (const t of tables) expect([t, await count(t)]).toEqual([t, counts[t]]);
    expect(
      await raw.rows(`SELECT "id", "departementId" FROM "Circonscription" ORDER BY "id"`),
    ).toEqual([
      { id: "c-nord", departementId: "dep-31" },
      { id: "c-sud", departementId: "dep-31" },
    ]);
    expect(
      await raw.rows(`SELECT "id", "departementId", "nom" FROM "Agent" ORDER BY "id"`),
    ).toEqual([
      { id: "a-1", departementId: "dep-31", nom: "Tartemuche" },
      { id: "a-2", departementId: "dep-31", nom: "Dupont" },
    ]);
    expect(
      await raw.rows(`SELECT "id", "departementId", "status" FROM "Campaign" ORDER BY "id"`),
    ).toEqual([
      { id: "k-2025", departementId: "dep-31", status: "PUBLIEE" },
      { id: "k-2026", departementId: "dep-31", status: "OUVERTE" },
    ]);
    // The gestionnaire keeps what they administered; nobody else gains a département.
    expect(await raw.rows(`SELECT "userId", "departementId" FROM "DepartementScope"`)).toEqual([
      { userId: "u-admin", departementId: "dep-31" },
    ]);
    expect(await raw.rows(`SELECT "candidatureId" FROM "CandidatureEvent"`)).toEqual([]);
    expect(await raw.rows(`SELECT "id", "status", "agentId" FROM "Candidature"`)).toEqual([
      { id: "cand-1", status: "ENREGISTREE", agentId: "a-1" },
    ]);
    expect(await raw.rows(`SELECT "body" FROM "OutboxMessage"`)).toEqual([
      { body: "Votre candidature est enregistrée." },
    ]);
    // Two campaigns of one kind and year may now exist, one per département, not two in one.
    await raw.exec(
      `INSERT INTO "Departement" ("id", "code", "name", "dsden", "academie") VALUES ('dep-09', '09', 'Ariège', 'DSDEN de l''Ariège', 'Toulouse')`,
    );
    await raw.exec(
      `INSERT INTO "Campaign" ("id", "departementId", "kind", "ruleSet", "year", "title", "observationDate", "parameters", "updatedAt") VALUES ('k-09', 'dep-09', 'CLASSE_EXCEPTIONNELLE', 'CE_2017_2023', 2026, 'CE 2026 Ariège', ${DAY}, '{}', ${NOW})`,
    );
    await expect(
      raw.exec(
        `INSERT INTO "Campaign" ("id", "departementId", "kind", "ruleSet", "year", "title", "observationDate", "parameters", "updatedAt") VALUES ('k-dup', 'dep-31', 'CLASSE_EXCEPTIONNELLE', 'CE_2017_2023', 2026, 'Doublon', ${DAY}, '{}', ${NOW})`,
      ),
    ).rejects.toThrow(/unique/i);
  });
});
