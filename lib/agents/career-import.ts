// Import of career histories (CSV): the steps of each agent's career — grade, échelon, date
// d'effet, one line per step — so that agents created by the agent import (which only
// knows the entry in the corps and the current step) have the dates their barème needs
// (lib/rules/dates reads a missing step conservatively).
//
// Format (README, "Import des carrières (CSV)"): same decoding as the agent import
// (lib/csv.ts: UTF-8 or Windows-1252, ";" or ","), a header line, then one line per step:
// identifiant or numen (one of the two), grade (CN, HC, CE), echelon, date_effet
// (JJ/MM/AAAA or AAAA-MM-JJ), nature (optional). Dry run first: errors by line and column.
//
// Applying: for each agent of the file, the file's steps BECOME the agent's history (the
// steps not in the file are removed), and the agent's current grade, échelon and dates
// follow its last step. Applying the same file twice changes nothing the second time:
// an agent whose history already has exactly the file's steps is left alone.
import { writeAudit } from "@/lib/audit";
import { normalizeNumen, NUMEN_PATTERN } from "@/lib/auth/password";
import { readCsv, toCsv } from "@/lib/csv";
import type { Db } from "@/lib/db";
import type { GradeCode, IsoDate } from "@/lib/rules/types";
import { NATURE } from "@/lib/rules/career-grid";
import { ECHELON_COUNT, GRADE_RANK, isGradeCode } from "@/lib/rules/grades";
import { normalizeHeader, parseImportDate, type ImportError } from "./import-csv";
import type { ImportProgress } from "./import-labels";
import { findAgentIdByNumen, numenKey } from "./numen-key";

export const CAREER_COLUMNS = [
  {
    name: "identifiant",
    required: false,
    description: "Identifiant du compte de l'agent (ou la colonne numen).",
    example: "ltartempion",
  },
  {
    name: "numen",
    required: false,
    description: "NUMEN de l'agent (ou la colonne identifiant).",
    example: "31E9012345KLM",
  },
  {
    name: "grade",
    required: true,
    description: "CN (classe normale), HC (hors classe) ou CE (classe exceptionnelle).",
    example: "CN",
  },
  {
    name: "echelon",
    required: true,
    description: "Échelon atteint : 1 à 11 en CN, 1 à 7 en HC (7 : échelon spécial), 1 à 5 en CE.",
    example: "7",
  },
  {
    name: "date_effet",
    required: true,
    description: "Date à laquelle l'échelon a été atteint (JJ/MM/AAAA).",
    example: "01/09/2016",
  },
  {
    name: "nature",
    required: false,
    description:
      "Nature de l'étape (par défaut : titularisation, avancement d'échelon ou promotion de grade).",
    example: "Avancement d'échelon",
  },
] as const;
type CareerColumn = (typeof CAREER_COLUMNS)[number]["name"];
const COLUMN_NAMES = new Set<string>(CAREER_COLUMNS.map((c) => c.name));

/** Header and two example steps of one agent, for the "Télécharger un modèle" link. */
export function careerTemplateCsv(): string {
  const rows = [
    ["ltartempion", "", "CN", "1", "01/09/2010", "Titularisation"],
    ["ltartempion", "", "CN", "7", "01/09/2016", "Avancement d'échelon"],
    ["", "31E9012345KLM", "CN", "8", "01/03/2019", ""],
  ];
  return `${toCsv(
    CAREER_COLUMNS.map((c) => c.name),
    rows,
  )}\r\n`;
}

export interface CareerStepRow {
  line: number;
  agentId: string;
  grade: GradeCode;
  echelon: number;
  date: IsoDate;
  nature: string | null;
}

export interface CareerImportSummary {
  rows: number;
  agents: number;
  /** Agents whose history the file changes (or changed). */
  toUpdate: number;
  unchanged: number;
  /** Steps written (or to write) for those agents. */
  steps: number;
  errors: ImportError[];
  errorCount: number;
  applied: boolean;
}

