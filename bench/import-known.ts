// Re-checking (dry run) and re-importing a file of agents the portal already knows, at the
// production scrypt cost: the gestionnaire's monthly refresh of a département (issue 15,
// item 4). A throw-away database (SQLite file or PostgreSQL database) is migrated, given a
// few circonscriptions and schools, filled by a first import of `size` agents, then:
//   1. dryRun of the same file (every agent known, nothing changed);
//   2. applyImport of the same file;
//   3. applyImport of the file with 10 % of the agents one échelon further.
// Prints figures (BENCH_RESULT lines); nothing is asserted.
//   node --import tsx bench/import-known.ts --size 5000 [--db sqlite|postgres] [--cost production|bench] [--impl before]
// --cost bench: the NUMEN hashes of the first import at BENCH_HASH_COST (quick to build, but
// verifying them is then cheap too, so the figures understate the production cost).
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { createPrismaClient } from "@/lib/db";
import { ensureDepartement } from "@/lib/departements/ensure";
import { outDir, root } from "./lib/bench-db";
import { load, log, option, report, round, timed } from "./lib/measure";
import { synthAgents } from "./lib/synth";
import {
  createDatabase,
  databaseUrl,
  dropDatabase,
  pgServerUrl,
  uniqueDatabaseName,
} from "../scripts/databases.mjs";

const size = Number(option("size", "5000"));
const dbKind = option("db", "sqlite");
const cost = option("cost", "production");

// --impl before: bench/out/import-before.ts, a copy of lib/agents/import.ts as it was before a
// change (git show <commit>:lib/agents/import.ts, with its "./" imports made "@/lib/agents/"),
// to measure both on the same machine and database.
const impl = option("impl", "current");

const COLUMNS = [
  "numen",
  "nom",
  "nom_usage",
  "prenom",
  "sexe",
  "date_naissance",
  "date_entree_corps",
  "grade",
  "echelon",
  "date_echelon",
  "date_grade",
  "circonscription_code",
  "ecole_uai",
  "poste",
  "date_affectation",
  "email",
  "position",
  "quotite",
];
const frDate = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
const CIRCOS = 20;
const SCHOOLS = 200;

function csvOf(bump: boolean): string {
  const lines = [COLUMNS.join(";")];
  for (const a of synthAgents(size)) {
    const s = a.snapshot;
    const moved =
      bump &&
      a.index % 10 === 0 &&
      s.echelon < (s.grade === "CN" ? 11 : s.grade === "HC" ? 6 : 5) &&
      s.gradeDate < "2026-09-01" &&
      s.echelonDate < "2026-09-01";
    const school = a.place.school % SCHOOLS;
    lines.push(
      [
        a.numen,
        a.nom,
        "",
        a.prenom,
        s.sexe,
        frDate(s.birthDate),
        frDate(s.corpsDate),
        s.grade,
        moved ? s.echelon + 1 : s.echelon,
        moved ? "01/09/2026" : frDate(s.echelonDate),
        frDate(s.gradeDate),
        `BK-${school % CIRCOS}`,
        `09${String(school).padStart(5, "0")}K`,
        "Adjoint élémentaire",
        frDate(a.schoolSince),
        `${a.identifiant}@ac-banc.fr`,
        "Activité",
        "100",
      ].join(";"),
    );
  }
  return `${lines.join("\r\n")}\r\n`;
}

async function main() {
  fs.mkdirSync(outDir, { recursive: true });
  let url: string;
  let cleanup: () => Promise<void>;
  if (dbKind === "postgres") {
    const server = pgServerUrl();
    const name = uniqueDatabaseName("bench");
    await createDatabase(server, name);
    url = databaseUrl(server, name);
    cleanup = async () => {
      await dropDatabase(server, name);
    };
  } else {
    const file = path.join(outDir, `known-${size}.db`);
    for (const f of [file, `${file}-journal`, `${file}-wal`, `${file}-shm`])
      fs.rmSync(f, { force: true });
    url = `file:${path.relative(root, file)}`;
    cleanup = async () => {};
  }
  execFileSync(process.execPath, ["scripts/db.mjs", "deploy"], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: url },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const db = createPrismaClient(url);
  try {
    for (let c = 0; c < CIRCOS; c++) {
      const circo = await db.circonscription.create({
        data: {
          code: `BK-${c}`,
          name: `Circonscription ${c}`,
          departementId: (await ensureDepartement(db, "09")).id,
        },
      });
      await db.school.createMany({
        data: Array.from({ length: SCHOOLS / CIRCOS }, (_, k) => {
          const s = c + k * CIRCOS;
          return {
            uai: `09${String(s).padStart(5, "0")}K`,
            name: `École ${s}`,
            commune: "Foix",
            circonscriptionId: circo.id,
          };
        }),
      });
    }
    const admin = await db.user.create({
      data: {
        identifiant: "banc.gestionnaire",
        displayName: "Banc",
        role: "GESTIONNAIRE",
        passwordHash: "x",
      },
    });
    // The "before" implementation is a copy of an earlier import.ts kept out of the repository (bench/out).
    const beforeModule = "./out/import-before";
    const { applyImport, dryRun } = (
      impl === "before" ? await import(beforeModule) : await import("@/lib/agents/import")
    ) as typeof import("@/lib/agents/import");
    const csv = csvOf(false);
    const first = await timed(() => applyImport(db, admin, csv));
    if (!first.value.applied)
      throw new Error(`Import refusé : ${JSON.stringify(first.value.errors.slice(0, 3))}`);
    log(`${dbKind} ${size}: premier import ${first.ms} ms`);
    const common = { step: "import-known", impl, db: dbKind, size, knownHashCost: cost };
    report({
      ...common,
      mode: "premier import",
      ms: first.ms,
      cpuMs: first.cpuMs,
      toCreate: first.value.toCreate,
      ...load(),
    });

    const check = await timed(() => dryRun(db, csv));
    log(`${dbKind} ${size}: vérification ${check.ms} ms (${JSON.stringify(check.value.timings)})`);
    report({
      ...common,
      mode: "vérification (dry run), rien de changé",
      ms: check.ms,
      cpuMs: check.cpuMs,
      unchanged: check.value.unchanged,
      toCreate: check.value.toCreate,
      ...load(),
    });

    const again = await timed(() => applyImport(db, admin, csv));
    log(`${dbKind} ${size}: ré-import ${again.ms} ms (${JSON.stringify(again.value.timings)})`);
    report({
      ...common,
      mode: "ré-import identique",
      ms: again.ms,
      cpuMs: again.cpuMs,
      unchanged: again.value.unchanged,
      toCreate: again.value.toCreate,
      ...load(),
    });

    const bumped = csvOf(true);
    const changed = await timed(() => applyImport(db, admin, bumped));
    if (!changed.value.applied)
      throw new Error(
        `Fichier modifié refusé : ${JSON.stringify(changed.value.errors.slice(0, 3))}`,
      );
    log(
      `${dbKind} ${size}: ré-import 10 % changés ${changed.ms} ms (${JSON.stringify(changed.value.timings)})`,
    );
    report({
      ...common,
      mode: "ré-import, 10 % d'échelons changés",
      ms: changed.ms,
      cpuMs: changed.cpuMs,
      toUpdate: changed.value.toUpdate,
      unchanged: changed.value.unchanged,
      ...load(),
    });
    log(
      `résumé : vérification ${round(check.ms / 1000)} s, ré-import ${round(again.ms / 1000)} s, ré-import modifié ${round(changed.ms / 1000)} s`,
    );
  } finally {
    await db.$disconnect();
    await cleanup();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
