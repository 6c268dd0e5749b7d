// Import des agents (CSV): the gestionnaire loads the agents of the département and their
// current career from a file, checks it (dry run: counts and errors by line), then applies
// it. Applying the same file twice changes nothing.
//
// Format (README, "Import des agents (CSV)"; sample: tests/fixtures/agents-exemple.csv):
// UTF-8 with or without BOM (Windows-1252 files from Excel are read too, see decodeCsv),
// separator ";" or ",", a header line with the column names of IMPORT_COLUMNS (case,
// accents and spaces ignored), one row per agent, dates JJ/MM/AAAA or AAAA-MM-JJ. Reading
// and checking the file: import-csv.ts; bulk SQL: import-sql.ts.
//
// Key of an agent: the NUMEN. Only its salted scrypt hash (Agent.numenHash) and a keyed HMAC
// (Agent.numenKey, lib/agents/numen-key.ts) are stored. A row is matched to a known agent by
// its numenKey, one lookup in memory; an agent whose key is not set yet (created before the
// column, or the key changed) is matched the slow way — the stored hint (last 3 characters)
// and birth date, or hint and name when the birth date was corrected, then the hash is
// verified — and applying the file writes its key, so the next import is fast.
// New agents get an account (role ENSEIGNANT, identifiant from makeIdentifiant, password =
// the NUMEN, passwordIsDefault) whose credential is the keyed HMAC of the NUMEN
// (initialCredential, decision 0010), also their numenHash: no slow hash at import.
//
// Cost: parsing, checks and writes take seconds for 330,000 rows (one SQL statement per
// table and batch, see import-sql.ts); no agent is hashed (a HMAC each), and only changed
// rows are written (BENCHMARKS.md, "Import").
//
// Option deactivateMissing («marquer inactifs les agents absents du fichier»): the active
// agents that no row of the file matches are marked inactive (lib/agents/status.ts), their
// account disabled; the dry run counts them first. An inactive agent present in the file is
// updated but stays inactive: only the gestionnaire reactivates, on the agent's page.
import { createHash } from "node:crypto";
import { setImmediate as nextTick } from "node:timers/promises";
import { writeAudit } from "@/lib/audit";
import { initialCredential, verifySecret } from "@/lib/auth/password";
import { databaseOf, type Db } from "@/lib/db";
import { addDays, addMonths, compareIsoDates, fromDayNumber, toDayNumber } from "@/lib/rules/dates";
import type { GradeCode, IsoDate } from "@/lib/rules/types";
import {
  deriveCareerSteps,
  monthsInEchelon,
  NATURE,
  type CareerHistoryStep,
} from "@/lib/rules/career-grid";
import { foldName, makeIdentifiant } from "@/lib/agents/identifiant";
import { numenKey } from "./numen-key";
import { agentSearchName } from "./search";
import { deactivateAgents } from "./status";
import {
  parseImport,
  type ImportColumn,
  type ImportError,
  type ImportReferences,
  type ImportRow,
  type ParsedImport,
  type ParseOptions,
  type SchoolRef,
} from "./import-csv";
import {
  deleteRowsById,
  fastId,
  insertRows,
  sqlCalendarDate,
  sqlInstant,
  updateRowsById,
  type SqlValue,
} from "./import-sql";

export type { ImportPhase, ImportProgress } from "./import-labels";
export {
  decodeCsv,
  formatImportError,
  IMPORT_COLUMNS,
  importTemplateCsv,
  normalizeHeader,
  parseImport,
  parseImportDate,
  type ImportColumn,
  type ImportColumnSpec,
  type ImportError,
  type ImportReferences,
  type ImportRow,
  type ParsedImport,
  type ParseOptions,
  type SchoolRef,
} from "./import-csv";

// ---------- references ----------

/**
 * The circonscriptions and schools of the département imported into, by code and UAI: a row
 * naming another département's circonscription or school is refused as unknown.
 */
export async function loadReferences(db: Db, departementId: string): Promise<ImportReferences> {
  const [circonscriptions, schools] = await Promise.all([
    db.circonscription.findMany({ where: { departementId }, select: { id: true, code: true } }),
    db.school.findMany({
      where: { circonscription: { departementId } },
      select: { id: true, uai: true, name: true, zone: true, circonscriptionId: true },
    }),
  ]);
  return {
    circonscriptions: new Map(circonscriptions.map((c) => [c.code, c])),
    schools: new Map(schools.map((s) => [s.uai.toUpperCase(), s])),
  };
}

// ---------- career history of a new agent ----------

/**
 * The history written for a new agent. By default only the steps the file states: entry in
 * the corps (CN 1st échelon) and the current step; the rules engine reads a missing step
 * conservatively (lib/rules/dates reachedStep). With `derive`, a full PPCR history from
 * deriveCareerSteps, stretched so that it meets the file's three dates.
 */