export interface CareerImportOptions {
  now?: Date;
  maxErrors?: number;
  onProgress?: (progress: ImportProgress) => void;
  /** Agents per transaction; default 300. */
  batchSize?: number;
  /** The départements whose agents the file may name (the gestionnaire's); all when left out. */
  departementIds?: readonly string[];
}

const iso = (d: Date): IsoDate => d.toISOString().slice(0, 10);
const at = (date: IsoDate) => new Date(`${date}T00:00:00.000Z`);

interface Parsed {
  rows: number;
  /** Steps by agent, in date order. */
  byAgent: Map<string, CareerStepRow[]>;
  errors: ImportError[];
  errorCount: number;
}

async function parseCareer(db: Db, csvText: string, options: CareerImportOptions): Promise<Parsed> {
  const max = options.maxErrors ?? 1_000;
  const errors: ImportError[] = [];
  let errorCount = 0;
  const fail = (line: number, column: CareerColumn | null, message: string) => {
    errorCount++;
    if (errors.length < max) errors.push({ line, column, message });
  };
  const today = iso(options.now ?? new Date());
  const { header, records } = readCsv(csvText);
  const names = header.map(normalizeHeader);
  const out: Parsed = { rows: records.length, byAgent: new Map(), errors, errorCount: 0 };
  if (names.length === 0 || names.every((n) => !n)) {
    fail(1, null, "le fichier est vide : la première ligne doit donner les noms des colonnes.");
    return { ...out, errorCount };
  }
  const seen = new Set<string>();
  for (const n of names) {
    if (!n) fail(1, null, "une colonne n'a pas de nom.");
    else if (!COLUMN_NAMES.has(n))
      fail(
        1,
        null,
        `colonne inconnue « ${n} » (colonnes possibles : ${[...COLUMN_NAMES].join(", ")}).`,
      );
    else if (seen.has(n)) fail(1, null, `colonne « ${n} » en double.`);
    seen.add(n);
  }
  const missing = CAREER_COLUMNS.filter((c) => c.required && !seen.has(c.name)).map((c) => c.name);
  if (missing.length)
    fail(1, null, `colonne(s) obligatoire(s) absente(s) : ${missing.join(", ")}.`);
  if (!seen.has("identifiant") && !seen.has("numen"))
    fail(
      1,
      null,
      "colonne identifiant ou numen obligatoire : elle dit de quel agent est chaque ligne.",
    );
  if (errorCount > 0) return { ...out, errorCount };
  const col = (name: CareerColumn) => names.indexOf(name);

  // The agents named by the file, in two queries: identifiants, then NUMEN keys.
  const cellOf = (cells: string[], name: CareerColumn) =>
    col(name) >= 0 ? (cells[col(name)] ?? "").trim() : "";
  const identifiants = new Set<string>();
  const keys = new Set<string>();
  for (const r of records) {
    const id = cellOf(r.cells, "identifiant").toLowerCase();
    if (id) identifiants.add(id);
    const numen = normalizeNumen(cellOf(r.cells, "numen"));
    if (NUMEN_PATTERN.test(numen)) keys.add(numenKey(numen));
  }
  const byIdentifiant = new Map<string, string>();
  for (const u of await db.user.findMany({
    where: {
      identifiant: { in: [...identifiants] },
      agentId: { not: null },
      ...(options.departementIds
        ? { agent: { departementId: { in: [...options.departementIds] } } }
        : {}),
    },
    select: { identifiant: true, agentId: true },
  })) {
    byIdentifiant.set(u.identifiant, u.agentId!);
  }
  const byKey = new Map<string, string>();
  // Only the agents of the gestionnaire's départements: another's NUMEN reads as unknown.
  const scope = options.departementIds
    ? { departementId: { in: [...options.departementIds] } }
    : {};
  for (const a of await db.agent.findMany({
    where: { numenKey: { in: [...keys] }, ...scope },
    select: { id: true, numenKey: true },
  }))
    byKey.set(a.numenKey!, a.id);
  const byNumen = new Map<string, string | null>();

  options.onProgress?.({ phase: "rapprochement", done: 0, total: records.length });
  let done = 0;
  for (const r of records) {
    const line = r.line;
    if (++done % 500 === 0)
      options.onProgress?.({ phase: "rapprochement", done, total: records.length });
    if (r.problem) {
      fail(line, null, "ligne illisible (guillemets mal fermés ?).");
      continue;
    }
    if (r.cells.length !== names.length) {
      fail(
        line,
        null,
        `${r.cells.length} valeur(s) au lieu de ${names.length} : vérifiez le séparateur et les guillemets.`,
      );
      continue;
    }
    if (r.cells.some((c) => c.includes("\uFFFD"))) {
      fail(line, null, "caractère illisible : enregistrez le fichier en UTF-8.");
      continue;
    }
    // Who.
    const identifiant = cellOf(r.cells, "identifiant").toLowerCase();
    const rawNumen = cellOf(r.cells, "numen");
    let agentId: string | null = null;
    let bad = false;
    if (!identifiant && !rawNumen) {
      fail(
        line,
        seen.has("identifiant") ? "identifiant" : "numen",
        "indiquez l'identifiant ou le NUMEN de l'agent.",
      );
      bad = true;
    }
    if (identifiant) {
      agentId = byIdentifiant.get(identifiant) ?? null;
      if (!agentId) {
        fail(line, "identifiant", `aucun agent n'a l'identifiant « ${identifiant} ».`);
        bad = true;
      }
    }
    if (rawNumen && !bad) {
      const numen = normalizeNumen(rawNumen);
      if (!NUMEN_PATTERN.test(numen)) {
        fail(
          line,
          "numen",
          `NUMEN invalide « ${rawNumen} » : 13 caractères attendus (ex. 31E1234567ABC).`,
        );
        bad = true;
      } else {
        let found = byKey.get(numenKey(numen)) ?? null;
        if (!found) {
          // An agent whose key is not set yet: found by its hash (once per NUMEN of the file),
          // which sets the key for next time.
          if (!byNumen.has(numen)) byNumen.set(numen, await findAgentIdByNumen(db, numen, scope));
          found = byNumen.get(numen) ?? null;
        }
        if (!found) {
          fail(line, "numen", "aucun agent n'a ce NUMEN.");
          bad = true;
        } else if (agentId && agentId !== found) {
          fail(line, "numen", `ce NUMEN n'est pas celui de l'agent « ${identifiant} ».`);
          bad = true;
        } else agentId = found;
      }
    }
    // What.
    const gradeRaw = cellOf(r.cells, "grade").toUpperCase();
    const grade = isGradeCode(gradeRaw) ? gradeRaw : null;
    if (!gradeRaw) fail(line, "grade", "valeur obligatoire.");
    else if (!grade)
      fail(
        line,
        "grade",
        `grade inconnu « ${cellOf(r.cells, "grade")} » (attendu : CN, HC ou CE).`,
      );
    const echelonRaw = cellOf(r.cells, "echelon");
    const echelon = /^\d{1,2}$/.test(echelonRaw) ? Number(echelonRaw) : NaN;
    let echelonOk = false;
    if (!echelonRaw) fail(line, "echelon", "valeur obligatoire.");
    else if (!Number.isInteger(echelon) || echelon < 1)
      fail(line, "echelon", `échelon invalide « ${echelonRaw} » : un nombre entier attendu.`);
    else if (grade && echelon > ECHELON_COUNT[grade])
      fail(
        line,
        "echelon",
        `le grade ${grade} a ${ECHELON_COUNT[grade]} échelons, pas ${echelon}.`,
      );
    else echelonOk = true;
    const dateRaw = cellOf(r.cells, "date_effet");
    const date = dateRaw ? parseImportDate(dateRaw) : null;
    let dateOk = false;
    if (!dateRaw) fail(line, "date_effet", "valeur obligatoire.");
    else if (!date)
      fail(line, "date_effet", `date invalide « ${dateRaw} » (attendu : JJ/MM/AAAA).`);
    else if (date > today)
      fail(
        line,
        "date_effet",
        "date dans le futur : seules les étapes déjà atteintes sont importées.",
      );
    else if (date < "1950-01-01") fail(line, "date_effet", "date antérieure à 1950.");
    else dateOk = true;
    const nature = cellOf(r.cells, "nature") || null;
    if (nature && (nature.length > 100 || /[\u0000-\u001f\u007f]/.test(nature))) {
      fail(line, "nature", "100 caractères au maximum, sans caractère de contrôle.");
      continue;
    }
    if (bad || !agentId || !grade || !echelonOk || !dateOk || !date) continue;
    const steps = out.byAgent.get(agentId) ?? [];
    const same = steps.find((s) => s.date === date);
    if (same) {
      fail(line, "date_effet", `l'agent a déjà une étape à cette date (ligne ${same.line}).`);
      continue;
    }
    steps.push({ line, agentId, grade, echelon, date, nature });
    out.byAgent.set(agentId, steps);
  }
  // The order of each agent's steps: grades never go back, échelons only go up within a grade.
  for (const steps of out.byAgent.values()) {
    steps.sort((a, b) => (a.date < b.date ? -1 : 1));
    for (let i = 1; i < steps.length; i++) {
      const p = steps[i - 1]!;
      const s = steps[i]!;
      if (GRADE_RANK[s.grade] < GRADE_RANK[p.grade])
        fail(
          s.line,
          "grade",
          `retour de ${p.grade} en ${s.grade} après l'étape de la ligne ${p.line} : vérifiez les dates.`,
        );
      else if (s.grade === p.grade && s.echelon <= p.echelon)
        fail(
          s.line,
          "echelon",
          `échelon ${s.echelon} après le ${p.echelon}e (ligne ${p.line}) dans le même grade : vérifiez les dates.`,
        );
    }
  }
  errors.sort((a, b) => a.line - b.line);
  options.onProgress?.({ phase: "rapprochement", done: records.length, total: records.length });
  return { ...out, errorCount };
}

