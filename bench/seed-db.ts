// A benchmark database of `size` synthetic agents: bench/out/bench-<size>.db, migrated with
// the project's migrations, then filled with bulk INSERTs through better-sqlite3 (prepared
// statements, one transaction per chunk) rather than the per-row factories, which would take
// hours for a country. What the application reads is the same: Prisma's column formats
// (ISO dates with "+00:00", booleans as 0/1), cuid-shaped ids, the same enums.
//
// NUMEN hashes (also the default passwords) use a deliberately cheap scrypt cost,
// BENCH_HASH_COST, instead of the production N=16384: 330,000 production hashes would take
// hours on two cores, and verifySecret reads the cost from each hash, so logins still work.
//
//   node --import tsx bench/seed-db.ts --size 20000 [--force] [--places-only]
// --places-only: circonscriptions, schools, accounts and campaigns, no agent (the database
// bench/import.ts imports into), in bench/out/places-<size>.db.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { toAgentSnapshot } from "@/lib/agents/snapshot";
import { hashSecret } from "@/lib/auth/password";
import { campaignTitle } from "@/lib/campaigns/admin";
import { isExamined } from "@/lib/campaigns/promouvables";
import { mustApply } from "@/lib/campaigns/rules";
import { createPrismaClient } from "@/lib/db";
import { defaultObservationDate, getRuleSet, type Eligibility, type RuleSetId } from "@/lib/rules";
import { SNAPSHOT_INCLUDE } from "@/lib/agents/snapshot";
import { load, log, memory, option, report, round, timed } from "./lib/measure";
import {
  benchDatabase,
  BENCH_ACCOUNTS,
  BENCH_CAMPAIGNS,
  BENCH_HASH_COST,
  root,
  SEED_VERSION,
  type BenchCampaignKey,
} from "./lib/bench-db";
import {
  agentId,
  appliedFor,
  benchId,
  circonscriptionOfSchool,
  departementOfCirconscription,
  functionLabel,
  levelFor,
  opposed,
  placesFor,
  synthAgents,
  type SynthAgent,
} from "./lib/synth";

const size = Number(option("size"));
const force = process.argv.includes("--force");
const placesOnly = process.argv.includes("--places-only");
const CHUNK = 5000;

const dt = (iso: string) => `${iso}T00:00:00.000+00:00`;
const stamp = new Date().toISOString().replace("Z", "+00:00");

async function main() {
  const { file, meta, url } = benchDatabase(size, placesOnly ? "places" : "bench");
  if (!force && fs.existsSync(file) && fs.existsSync(meta)) {
    const m = JSON.parse(fs.readFileSync(meta, "utf8")) as {
      version?: string;
      migrations?: string[];
    };
    if (
      m.version === SEED_VERSION &&
      JSON.stringify(m.migrations) === JSON.stringify(migrationNames())
    ) {
      log(`seed ${size}: ${path.relative(root, file)} est à jour (--force pour le refaire)`);
      report({ step: placesOnly ? "seed-places" : "seed", size, cached: true, ...m });
      return;
    }
  }
  for (const f of [file, `${file}-journal`, `${file}-wal`, `${file}-shm`, meta])
    fs.rmSync(f, { force: true });
  fs.mkdirSync(path.dirname(file), { recursive: true });

  const migrate = await timed(() =>
    execFileSync(process.execPath, ["scripts/db.mjs", "deploy"], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: url },
      stdio: ["ignore", "ignore", "inherit"],
    }),
  );
  log(`seed ${size}: migrations appliquées en ${migrate.ms} ms`);

  const fill = await timed(() => fillDatabase(file));
  const counts = fill.value;
  log(`seed ${size}: ${counts.Agent} agents écrits en ${fill.ms} ms`);

  const check = await timed(() => (placesOnly ? undefined : sanityCheck(url)));
  const m = {
    version: SEED_VERSION,
    migrations: migrationNames(),
    size,
    rows: counts,
    fileMb: round(fs.statSync(file).size / 1024 / 1024),
    migrateMs: migrate.ms,
    fillMs: fill.ms,
    fillCpuMs: fill.cpuMs,
    checkMs: check.ms,
    hashCost: BENCH_HASH_COST,
    ...load(),
    memory: memory(),
  };
  fs.writeFileSync(meta, JSON.stringify(m, null, 2));
  report({ step: placesOnly ? "seed-places" : "seed", cached: false, ...m });
}