export function importCareerSteps(
  row: Pick<ImportRow, "grade" | "echelon" | "echelonDate" | "gradeDate" | "corpsDate">,
  derive = false,
): CareerHistoryStep[] {
  const current = { grade: row.grade, echelon: row.echelon, date: row.echelonDate };
  if (derive) return derivedSteps(row);
  const isEntry = row.grade === "CN" && row.echelon === 1;
  const steps: CareerHistoryStep[] = isEntry
    ? []
    : [{ grade: "CN", echelon: 1, date: row.corpsDate, nature: NATURE.entry }];
  const nature = isEntry
    ? NATURE.entry
    : row.grade !== "CN" && row.gradeDate === row.echelonDate
      ? NATURE.promotion
      : NATURE.echelon;
  steps.push({ ...current, nature });
  return steps;
}

function derivedSteps(
  row: Pick<ImportRow, "grade" | "echelon" | "echelonDate" | "gradeDate" | "corpsDate">,
): CareerHistoryStep[] {
  const { grade, echelon, echelonDate, gradeDate, corpsDate } = row;
  // Échelon of entry in HC / CE: walk back from the current step at the usual pace.
  let entry = echelon;
  let at = echelonDate;
  while (grade !== "CN" && entry > 1) {
    const previous = addMonths(at, -monthsInEchelon(grade, entry - 1));
    if (compareIsoDates(previous, gradeDate) < 0) break;
    at = previous;
    entry--;
  }
  const steps = deriveCareerSteps(
    { grade, echelon, date: echelonDate },
    grade === "CN" ? {} : { entryEchelon: { [grade]: Math.min(entry, 3) } },
  );
  // Anchor the first step on the corps entry and the grade entry on date_grade, then scale
  // the steps between anchors so that their order and proportions are kept.
  const anchors = new Map<number, IsoDate>([[0, corpsDate]]);
  if (grade !== "CN") {
    let i = steps.length - 1;
    while (i > 0 && steps[i - 1]!.grade === grade) i--;
    if (i > 0) anchors.set(i, gradeDate);
  }
  anchors.set(steps.length - 1, echelonDate);
  const indexes = [...anchors.keys()].sort((a, b) => a - b);
  const days = steps.map((s) => toDayNumber(s.date));
  for (let k = 0; k + 1 < indexes.length; k++) {
    const i0 = indexes[k]!;
    const i1 = indexes[k + 1]!;
    const t0 = toDayNumber(anchors.get(i0)!);
    const t1 = toDayNumber(anchors.get(i1)!);
    const d0 = days[i0]!;
    const d1 = days[i1]!;
    for (let i = i0; i <= i1; i++) {
      const scaled = d1 === d0 ? t0 : t0 + Math.round(((days[i]! - d0) * (t1 - t0)) / (d1 - d0));
      steps[i]!.date = fromDayNumber(scaled);
    }
  }
  if (indexes.length === 1) steps[0]!.date = echelonDate;
  return steps;
}

// ---------- plan ----------

export interface ImportChange {
  line: number;
  agent: string;
  fields: { column: string; before: string; after: string }[];
}

export interface ImportSummary {
  rows: number;
  toCreate: number;
  toUpdate: number;
  unchanged: number;
  /** First errors (see errorCount for all of them), ordered by line. */
  errors: ImportError[];
  errorCount: number;
  /** First changes to known agents, with the values before and after. */
  changes: ImportChange[];
  /** With deactivateMissing: active agents absent from the file, to be (or) marked inactive. */
  toDeactivate: number;
  /** The first of them, "NOM Prénom (identifiant)". */
  deactivations: string[];
  /** True when applyImport wrote the changes (never for a dry run or a file with errors). */
  applied: boolean;
  encoding?: "utf-8" | "windows-1252";
  /** Wall time of each part. */
  timings: { parseMs: number; matchMs: number; writeMs: number; totalMs: number };
}

export interface ImportOptions extends ParseOptions {
  /**
   * The département imported into: only its agents are matched, created, updated and
   * deactivated. Required as soon as the database holds several (the action always gives it).
   */
  departementId?: string;
  /** scrypt verifications in flight (known agents matched by their hash); default 16. */
  concurrency?: number;
  /** Mark inactive the active agents that no row of the file matches (default false). */
  deactivateMissing?: boolean;
  /**
   * Agents per transaction; default 500 for updates, 5,000 for creations (a page of an index
   * is journaled once per transaction: 330,000 creations in batches of 500 wrote 15 GB of
   * rollback journal on SQLite, BENCHMARKS.md issue 13).
   */
  batchSize?: number;
  /** Changes listed in the summary; default 200. */
  maxChanges?: number;
  /** Write a full PPCR history for new agents (importCareerSteps); default: stated steps only. */
  deriveHistory?: boolean;
  encoding?: "utf-8" | "windows-1252";
}