function natureOf(steps: readonly CareerStepRow[], i: number): string {
  const s = steps[i]!;
  if (s.nature) return s.nature;
  if (i === 0) return s.grade === "CN" ? NATURE.entry : NATURE.promotion;
  return steps[i - 1]!.grade !== s.grade ? NATURE.promotion : NATURE.echelon;
}

interface Planned {
  parsed: Parsed;
  changed: string[];
  unchanged: number;
  steps: number;
}

async function plan(db: Db, csvText: string, options: CareerImportOptions): Promise<Planned> {
  const parsed = await parseCareer(db, csvText, options);
  if (parsed.errorCount > 0) return { parsed, changed: [], unchanged: 0, steps: 0 };
  const ids = [...parsed.byAgent.keys()];
  const current = new Map<string, string>();
  for (let i = 0; i < ids.length; i += 5_000) {
    const events = await db.careerEvent.findMany({
      where: { agentId: { in: ids.slice(i, i + 5_000) } },
      select: { agentId: true, grade: true, echelon: true, date: true },
      orderBy: [{ date: "asc" }],
    });
    for (const e of events)
      current.set(
        e.agentId,
        `${current.get(e.agentId) ?? ""}|${e.grade}${e.echelon}@${iso(e.date)}`,
      );
  }
  const changed: string[] = [];
  let steps = 0;
  for (const [agentId, list] of parsed.byAgent) {
    const wanted = list.map((s) => `|${s.grade}${s.echelon}@${s.date}`).join("");
    if ((current.get(agentId) ?? "") === wanted) continue;
    changed.push(agentId);
    steps += list.length;
  }
  return { parsed, changed, unchanged: parsed.byAgent.size - changed.length, steps };
}