function migrationNames(): string[] {
  return fs
    .readdirSync(path.join(root, "prisma/migrations"), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
}

type Campaigns = Record<
  BenchCampaignKey,
  {
    id: string;
    ruleSet: RuleSetId;
    year: number;
    context: Parameters<ReturnType<typeof getRuleSet>["evaluate"]>[1];
  }
>;

async function fillDatabase(file: string): Promise<Record<string, number>> {
  const db = new Database(file);
  db.pragma("journal_mode = OFF");
  db.pragma("synchronous = OFF");
  db.pragma("cache_size = -262144"); // 256 MB
  db.pragma("foreign_keys = OFF"); // rows are consistent by construction; checked below
  const counts: Record<string, number> = {};
  const insert = (table: string, columns: string[]) => {
    const stmt = db.prepare(
      `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) VALUES (${columns.map(() => "?").join(", ")})`,
    );
    counts[table] = 0;
    return (...values: unknown[]) => {
      stmt.run(...values);
      counts[table] = (counts[table] ?? 0) + 1;
    };
  };

  // ---------- places ----------
  const places = placesFor(size);
  // One département for the whole country: a campaign examines its département's agents,
  // and the country-scale figures are those of one campaign over every agent.
  const insertDepartement = insert("Departement", ["id", "code", "name", "dsden", "academie"]);
  const BENCH_DEPARTEMENT = "dep-00";
  insertDepartement(
    BENCH_DEPARTEMENT,
    "00",
    "Banc d'essai national",
    "DSDEN du banc d'essai",
    "Banc d'essai",
  );
  const insertCirco = insert("Circonscription", ["id", "code", "name", "departementId"]);
  const insertSchool = insert("School", [
    "id",
    "uai",
    "name",
    "commune",
    "zone",
    "circonscriptionId",
  ]);
  const circoId = (c: number) => benchId("bcir", c);
  const schoolId = (s: number) => benchId("bsch", s);
  const schoolZone = (s: number) => (s % 33 === 0 ? "REP_PLUS" : s % 11 === 0 ? "REP" : "HORS_EP");
  const schoolName = (s: number) =>
    `École ${s % 3 === 0 ? "maternelle" : s % 3 === 1 ? "élémentaire" : "primaire"} n° ${s + 1}`;
  db.transaction(() => {
    for (let c = 0; c < places.circonscriptions; c++) {
      const dep = departementOfCirconscription(c, size);
      insertCirco(
        circoId(c),
        `${dep}-C${String(c + 1).padStart(4, "0")}`,
        `Circonscription ${c + 1}`,
        BENCH_DEPARTEMENT,
      );
    }
    for (let s = 0; s < places.schools; s++) {
      const c = circonscriptionOfSchool(s, size);
      // UAI: 7 digits + check letter (lib/seed/factories uaiWithKey); unique by construction.
      const digits = String(1_000_000 + s).padStart(7, "0");
      insertSchool(
        schoolId(s),
        digits + "ABCDEFGHJKLMNPRSTUVWXYZ".charAt(Number(digits) % 23),
        schoolName(s),
        `Commune ${c + 1}`,
        schoolZone(s),
        circoId(c),
      );
    }
  })();

  // ---------- accounts and campaigns ----------
  const insertUser = insert("User", [
    "id",
    "identifiant",
    "displayName",
    "role",
    "email",
    "passwordHash",
    "passwordIsDefault",
    "agentId",
    "createdAt",
    "updatedAt",
  ]);
  const insertScope = insert("InspectorScope", ["userId", "circonscriptionId"]);
  const insertDepartementScope = insert("DepartementScope", ["userId", "departementId"]);
  const accountHash = (password: string) => hashSecret(password, BENCH_HASH_COST);
  const [adminHash, ienHash] = await Promise.all([
    accountHash(BENCH_ACCOUNTS.administrator.password),
    accountHash(BENCH_ACCOUNTS.inspector.password),
  ]);
  const adminId = benchId("busr", 1);
  const ienId = benchId("busr", 2);
  db.transaction(() => {
    insertUser(
      adminId,
      BENCH_ACCOUNTS.administrator.identifiant,
      "Gestionnaire (banc d'essai)",
      "GESTIONNAIRE",
      null,
      adminHash,
      1,
      null,
      stamp,
      stamp,
    );
    insertUser(
      ienId,
      BENCH_ACCOUNTS.inspector.identifiant,
      "IEN (banc d'essai)",
      "INSPECTEUR",
      null,
      ienHash,
      1,
      null,
      stamp,
      stamp,
    );
    insertScope(ienId, circoId(0));
    insertDepartementScope(adminId, BENCH_DEPARTEMENT);
  })();
  const insertCampaign = insert("Campaign", [
    "id",
    "departementId",
    "kind",
    "ruleSet",
    "year",
    "title",
    "status",
    "observationDate",
    "candidatureStart",
    "candidatureEnd",
    "parameters",
    "openedAt",
    "closedAt",
    "publishedAt",
    "createdAt",
    "updatedAt",
  ]);
  const campaigns = {} as Campaigns;
  db.transaction(() => {
    (Object.keys(BENCH_CAMPAIGNS) as BenchCampaignKey[]).forEach((key, i) => {
      const c = BENCH_CAMPAIGNS[key];
      const ruleSet = getRuleSet(c.ruleSet);
      const parameters = ruleSet.defaultParameters(c.year);
      const observationDate = defaultObservationDate(c.ruleSet, c.year);
      const id = benchId("bcmp", i + 1);
      const published = c.status === "PUBLIEE" ? stamp : null;
      insertCampaign(
        id,
        BENCH_DEPARTEMENT,
        ruleSet.campaignKind,
        c.ruleSet,
        c.year,
        campaignTitle(ruleSet.campaignKind, c.year),
        c.status,
        dt(observationDate),
        ruleSet.hasCandidature ? dt(`${c.year}-03-02`) : null,
        ruleSet.hasCandidature ? dt(`${c.year}-03-23`) : null,
        JSON.stringify(parameters),
        stamp,
        stamp,
        published,
        stamp,
        stamp,
      );
      campaigns[key] = {
        id,
        ruleSet: c.ruleSet,
        year: c.year,
        context: { year: c.year, observationDate, parameters },
      };
    });
  })();

  // ---------- agents, their accounts and dossiers ----------
  const insertAgent = insert("Agent", [
    "id",
    "numenHash",
    "numenHint",
    "civilite",
    "nom",
    "prenom",
    "sexe",
    "birthDate",
    "email",
    "corps",
    "grade",
    "echelon",
    "echelonDate",
    "gradeDate",
    "corpsDate",
    "position",
    "modaliteService",
    "quotite",
    "circonscriptionId",
    "departementId",
    "schoolId",
    "createdAt",
    "updatedAt",
  ]);
  const insertEvent = insert("CareerEvent", [
    "id",
    "agentId",
    "grade",
    "echelon",
    "date",
    "nature",
  ]);
  const insertAffectation = insert("Affectation", [
    "id",
    "agentId",
    "schoolId",
    "poste",
    "label",
    "zone",
    "quotite",
    "startDate",
    "endDate",
  ]);
  const insertFunction = insert("FunctionMission", [
    "id",
    "agentId",
    "kind",
    "label",
    "startDate",
    "endDate",
    "educationPrioritaireShare",
    "faisantFonction",
    "stagiaire",
    "status",
    "source",
    "createdAt",
    "updatedAt",
  ]);
  const insertQualification = insert("Qualification", [
    "id",
    "agentId",
    "kind",
    "title",
    "obtainedAt",
    "details",
    "createdAt",
    "updatedAt",
  ]);
  const insertAppreciation = insert("Appreciation", [
    "id",
    "campaignId",
    "agentId",
    "value",
    "source",
    "opposed",
    "oppositionReason",
    "setById",
    "createdAt",
    "updatedAt",
  ]);
  const insertOpinion = insert("Opinion", [
    "id",
    "campaignId",
    "agentId",
    "authorId",
    "value",
    "reason",
    "createdAt",
    "updatedAt",
  ]);
  const insertCandidature = insert("Candidature", [
    "id",
    "campaignId",
    "agentId",
    "status",
    "vivier",
    "submittedAt",
  ]);
  let events = 0;
  let others = 0;
  const nextId = (prefix: string) => benchId(prefix, prefix === "bevt" ? events++ : others++);

  const writeAgent = (a: SynthAgent, hash: string) => {
    const s = a.snapshot;
    const id = s.id;
    const circo = circoId(a.place.circonscription);
    const school = schoolId(a.place.school);
    insertAgent(
      id,
      hash,
      a.numen.slice(-3),
      s.sexe === "F" ? "Mme" : "M.",
      a.nom,
      a.prenom,
      s.sexe,
      dt(s.birthDate),
      `${a.identifiant}@ac-banc.fr`,
      "PE",
      s.grade,
      s.echelon,
      dt(s.echelonDate),
      dt(s.gradeDate),
      dt(s.corpsDate),
      "Activité",
      "Temps complet",
      100,
      circo,
      BENCH_DEPARTEMENT,
      school,
      stamp,
      stamp,
    );
    insertUser(
      benchId("busr", 100 + a.index),
      a.identifiant,
      `${a.prenom} ${a.nom}`,
      "ENSEIGNANT",
      `${a.identifiant}@ac-banc.fr`,
      hash,
      1,
      id,
      stamp,
      stamp,
    );
    for (const step of a.careerSteps)
      insertEvent(nextId("bevt"), id, step.grade, step.echelon, dt(step.date), step.nature);
    const director = s.functions.some((f) => f.kind === "DIRECTEUR_ECOLE" && f.endDate === null);
    insertAffectation(
      nextId("both"),
      id,
      school,
      director ? "Directeur d'école" : "Adjoint élémentaire",
      schoolName(a.place.school),
      schoolZone(a.place.school),
      100,
      dt(a.schoolSince),
      null,
    );
    if (a.schoolSince > s.corpsDate) {
      insertAffectation(
        nextId("both"),
        id,
        null,
        "Adjoint élémentaire",
        "École de la première affectation",
        "HORS_EP",
        100,
        dt(s.corpsDate),
        dt(dayBefore(a.schoolSince)),
      );
    }
    for (const f of s.functions) {
      insertFunction(
        nextId("both"),
        id,
        f.kind,
        functionLabel(f.kind),
        dt(f.startDate),
        f.endDate ? dt(f.endDate) : null,
        f.educationPrioritaireShare ?? null,
        f.faisantFonction ? 1 : 0,
        f.stagiaire ? 1 : 0,
        f.status,
        f.status === "A_VERIFIER" ? "AGENT" : "ADMINISTRATION",
        stamp,
        stamp,
      );
    }
    insertQualification(
      nextId("both"),
      id,
      "Diplôme",
      "Master MEEF premier degré",
      dt(s.corpsDate),
      null,
      stamp,
      stamp,
    );

    // Campaign data, the same draws as bench/engine.ts so that both paths rank the same table.
    const hc = campaigns.HC_2027;
    const hcEligibility = getRuleSet("HC_PE").evaluate(s, hc.context as never);
    if (hcEligibility.promouvable) {
      const value = levelFor("HC_PE", a.index);
      // The appréciation is kept from the previous HC campaign for most agents (REPRISE).
      const kept = !opposed(a.index) && a.index % 5 < 3;
      insertAppreciation(
        nextId("both"),
        kept ? campaigns.HC_2026.id : hc.id,
        id,
        value,
        "DASEN",
        opposed(a.index) ? 1 : 0,
        opposed(a.index) ? "Manière de servir (synthétique)." : null,
        adminId,
        stamp,
        stamp,
      );
    }
    const ce = campaigns.CE_2017_2023;
    const ceEligibility: Eligibility = getRuleSet("CE_2017_2023").evaluate(s, ce.context as never);
    const applied = appliedFor(a.index, ceEligibility);
    if (applied && mustApply(ceEligibility))
      insertCandidature(nextId("both"), ce.id, id, "ENREGISTREE", 1, dt(`${ce.year}-03-10`));
    if (isExamined(ceEligibility, applied)) {
      insertAppreciation(
        nextId("both"),
        ce.id,
        id,
        levelFor("CE_2017_2023", a.index),
        "DASEN",
        opposed(a.index) ? 1 : 0,
        opposed(a.index) ? "Manière de servir (synthétique)." : null,
        adminId,
        stamp,
        stamp,
      );
    }
    const ce24 = campaigns.CE_DEPUIS_2024;
    if (getRuleSet("CE_DEPUIS_2024").evaluate(s, ce24.context as never).promouvable) {
      const value = levelFor("CE_DEPUIS_2024", a.index);
      insertOpinion(
        nextId("both"),
        ce24.id,
        id,
        ienId,
        value,
        value === "FAVORABLE" ? null : "Avis motivé (synthétique).",
        stamp,
        stamp,
      );
    }
  };

  // Hashing (libuv's thread pool) of chunk k+1 overlaps the inserts of chunk k.
  const chunks = chunked(placesOnly ? [] : synthAgents(size), CHUNK);
  let current = chunks.next();
  let hashes = current.done ? null : hashChunk(current.value);
  while (!current.done && hashes) {
    const agents = current.value;
    const ready = await hashes;
    current = chunks.next();
    hashes = current.done ? null : hashChunk(current.value);
    db.transaction(() => agents.forEach((a, i) => writeAgent(a, ready[i] as string)))();
  }

  const fk = db.pragma("foreign_key_check") as unknown[];
  if (fk.length > 0) throw new Error(`${fk.length} références cassées`);
  db.pragma("journal_mode = DELETE");
  db.close();
  return counts;
}

function* chunked<T>(items: Iterable<T>, n: number): Generator<T[]> {
  let chunk: T[] = [];
  for (const item of items) {
    chunk.push(item);
    if (chunk.length === n) {
      yield chunk;
      chunk = [];
    }
  }
  if (chunk.length) yield chunk;
}

function hashChunk(agents: SynthAgent[]): Promise<string[]> {
  return Promise.all(agents.map((a) => hashSecret(a.numen, BENCH_HASH_COST)));
}

function dayBefore(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** Reads a few agents back through Prisma and checks that the rules see what was generated. */
async function sanityCheck(url: string) {
  const prisma = createPrismaClient(url);
  try {
    const generated = new Map<string, SynthAgent>();
    const wanted = [0, 1, 2, Math.min(size - 1, 999)];
    let i = 0;
    for (const a of synthAgents(size)) {
      if (wanted.includes(i)) generated.set(a.snapshot.id, a);
      if (++i > Math.max(...wanted)) break;
    }
    for (const [id, a] of generated) {
      const row = await prisma.agent.findUniqueOrThrow({
        where: { id },
        include: SNAPSHOT_INCLUDE,
      });
      const snapshot = toAgentSnapshot(row);
      const expected = a.snapshot;
      // The generator leaves the position out: the snapshot's default ("Activité") is read back.
      const same =
        JSON.stringify({
          ...snapshot,
          functions: snapshot.functions.map((f) => ({
            ...f,
            educationPrioritaireShare: undefined,
          })),
          position: snapshot.position ?? "Activité",
        }) ===
        JSON.stringify({
          ...expected,
          // toAgentSnapshot reads the position, "Activité" when the row has none.
          position: expected.position ?? "Activité",
          functions: expected.functions.map((f) => ({
            ...f,
            educationPrioritaireShare: undefined,
          })),
        });
      if (!same)
        throw new Error(
          `Agent ${id} relu différent de l'agent généré :\n${JSON.stringify(snapshot)}\n${JSON.stringify(expected)}`,
        );
    }
    const count = await prisma.agent.count();
    if (count !== size) throw new Error(`${count} agents relus, ${size} attendus`);
    if (agentId(0) !== [...generated.keys()][0])
      throw new Error("Identifiants d'agents inattendus");
  } finally {
    await prisma.$disconnect();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