interface KnownAgent {
  id: string;
  numenHint: string;
  birthDate: Date;
  nom: string;
  prenom: string;
  numenHash: string;
  numenKey: string | null;
  inactiveAt: Date | null;
}

/** A row's known agent; `rekey` when it was found by its hash and its numenKey must be written. */
interface Match {
  agent: KnownAgent;
  key: string;
  rekey: boolean;
}

const AGENT_FIELDS = {
  id: true,
  civilite: true,
  nom: true,
  nomUsage: true,
  prenom: true,
  sexe: true,
  birthDate: true,
  email: true,
  grade: true,
  echelon: true,
  echelonDate: true,
  gradeDate: true,
  corpsDate: true,
  position: true,
  modaliteService: true,
  quotite: true,
  circonscriptionId: true,
  schoolId: true,
  user: { select: { id: true, displayName: true } },
} as const;

interface CurrentAgent {
  id: string;
  civilite: string;
  nom: string;
  nomUsage: string | null;
  prenom: string;
  sexe: "F" | "M";
  birthDate: Date;
  email: string | null;
  grade: GradeCode;
  echelon: number;
  echelonDate: Date;
  gradeDate: Date;
  corpsDate: Date;
  position: string;
  modaliteService: string;
  quotite: number;
  circonscriptionId: string;
  schoolId: string | null;
  user: { id: string; displayName: string } | null;
}

/** An agent's columns as the import writes them (dates as ISO days). */
interface AgentValues {
  civilite: string;
  nom: string;
  nomUsage: string | null;
  prenom: string;
  sexe: "F" | "M";
  birthDate: IsoDate;
  email: string | null;
  grade: GradeCode;
  echelon: number;
  echelonDate: IsoDate;
  gradeDate: IsoDate;
  corpsDate: IsoDate;
  position: string;
  modaliteService: string;
  quotite: number;
  circonscriptionId: string;
  schoolId: string | null;
}

interface PlannedUpdate {
  row: ImportRow;
  agentId: string;
  numenHash: string;
  before: AgentValues;
  after: AgentValues;
  user: { id: string; displayName: string } | null;
}

interface Plan {
  departementId: string;
  parsed: ParsedImport;
  creates: ImportRow[];
  updates: PlannedUpdate[];
  unchanged: number;
  changes: ImportChange[];
  /** [agentId, numenKey] of the agents matched by their hash (written even if unchanged). */
  rekeys: [string, string][];
  /** Active agents absent from the file (with deactivateMissing). */
  missing: { id: string; label: string }[];
  matchMs: number;
}

const iso = (d: Date): IsoDate => d.toISOString().slice(0, 10);
const civiliteOf = (sexe: "F" | "M") => (sexe === "F" ? "Mme" : "M.");
const modaliteOf = (quotite: number) => (quotite === 100 ? "Temps complet" : "Temps partiel");
const displayNameOf = (v: { prenom: string; nom: string; nomUsage: string | null }) =>
  `${v.prenom} ${v.nomUsage ?? v.nom}`;

function valuesOf(a: CurrentAgent): AgentValues {
  return {
    civilite: a.civilite,
    nom: a.nom,
    nomUsage: a.nomUsage,
    prenom: a.prenom,
    sexe: a.sexe,
    birthDate: iso(a.birthDate),
    email: a.email,
    grade: a.grade,
    echelon: a.echelon,
    echelonDate: iso(a.echelonDate),
    gradeDate: iso(a.gradeDate),
    corpsDate: iso(a.corpsDate),
    position: a.position,
    modaliteService: a.modaliteService,
    quotite: a.quotite,
    circonscriptionId: a.circonscriptionId,
    schoolId: a.schoolId,
  };
}

/** The row applied over what is stored; columns missing from the file keep their value. */
function merge(before: AgentValues, row: ImportRow, columns: Set<ImportColumn>): AgentValues {
  const quotite = columns.has("quotite") ? row.quotite : before.quotite;
  return {
    civilite: row.sexe === before.sexe ? before.civilite : civiliteOf(row.sexe),
    nom: row.nom,
    nomUsage: columns.has("nom_usage") ? row.nomUsage : before.nomUsage,
    prenom: row.prenom,
    sexe: row.sexe,
    birthDate: row.birthDate,
    email: columns.has("email") ? row.email : before.email,
    grade: row.grade,
    echelon: row.echelon,
    echelonDate: row.echelonDate,
    gradeDate: row.gradeDate,
    corpsDate: row.corpsDate,
    position: columns.has("position") ? row.position : before.position,
    // Kept unless the quotité changes: it may say more than the file ("Temps partiel de droit").
    modaliteService: quotite === before.quotite ? before.modaliteService : modaliteOf(quotite),
    quotite,
    circonscriptionId: row.circonscriptionId,
    schoolId: columns.has("ecole_uai") ? (row.school?.id ?? null) : before.schoolId,
  };
}

