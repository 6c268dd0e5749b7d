// The careers and "Fonctions et missions" of many agents at once, in the form the rules
// engine reads (ISO dates): one raw query per table and batch of agents, the ids travelling
// as ONE bound parameter (a JSON array the database unpacks: SQLite json_each, PostgreSQL
// jsonb_array_elements_text), so no batch meets the bind-parameter limit and no nested
// Prisma include builds its per-row objects and Dates. The career events come back as one
// text per agent (SQLite group_concat, PostgreSQL string_agg), in the order of the index on
// (agentId, date), as the include SNAPSHOT_INCLUDE of ./snapshot returns them
// (BENCHMARKS.md, issue 13).
import { databaseOf, type Db } from "@/lib/db";
import { toIsoDate } from "@/lib/format";
import type { FunctionKind } from "@/lib/rules/function-kinds";
import type { CareerStep, FunctionPeriod, GradeCode, IsoDate } from "@/lib/rules/types";
import type { SnapshotBase } from "./snapshot";

// How Prisma stores a calendar date on SQLite (lib/agents/import-sql sqlCalendarDate), and
// what the PostgreSQL query below prints: the day is the first ten characters.
const MIDNIGHT = /^\d{4}-\d{2}-\d{2}T00:00:00(?:\.000)?(?:Z|\+00:00)$/;

/** The UTC calendar day of a DateTime as a raw query returns it (Date, text or milliseconds). */
export function isoDayOf(value: unknown): IsoDate {
  if (typeof value === "string") {
    if (MIDNIGHT.test(value)) return value.slice(0, 10);
    return toIsoDate(/^-?\d+$/.test(value) ? new Date(Number(value)) : new Date(value));
  }
  if (value instanceof Date) return toIsoDate(value);
  return toIsoDate(new Date(Number(value)));
}

function toBoolean(value: unknown): boolean {
  return value === true || Number(value) === 1;
}

function dialect(db: Db): { postgres: boolean; prefix: string } {
  const { kind, schema } = databaseOf(db);
  if (schema !== undefined && !/^[A-Za-z][A-Za-z0-9_]*$/.test(schema))
    throw new Error(`Schéma refusé : ${schema}`);
  return { postgres: kind === "postgresql", prefix: schema ? `"${schema}".` : "" };
}

function idsIn(postgres: boolean): string {
  return postgres
    ? `IN (SELECT jsonb_array_elements_text($1::jsonb))`
    : `IN (SELECT value FROM json_each(?))`;
}

/** grade;echelon;date per career event, events joined by ",": no field contains either. */
function stepsAggregate(postgres: boolean, alias: string): string {
  const c = (column: string) => `${alias}."${column}"`;
  return postgres
    ? `string_agg(${c("grade")}::text || ';' || ${c("echelon")}::text || ';' || to_char(${c("date")}, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), ',' ORDER BY ${c("date")})`
    : `group_concat(${c("grade")} || ';' || ${c("echelon")} || ';' || ${c("date")}, ',')`;
}

function parseSteps(text: string | null): CareerStep[] {
  const steps: CareerStep[] = [];
  if (!text) return steps;
  for (const e of text.split(",")) {
    const a = e.indexOf(";");
    const b = e.indexOf(";", a + 1);
    steps.push({
      grade: e.slice(0, a) as GradeCode,
      echelon: Number(e.slice(a + 1, b)),
      date: isoDayOf(e.slice(b + 1)),
    });
  }
  return steps;
}

/** Career steps of the agents (ISO dates), by agent; agents without one are absent. */
export async function careerStepsOf(
  db: Db,
  agentIds: readonly string[],
): Promise<Map<string, CareerStep[]>> {
  const { postgres, prefix } = dialect(db);
  const rows = await db.$queryRawUnsafe<{ agentId: string; steps: string }[]>(
    `SELECT c."agentId", ${stepsAggregate(postgres, "c")} AS "steps" FROM ${prefix}"CareerEvent" c WHERE c."agentId" ${idsIn(postgres)} GROUP BY c."agentId"`,
    JSON.stringify(agentIds),
  );
  return new Map(rows.map((r) => [r.agentId, parseSteps(r.steps)]));
}

/**
 * What the rules read of the agents' own rows, with their career steps: one query (the
 * steps of each agent in a subquery on the index of CareerEvent), no Prisma row mapping.
 */
export async function snapshotBasesOf(
  db: Db,
  agentIds: readonly string[],
): Promise<{ base: SnapshotBase; steps: CareerStep[] }[]> {
  const { postgres, prefix } = dialect(db);
  const text = postgres ? "::text" : "";
  const rows = await db.$queryRawUnsafe<
    {
      id: string;
      sexe: string;
      birthDate: unknown;
      corpsDate: unknown;
      grade: string;
      echelon: number | bigint;
      echelonDate: unknown;
      gradeDate: unknown;
      position: string | null;
      steps: string | null;
    }[]
  >(
    `SELECT a."id", a."sexe"${text} AS "sexe", a."birthDate", a."corpsDate", a."grade"${text} AS "grade", a."echelon", a."echelonDate", a."gradeDate", a."position", (SELECT ${stepsAggregate(postgres, "c")} FROM ${prefix}"CareerEvent" c WHERE c."agentId" = a."id") AS "steps" FROM ${prefix}"Agent" a WHERE a."id" ${idsIn(postgres)}`,
    JSON.stringify(agentIds),
  );
  return rows.map((r) => ({
    base: {
      id: r.id,
      sexe: r.sexe as SnapshotBase["sexe"],
      birthDate: isoDayOf(r.birthDate),
      corpsDate: isoDayOf(r.corpsDate),
      grade: r.grade as GradeCode,
      echelon: Number(r.echelon),
      echelonDate: isoDayOf(r.echelonDate),
      gradeDate: isoDayOf(r.gradeDate),
      position: r.position ?? undefined,
    },
    steps: parseSteps(r.steps),
  }));
}

/** "Fonctions et missions" of the agents, as the rules see them, by agent. */
export async function functionPeriodsOf(
  db: Db,
  agentIds: readonly string[],
): Promise<Map<string, FunctionPeriod[]>> {
  const { postgres, prefix } = dialect(db);
  const rows = await db.$queryRawUnsafe<
    {
      agentId: string;
      kind: string;
      startDate: unknown;
      endDate: unknown;
      status: string;
      faisantFonction: unknown;
      stagiaire: unknown;
      educationPrioritaireShare: number | bigint | null;
    }[]
  >(
    `SELECT "agentId", "kind", "startDate", "endDate", "status"${postgres ? "::text" : ""} AS "status", "faisantFonction", "stagiaire", "educationPrioritaireShare" FROM ${prefix}"FunctionMission" WHERE "agentId" ${idsIn(postgres)}`,
    JSON.stringify(agentIds),
  );
  const byAgent = new Map<string, FunctionPeriod[]>();
  for (const r of rows) {
    let list = byAgent.get(r.agentId);
    if (!list) byAgent.set(r.agentId, (list = []));
    // As toFunctionPeriod of ./snapshot.
    list.push({
      kind: r.kind as FunctionKind,
      startDate: isoDayOf(r.startDate),
      endDate: r.endDate === null ? null : isoDayOf(r.endDate),
      status: r.status as FunctionPeriod["status"],
      faisantFonction: toBoolean(r.faisantFonction),
      stagiaire: toBoolean(r.stagiaire),
      educationPrioritaireShare:
        r.educationPrioritaireShare === null ? null : Number(r.educationPrioritaireShare),
    });
  }
  return byAgent;
}