function summaryOf(p: Planned, applied: boolean): CareerImportSummary {
  return {
    rows: p.parsed.rows,
    agents: p.parsed.byAgent.size,
    toUpdate: p.changed.length,
    unchanged: p.unchanged,
    steps: p.steps,
    errors: p.parsed.errors,
    errorCount: p.parsed.errorCount,
    applied,
  };
}

/** Checks a file without writing anything. */
export async function dryRunCareer(
  db: Db,
  csvText: string,
  options: CareerImportOptions = {},
): Promise<CareerImportSummary> {
  const p = await plan(db, csvText, options);
  options.onProgress?.({ phase: "termine", done: 1, total: 1 });
  return summaryOf(p, false);
}

/**
 * Applies a file without error: each changed agent's history is replaced by the file's steps
 * and its current grade, échelon, date d'échelon and date de grade follow the last step, in
 * transactions of `batchSize` agents; one audit entry per agent and one for the file.
 */
export async function applyCareer(
  db: Db,
  actor: { id: string },
  csvText: string,
  options: CareerImportOptions = {},
): Promise<CareerImportSummary> {
  const p = await plan(db, csvText, options);
  if (p.parsed.errorCount > 0) return summaryOf(p, false);
  const batchSize = Math.max(1, options.batchSize ?? 300);
  const total = p.changed.length;
  options.onProgress?.({ phase: "ecriture", done: 0, total });
  for (let i = 0; i < total; i += batchSize) {
    const batch = p.changed.slice(i, i + batchSize);
    await db.$transaction(async (tx) => {
      const before = new Map(
        (
          await tx.agent.findMany({
            where: { id: { in: batch } },
            select: { id: true, grade: true, echelon: true, echelonDate: true, gradeDate: true },
          })
        ).map((a) => [a.id, a]),
      );
      await tx.careerEvent.deleteMany({ where: { agentId: { in: batch } } });
      await tx.careerEvent.createMany({
        data: batch.flatMap((agentId) => {
          const steps = p.parsed.byAgent.get(agentId)!;
          return steps.map((s, k) => ({
            agentId,
            grade: s.grade,
            echelon: s.echelon,
            date: at(s.date),
            nature: natureOf(steps, k),
          }));
        }),
      });
      for (const agentId of batch) {
        const steps = p.parsed.byAgent.get(agentId)!;
        const last = steps[steps.length - 1]!;
        let first = steps.length - 1;
        while (first > 0 && steps[first - 1]!.grade === last.grade) first--;
        const old = before.get(agentId)!;
        // The date de grade: the first step of the last grade in the file, unless the file
        // starts in that grade (an older entry may be known from the agent import).
        const gradeDate =
          first > 0 || old.grade !== last.grade ? at(steps[first]!.date) : old.gradeDate;
        const data = {
          grade: last.grade,
          echelon: last.echelon,
          echelonDate: at(last.date),
          gradeDate,
        };
        if (
          old.grade !== data.grade ||
          old.echelon !== data.echelon ||
          old.echelonDate.getTime() !== data.echelonDate.getTime() ||
          old.gradeDate.getTime() !== gradeDate.getTime()
        ) {
          await tx.agent.update({ where: { id: agentId }, data });
        }
        await writeAudit(tx, {
          actorId: actor.id,
          action: "agents.career.import",
          entity: "Agent",
          entityId: agentId,
          before: { grade: old.grade, echelon: old.echelon, echelonDate: iso(old.echelonDate) },
          after: {
            grade: data.grade,
            echelon: data.echelon,
            echelonDate: last.date,
            steps: steps.length,
          },
        });
      }
    });
    options.onProgress?.({ phase: "ecriture", done: Math.min(total, i + batchSize), total });
  }
  await writeAudit(db, {
    actorId: actor.id,
    action: "agents.career.import.file",
    entity: "Agent",
    after: {
      rows: p.parsed.rows,
      agents: p.parsed.byAgent.size,
      changed: total,
      unchanged: p.unchanged,
    },
  });
  options.onProgress?.({ phase: "termine", done: 1, total: 1 });
  return summaryOf(p, true);
}