const COMPARED: [keyof AgentValues, string][] = [
  ["nom", "nom"],
  ["nomUsage", "nom_usage"],
  ["prenom", "prenom"],
  ["sexe", "sexe"],
  ["birthDate", "date_naissance"],
  ["corpsDate", "date_entree_corps"],
  ["grade", "grade"],
  ["echelon", "echelon"],
  ["echelonDate", "date_echelon"],
  ["gradeDate", "date_grade"],
  ["circonscriptionId", "circonscription_code"],
  ["schoolId", "ecole_uai"],
  ["email", "email"],
  ["position", "position"],
  ["quotite", "quotite"],
];

/** Runs `task` over `items` with at most `concurrency` in flight; a new one starts as soon as one ends. */
async function pool<T, R>(
  items: readonly T[],
  concurrency: number,
  task: (item: T, index: number) => Promise<R>,
  onDone?: (done: number) => void,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  let done = 0;
  const worker = async () => {
    for (let i = next++; i < items.length; i = next++) {
      results[i] = await task(items[i] as T, i);
      done++;
      if (onDone && (done % 100 === 0 || done === items.length)) onDone(done);
    }
  };
  await Promise.all(
    Array.from({ length: Math.max(1, Math.min(concurrency, items.length)) }, worker),
  );
  return results;
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * Which known agent each valid row is: the agent with the row's numenKey; failing that, an
 * agent without that key whose hint and birth date (or hint and folded name) are the row's,
 * and whose numenHash the NUMEN verifies (agents whose key is not set yet, or was made with
 * another key). Agents whose key belongs to another row of the file are not tried.
 */
async function matchKnownAgents(
  db: Db,
  rows: readonly ImportRow[],
  options: ImportOptions,
  known: readonly KnownAgent[],
): Promise<(Match | null)[]> {
  if (known.length === 0) return rows.map(() => null);
  const keys = rows.map((row) => numenKey(row.numen));
  const byKey = new Map<string, KnownAgent>();
  for (const agent of known) if (agent.numenKey) byKey.set(agent.numenKey, agent);
  const claimed = new Set(keys.filter((k) => byKey.has(k)));
  const byBirth = new Map<string, KnownAgent[]>();
  const byName = new Map<string, KnownAgent[]>();
  const push = (map: Map<string, KnownAgent[]>, key: string, agent: KnownAgent) => {
    const list = map.get(key);
    if (list) list.push(agent);
    else map.set(key, [agent]);
  };
  for (const agent of known) {
    if (agent.numenKey && claimed.has(agent.numenKey)) continue;
    push(byBirth, `${agent.numenHint}|${iso(agent.birthDate)}`, agent);
    push(byName, `${agent.numenHint}|${foldName(agent.nom)}|${foldName(agent.prenom)}`, agent);
  }
  const total = rows.length;
  options.onProgress?.({ phase: "rapprochement", done: 0, total });
  return pool(
    rows,
    options.concurrency ?? 16,
    async (row, i) => {
      const key = keys[i]!;
      const byItsKey = byKey.get(key);
      if (byItsKey) return { agent: byItsKey, key, rekey: false };
      const hint = row.numen.slice(-3);
      const tried = new Set<string>();
      for (const candidates of [
        byBirth.get(`${hint}|${row.birthDate}`),
        byName.get(`${hint}|${foldName(row.nom)}|${foldName(row.prenom)}`),
      ]) {
        for (const agent of candidates ?? []) {
          if (tried.has(agent.id)) continue;
          tried.add(agent.id);
          if (await verifySecret(row.numen, agent.numenHash)) return { agent, key, rekey: true };
        }
      }
      return null;
    },
    (done) => options.onProgress?.({ phase: "rapprochement", done, total }),
  );
}

function display(
  column: string,
  value: AgentValues[keyof AgentValues],
  names: Map<string, string>,
): string {
  if (value === null) return "";
  if (column === "circonscription_code" || column === "ecole_uai")
    return names.get(String(value)) ?? String(value);
  if (typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value))
    return `${value.slice(8, 10)}/${value.slice(5, 7)}/${value.slice(0, 4)}`;
  return String(value);
}

/** The département of an import: the one given, or the database's only one. */
async function importDepartement(db: Db, options: ImportOptions): Promise<string> {
  if (options.departementId) return options.departementId;
  const all = await db.departement.findMany({ select: { id: true }, take: 2 });
  if (all.length !== 1)
    throw new Error("Import : indiquez le département (la base en compte plusieurs).");
  return all[0]!.id;
}

