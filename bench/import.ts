// (b) CSV import of `size` agents with lib/agents/import.ts (applyImport), into a database
// that has the places (circonscriptions, schools) but no agent yet: the first import of a
// département / académie / the country. The file has the columns of
// tests/fixtures/agents-exemple.csv and is kept as bench/out/agents-<size>.csv.
// Then, for sizes under 100,000, the same file again (every agent known, nothing changed).
//
// At production security: new accounts get the keyed HMAC of their NUMEN as initial
// credential (decision 0010), so the import hashes nothing and the figure is the real one.
// --sqlite-cache-mb N: an experiment, SQLite's page cache of the connection raised to N MB
// (PRAGMA cache_size; SQLite's default is 2 MB) before importing.
//   node --expose-gc --import tsx bench/import.ts --size 20000 [--no-reimport] [--sqlite-cache-mb 256]
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { createPrismaClient } from "@/lib/db";
import { benchDatabase, BENCH_ACCOUNTS, outDir, root } from "./lib/bench-db";
import { gc, load, log, memory, option, report, round, timed } from "./lib/measure";
import { placesFor, synthAgents, type SynthAgent } from "./lib/synth";

const size = Number(option("size"));
const reimport = !process.argv.includes("--no-reimport") && size < 100_000;
const cacheMb = Number(option("sqlite-cache-mb", "0"));
// --batch-size N: applyImport's batchSize (default: its own, 5,000 agents per creation batch).
const batchSize = Number(option("batch-size", "0"));

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

function csvLine(a: SynthAgent, codes: { circo: string[]; uai: string[] }): string {
  const s = a.snapshot;
  const director = s.functions.some((f) => f.kind === "DIRECTEUR_ECOLE" && f.endDate === null);
  return [
    a.numen,
    a.nom,
    "",
    a.prenom,
    s.sexe,
    frDate(s.birthDate),
    frDate(s.corpsDate),
    s.grade,
    s.echelon,
    frDate(s.echelonDate),
    frDate(s.gradeDate),
    codes.circo[a.place.circonscription],
    codes.uai[a.place.school],
    director ? "Directeur d'école" : "Adjoint élémentaire",
    frDate(a.schoolSince),
    `${a.identifiant}@ac-banc.fr`,
    "Activité",
    "100",
  ].join(";");
}

async function main() {
  // A fresh copy of the places-only database.
  const places = benchDatabase(size, "places");
  execFileSync(
    process.execPath,
    ["--import", "tsx", "bench/seed-db.ts", "--size", String(size), "--places-only"],
    { cwd: root, stdio: ["ignore", "ignore", "inherit"] },
  );
  const file = path.join(outDir, `import-${size}.db`);
  for (const f of [file, `${file}-journal`, `${file}-wal`, `${file}-shm`])
    fs.rmSync(f, { force: true });
  fs.copyFileSync(places.file, file);
  const db = createPrismaClient(`file:${path.relative(root, file)}`);
  if (cacheMb > 0) await db.$executeRawUnsafe(`PRAGMA cache_size = -${Math.round(cacheMb * 1024)}`);

  try {
    // The file, as a DSDEN export would give it.
    const csvFile = path.join(outDir, `agents-${size}.csv`);
    const generation = await timed(async () => {
      const circos = await db.circonscription.findMany({
        select: { id: true, code: true },
        orderBy: { id: "asc" },
      });
      const schools = await db.school.findMany({
        select: { id: true, uai: true },
        orderBy: { id: "asc" },
      });
      const { circonscriptions, schools: nSchools } = placesFor(size);
      if (circos.length !== circonscriptions || schools.length !== nSchools)
        throw new Error("Lieux inattendus dans la base");
      const codes = { circo: circos.map((c) => c.code), uai: schools.map((s) => s.uai) };
      const lines = [COLUMNS.join(";")];
      for (const a of synthAgents(size)) lines.push(csvLine(a, codes));
      return `\uFEFF${lines.join("\r\n")}\r\n`;
    });
    const csv = generation.value;
    fs.writeFileSync(csvFile, csv);
    const csvMb = round(Buffer.byteLength(csv) / 1024 / 1024, 1);
    log(
      `import ${size}: fichier ${path.relative(root, csvFile)} (${csvMb} Mo) généré en ${generation.ms} ms`,
    );

    const { applyImport } = await import("@/lib/agents/import");
    const admin = await db.user.findUniqueOrThrow({
      where: { identifiant: BENCH_ACCOUNTS.administrator.identifiant },
    });
    const phases: Record<string, number> = {};
    let phaseStart = performance.now();
    let phase = "";
    const onProgress = (p: { phase: string }) => {
      if (p.phase !== phase) {
        if (phase) phases[phase] = round((phases[phase] ?? 0) + performance.now() - phaseStart);
        phase = p.phase;
        phaseStart = performance.now();
      }
    };
    gc();
    const before = memory();
    const first = await timed(() =>
      applyImport(db, admin, csv, { onProgress, ...(batchSize > 0 ? { batchSize } : {}) }),
    );
    const summary = first.value;
    if (!summary.applied)
      throw new Error(
        `Import refusé : ${summary.errorCount} erreurs, dont ${JSON.stringify(summary.errors.slice(0, 3))}`,
      );
    const agents = await db.agent.count();
    log(
      `import ${size}: ${summary.toCreate} créés en ${first.ms} ms (${JSON.stringify(summary.timings)})`,
    );
    const firstMemory = memory();
    report({
      step: "import",
      size,
      mode:
        (cacheMb > 0 ? `création, cache SQLite ${cacheMb} Mo` : "création") +
        (batchSize > 0 ? `, lots de ${batchSize}` : ""),
      csvMb,
      rows: summary.rows,
      toCreate: summary.toCreate,
      toUpdate: summary.toUpdate,
      unchanged: summary.unchanged,
      agentsInDatabase: agents,
      ms: first.ms,
      cpuMs: first.cpuMs,
      timings: summary.timings,
      phases,
      ...load(),
      memory: { beforeRssMb: before.rssMb, peakRssMb: firstMemory.peakRssMb },
    });

    if (reimport) {
      gc();
      const again = await timed(() => applyImport(db, admin, csv));
      log(`import ${size}: ré-import ${again.ms} ms (${JSON.stringify(again.value.timings)})`);
      report({
        step: "import",
        size,
        mode: "ré-import identique",
        csvMb,
        rows: again.value.rows,
        toCreate: again.value.toCreate,
        toUpdate: again.value.toUpdate,
        unchanged: again.value.unchanged,
        ms: again.ms,
        cpuMs: again.cpuMs,
        timings: again.value.timings,
        ...load(),
        memory: { peakRssMb: memory().peakRssMb },
      });
    }
  } finally {
    await db.$disconnect();
    // Half a gigabyte for a country, remade from places-<size>.db on every run.
    if (size >= 100_000) for (const f of [file, `${file}-journal`]) fs.rmSync(f, { force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