async function planImport(db: Db, csvText: string, given: ImportOptions): Promise<Plan> {
  const options = { ...given, departementId: await importDepartement(db, given) };
  const refs = await loadReferences(db, options.departementId);
  const parsed = await parseImport(csvText, refs, options);
  const started = performance.now();
  const departementId = options.departementId;
  if (parsed.errorCount > 0)
    return {
      departementId,
      parsed,
      creates: [],
      updates: [],
      unchanged: 0,
      changes: [],
      rekeys: [],
      missing: [],
      matchMs: 0,
    };

  const known: KnownAgent[] = await db.agent.findMany({
    where: { departementId: options.departementId },
    select: {
      id: true,
      numenHint: true,
      birthDate: true,
      nom: true,
      prenom: true,
      numenHash: true,
      numenKey: true,
      inactiveAt: true,
    },
  });
  const matches = await matchKnownAgents(db, parsed.valid, options, known);
  const matchedIds = matches.flatMap((m) => (m ? [m.agent.id] : []));
  const rekeys = matches.flatMap((m): [string, string][] =>
    m?.rekey ? [[m.agent.id, m.key]] : [],
  );
  let missing: Plan["missing"] = [];
  if (options.deactivateMissing) {
    const seen = new Set(matchedIds);
    const gone = known.filter((a) => !a.inactiveAt && !seen.has(a.id));
    const accounts = new Map<string, string>();
    for (const ids of chunks(
      gone.map((a) => a.id),
      5_000,
    )) {
      for (const u of await db.user.findMany({
        where: { agentId: { in: ids } },
        select: { agentId: true, identifiant: true },
      }))
        accounts.set(u.agentId!, u.identifiant);
    }
    missing = gone.map((a) => ({
      id: a.id,
      label: `${a.nom.toUpperCase()} ${a.prenom}${accounts.has(a.id) ? ` (${accounts.get(a.id)})` : ""}`,
    }));
  }
  const current = new Map<string, CurrentAgent>();
  for (const ids of chunks(matchedIds, 5_000)) {
    for (const agent of await db.agent.findMany({
      where: { id: { in: ids } },
      select: AGENT_FIELDS,
    }))
      current.set(agent.id, agent);
  }
  const names = new Map<string, string>();
  for (const c of refs.circonscriptions.values()) names.set(c.id, c.code);
  for (const s of refs.schools.values()) names.set(s.id, s.uai);

  const creates: ImportRow[] = [];
  const updates: PlannedUpdate[] = [];
  const changes: ImportChange[] = [];
  let unchanged = 0;
  parsed.valid.forEach((row, i) => {
    const match = matches[i]?.agent;
    const agent = match ? current.get(match.id) : undefined;
    if (!match || !agent) {
      creates.push(row);
      return;
    }
    const before = valuesOf(agent);
    const after = merge(before, row, parsed.columns);
    const fields = COMPARED.filter(([key]) => before[key] !== after[key]).map(([key, column]) => ({
      column,
      before: display(column, before[key], names),
      after: display(column, after[key], names),
    }));
    if (!agent.user) fields.push({ column: "compte", before: "aucun", after: "créé" });
    if (fields.length === 0) {
      unchanged++;
      return;
    }
    updates.push({
      row,
      agentId: agent.id,
      numenHash: match.numenHash,
      before,
      after,
      user: agent.user,
    });
    if (changes.length < (options.maxChanges ?? 200))
      changes.push({ line: row.line, agent: `${row.nom.toUpperCase()} ${row.prenom}`, fields });
  });
  return {
    departementId,
    parsed,
    creates,
    updates,
    unchanged,
    changes,
    rekeys,
    missing,
    matchMs: performance.now() - started,
  };
}

function summaryOf(
  plan: Plan,
  applied: boolean,
  options: ImportOptions,
  timings: ImportSummary["timings"],
): ImportSummary {
  return {
    rows: plan.parsed.rows,
    toCreate: plan.creates.length,
    toUpdate: plan.updates.length,
    unchanged: plan.unchanged,
    errors: plan.parsed.errors,
    errorCount: plan.parsed.errorCount,
    changes: plan.changes,
    toDeactivate: plan.missing.length,
    deactivations: plan.missing.slice(0, options.maxChanges ?? 200).map((m) => m.label),
    applied,
    encoding: options.encoding,
    timings,
  };
}

/** Checks a file without writing anything: what an import would create, update or leave. */
export async function dryRun(
  db: Db,
  csvText: string,
  options: ImportOptions = {},
): Promise<ImportSummary> {
  const started = performance.now();
  const plan = await planImport(db, csvText, options);
  const totalMs = performance.now() - started;
  options.onProgress?.({ phase: "termine", done: 1, total: 1 });
  return summaryOf(plan, false, options, {
    parseMs: totalMs - plan.matchMs,
    matchMs: plan.matchMs,
    writeMs: 0,
    totalMs,
  });
}

// ---------- apply ----------

/** Another import is being applied in this process. */
export class ImportBusyError extends Error {
  constructor() {
    super("Un import est déjà en cours : réessayez quand il sera terminé.");
  }
}

// One apply at a time per process: two would race for the same identifiants.
const lock = globalThis as { __avancementImportRunning?: boolean };

const AGENT_COLUMNS = [
  "id",
  "numenHash",
  "numenHint",
  "numenKey",
  "searchName",
  "civilite",
  "nom",
  "nomUsage",
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
  "schoolId",
  "departementId",
  "createdAt",
  "updatedAt",
] as const;
const AGENT_UPDATE_COLUMNS = [
  "civilite",
  "nom",
  "nomUsage",
  "prenom",
  "sexe",
  "birthDate",
  "email",
  "grade",
  "echelon",
  "echelonDate",
  "gradeDate",
  "corpsDate",
  "position",
  "modaliteService",
  "quotite",
  "circonscriptionId",
  "schoolId",
  "searchName",
  "updatedAt",
] as const;
const USER_COLUMNS = [
  "id",
  "identifiant",
  "displayName",
  "role",
  "email",
  "passwordHash",
  "passwordIsDefault",
  "failedLoginCount",
  "agentId",
  "createdAt",
  "updatedAt",
] as const;
const EVENT_COLUMNS = ["id", "agentId", "grade", "echelon", "date", "nature"] as const;
const AFFECTATION_COLUMNS = [
  "id",
  "agentId",
  "schoolId",
  "poste",
  "label",
  "zone",
  "quotite",
  "startDate",
  "endDate",
] as const;

const DEFAULT_POSTE = "Adjoint";

function agentCells(v: AgentValues): SqlValue[] {
  return [
    v.civilite,
    v.nom,
    v.nomUsage,
    v.prenom,
    v.sexe,
    sqlCalendarDate(v.birthDate),
    v.email,
    v.grade,
    v.echelon,
    sqlCalendarDate(v.echelonDate),
    sqlCalendarDate(v.gradeDate),
    sqlCalendarDate(v.corpsDate),
    v.position,
    v.modaliteService,
    v.quotite,
    v.circonscriptionId,
    v.schoolId,
  ];
}

function newAgentValues(row: ImportRow): AgentValues {
  return {
    civilite: civiliteOf(row.sexe),
    nom: row.nom,
    nomUsage: row.nomUsage,
    prenom: row.prenom,
    sexe: row.sexe,
    birthDate: row.birthDate,
    email: row.email,
    grade: row.grade,
    echelon: row.echelon,
    echelonDate: row.echelonDate,
    gradeDate: row.gradeDate,
    corpsDate: row.corpsDate,
    position: row.position,
    modaliteService: modaliteOf(row.quotite),
    quotite: row.quotite,
    circonscriptionId: row.circonscriptionId,
    schoolId: row.school?.id ?? null,
  };
}

function affectationCells(
  agentId: string,
  row: ImportRow,
  school: SchoolRef,
  startDate: IsoDate,
): SqlValue[] {
  return [
    fastId(),
    agentId,
    school.id,
    row.poste ?? DEFAULT_POSTE,
    school.name,
    school.zone,
    row.quotite,
    sqlCalendarDate(startDate),
    null,
  ];
}

export interface ImportActor {
  id: string;
}

/**
 * Applies a file: creates the new agents with their account and history, updates the
 * changed ones, in transactions of `batchSize` agents, and writes one audit entry. A file
 * with errors is refused whole (summary.applied false, nothing written). Each batch is
 * atomic; if the process stops half-way, applying the same file again finishes the work.
 */
export async function applyImport(
  db: Db,
  actor: ImportActor,
  csvText: string,
  options: ImportOptions = {},
): Promise<ImportSummary> {
  if (lock.__avancementImportRunning) throw new ImportBusyError();
  lock.__avancementImportRunning = true;
  try {
    return await applyUnlocked(db, actor, csvText, options);
  } finally {
    lock.__avancementImportRunning = false;
  }
}

async function applyUnlocked(
  db: Db,
  actor: ImportActor,
  csvText: string,
  options: ImportOptions,
): Promise<ImportSummary> {
  const started = performance.now();
  const plan = await planImport(db, csvText, options);
  const parseMs = performance.now() - started - plan.matchMs;
  if (plan.parsed.errorCount > 0) {
    return summaryOf(plan, false, options, {
      parseMs,
      matchMs: 0,
      writeMs: 0,
      totalMs: performance.now() - started,
    });
  }
  const report = options.onProgress;

  const writeStarted = performance.now();
  const now = sqlInstant(new Date());
  const taken = new Set(
    (await db.user.findMany({ select: { identifiant: true } })).map((u) => u.identifiant),
  );
  const batchSize = Math.max(1, options.batchSize ?? 500);
  const createBatchSize = Math.max(1, options.batchSize ?? 5_000);
  const restoreCache = await largerSqliteCache(db);
  const writeTotal = plan.creates.length + plan.updates.length;
  let written = 0;
  let created = 0;
  let updated = 0;
  let deactivated = 0;

  // New accounts start with the keyed HMAC of their NUMEN (initialCredential, decision
  // 0010): no slow hash at import; the first login replaces it with a scrypt hash.
  const batches = chunks(plan.creates, createBatchSize);
  try {
    for (let b = 0; b < batches.length; b++) {
      const batch = batches[b]!;
      const hashes = batch.map((row) => initialCredential(row.numen));
      report?.({ phase: "ecriture", done: written, total: writeTotal });
      const agents: SqlValue[][] = [];
      const users: SqlValue[][] = [];
      const events: SqlValue[][] = [];
      const affectations: SqlValue[][] = [];
      batch.forEach((row, i) => {
        const agentId = fastId();
        const hash = hashes[i] as string;
        // AGENT_COLUMNS: the update columns with the keys, the corps after the e-mail, the département.
        const cells = agentCells(newAgentValues(row));
        agents.push([
          agentId,
          hash,
          row.numen.slice(-3),
          numenKey(row.numen),
          agentSearchName(row),
          ...cells.slice(0, 7),
          "PE",
          ...cells.slice(7),
          plan.departementId,
          now,
          now,
        ]);
        users.push([
          fastId(),
          makeIdentifiant(row.prenom, row.nom, taken),
          displayNameOf(row),
          "ENSEIGNANT",
          row.email,
          hash,
          true,
          0,
          agentId,
          now,
          now,
        ]);
        for (const s of importCareerSteps(row, options.deriveHistory))
          events.push([fastId(), agentId, s.grade, s.echelon, sqlCalendarDate(s.date), s.nature]);
        if (row.school && row.affectationDate)
          affectations.push(affectationCells(agentId, row, row.school, row.affectationDate));
      });
      await db.$transaction([
        insertRows(db, "Agent", AGENT_COLUMNS, agents),
        insertRows(db, "User", USER_COLUMNS, users),
        insertRows(db, "CareerEvent", EVENT_COLUMNS, events),
        ...(affectations.length
          ? [insertRows(db, "Affectation", AFFECTATION_COLUMNS, affectations)]
          : []),
      ]);
      created += batch.length;
      written += batch.length;
      report?.({ phase: "ecriture", done: written, total: writeTotal });
      await nextTick();
    }
    for (const batch of chunks(plan.updates, batchSize)) {
      await db.$transaction(await updateStatements(db, batch, taken, now));
      updated += batch.length;
      written += batch.length;
      report?.({ phase: "ecriture", done: written, total: writeTotal });
      await nextTick();
    }
    for (const batch of chunks(plan.rekeys, batchSize))
      await updateRowsById(db, "Agent", ["numenKey"], batch);
    if (plan.missing.length) {
      deactivated = await deactivateAgents(
        db,
        actor,
        plan.missing.map((m) => m.id),
        `Absent du fichier d'import du ${new Date().toLocaleDateString("fr-FR", { timeZone: "Europe/Paris" })}`,
      );
    }
  } catch (error) {
    await restoreCache();
    // The batches already written stay (each is whole); say so in the audit log.
    await writeAudit(db, {
      actorId: actor.id,
      action: "agents.import.failed",
      entity: "Agent",
      after: { ...auditFacts(plan, csvText, options), created, updated, error: String(error) },
    });
    throw error;
  }
  await restoreCache();
  const writeMs = performance.now() - writeStarted;
  await writeAudit(db, {
    actorId: actor.id,
    action: "agents.import",
    entity: "Agent",
    after: {
      ...auditFacts(plan, csvText, options),
      created,
      updated,
      unchanged: plan.unchanged,
      deactivated,
      durationMs: Math.round(performance.now() - started),
    },
  });
  report?.({ phase: "termine", done: 1, total: 1 });
  return summaryOf(plan, true, options, {
    parseMs,
    matchMs: plan.matchMs,
    writeMs,
    totalMs: performance.now() - started,
  });
}

/**
 * SQLite: a 256 MB page cache on the import's connection while it writes (SQLite's default
 * is 2 MB): the inserts into the random-keyed indexes (numenKey, identifiant, searchName) of a
 * large import otherwise read the same pages again and again from the file. Returns what
 * puts the previous size back. Nothing on PostgreSQL (its shared buffers are the server's).
 */
async function largerSqliteCache(db: Db): Promise<() => Promise<void>> {
  if (databaseOf(db).kind !== "sqlite") return async () => {};
  const rows = await db.$queryRawUnsafe<{ cache_size: number | bigint }[]>("PRAGMA cache_size");
  const previous = Number(rows[0]?.cache_size ?? -2000);
  await db.$executeRawUnsafe("PRAGMA cache_size = -262144");
  let restored = false;
  return async () => {
    if (restored) return;
    restored = true;
    await db.$executeRawUnsafe(`PRAGMA cache_size = ${Math.trunc(previous)}`);
  };
}

function auditFacts(plan: Plan, csvText: string, options: ImportOptions) {
  return {
    rows: plan.parsed.rows,
    sha256: createHash("sha256").update(csvText).digest("hex"),
    credential: "numen-hmac",
    history: options.deriveHistory ? "reconstituee" : "declaree",
  };
}

/**
 * The statements of one batch of updates: agents in one UPDATE; the history follows a new
 * current step (later events dropped, the step's date corrected or the step added); the
 * display name follows the name; a new school with a start date opens an affectation.
 */
async function updateStatements(
  db: Db,
  batch: readonly PlannedUpdate[],
  taken: Set<string>,
  now: string,
) {
  const moved = batch.filter(
    (u) =>
      u.before.grade !== u.after.grade ||
      u.before.echelon !== u.after.echelon ||
      u.before.echelonDate !== u.after.echelonDate,
  );
  const eventsOf = new Map<
    string,
    { id: string; grade: GradeCode; echelon: number; date: Date }[]
  >();
  if (moved.length) {
    const events = await db.careerEvent.findMany({
      where: { agentId: { in: moved.map((u) => u.agentId) } },
      select: { id: true, agentId: true, grade: true, echelon: true, date: true },
      orderBy: { date: "asc" },
    });
    for (const e of events) eventsOf.set(e.agentId, [...(eventsOf.get(e.agentId) ?? []), e]);
  }
  const reaffected = batch.filter(
    (u) => u.row.school && u.row.affectationDate && u.before.schoolId !== u.after.schoolId,
  );
  const openAffectations = reaffected.length
    ? await db.affectation.findMany({
        where: { agentId: { in: reaffected.map((u) => u.agentId) }, endDate: null },
        select: { id: true, agentId: true, startDate: true },
      })
    : [];

  const eventDeletes: string[] = [];
  const eventDates: SqlValue[][] = [];
  const eventInserts: SqlValue[][] = [];
  for (const u of moved) {
    const { grade, echelon, echelonDate } = u.after;
    const kept = (eventsOf.get(u.agentId) ?? []).filter((e) => {
      const later = compareIsoDates(iso(e.date), echelonDate) > 0;
      if (later) eventDeletes.push(e.id);
      return !later;
    });
    const same = kept.findLast((e) => e.grade === grade && e.echelon === echelon);
    if (same) {
      if (iso(same.date) !== echelonDate) eventDates.push([same.id, sqlCalendarDate(echelonDate)]);
    } else {
      const nature = u.before.grade !== grade ? NATURE.promotion : NATURE.echelon;
      eventInserts.push([
        fastId(),
        u.agentId,
        grade,
        echelon,
        sqlCalendarDate(echelonDate),
        nature,
      ]);
    }
  }
  const newUsers: SqlValue[][] = [];
  const renamed: SqlValue[][] = [];
  for (const u of batch) {
    const name = displayNameOf(u.after);
    if (!u.user)
      newUsers.push([
        fastId(),
        makeIdentifiant(u.after.prenom, u.after.nom, taken),
        name,
        "ENSEIGNANT",
        u.after.email,
        u.numenHash,
        true,
        0,
        u.agentId,
        now,
        now,
      ]);
    else if (u.user.displayName !== name && displayNameOf(u.before) !== displayNameOf(u.after))
      renamed.push([u.user.id, name, now]);
  }
  const closed: SqlValue[][] = [];
  const opened: SqlValue[][] = [];
  for (const u of reaffected) {
    const start = u.row.affectationDate as IsoDate;
    for (const a of openAffectations) {
      if (a.agentId === u.agentId && compareIsoDates(iso(a.startDate), start) < 0)
        closed.push([a.id, sqlCalendarDate(addDays(start, -1))]);
    }
    opened.push(affectationCells(u.agentId, u.row, u.row.school as SchoolRef, start));
  }

  return [
    updateRowsById(
      db,
      "Agent",
      AGENT_UPDATE_COLUMNS,
      batch.map((u) => [u.agentId, ...agentCells(u.after), agentSearchName(u.after), now]),
    ),
    ...(eventDeletes.length ? [deleteRowsById(db, "CareerEvent", eventDeletes)] : []),
    ...(eventDates.length ? [updateRowsById(db, "CareerEvent", ["date"], eventDates)] : []),
    ...(eventInserts.length ? [insertRows(db, "CareerEvent", EVENT_COLUMNS, eventInserts)] : []),
    ...(newUsers.length ? [insertRows(db, "User", USER_COLUMNS, newUsers)] : []),
    ...(renamed.length ? [updateRowsById(db, "User", ["displayName", "updatedAt"], renamed)] : []),
    ...(closed.length ? [updateRowsById(db, "Affectation", ["endDate"], closed)] : []),
    ...(opened.length ? [insertRows(db, "Affectation", AFFECTATION_COLUMNS, opened)] : []),
  ];
}
