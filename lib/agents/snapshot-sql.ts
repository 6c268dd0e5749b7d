// The careers and "Fonctions et missions" of many agents at once, for the rules engine: one
// raw query per table and batch of agents, the ids travelling as ONE bound parameter (a JSON
// array the database unpacks: SQLite json_each, PostgreSQL jsonb_array_elements_text), so
// no batch ever meets the bind-parameter limit and no nested Prisma include builds its
// per-row objects (BENCHMARKS.md, issue 13). Same rows, in the same order, as the include
// SNAPSHOT_INCLUDE of ./snapshot.
import { databaseOf, type Db } from "@/lib/db";
import type { AgentRow } from "./snapshot";

export type CareerEventRow = AgentRow["careerEvents"][number];
export type FunctionRow = Required<AgentRow["functions"][number]>;

/** A DateTime as the raw query returns it: a Date, or SQLite's stored text / milliseconds. */
function toDate(value: unknown): Date {
  if (value instanceof Date) return value;
  if (typeof value === "number" || typeof value === "bigint") return new Date(Number(value));
  return new Date(String(value));
}

function toBoolean(value: unknown): boolean {
  return value === true || Number(value) === 1;
}

function tables(db: Db): { postgres: boolean; prefix: string } {
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

/** Career events of the agents, grouped by agent (agents without one are absent). */
export async function careerEventsOf(
  db: Db,
  agentIds: readonly string[],
): Promise<Map<string, CareerEventRow[]>> {
  const { postgres, prefix } = tables(db);
  const rows = await db.$queryRawUnsafe<
    { agentId: string; grade: string; echelon: number | bigint; date: unknown }[]
  >(
    `SELECT "agentId", "grade"${postgres ? "::text" : ""} AS "grade", "echelon", "date" FROM ${prefix}"CareerEvent" WHERE "agentId" ${idsIn(postgres)}`,
    JSON.stringify(agentIds),
  );
  const byAgent = new Map<string, CareerEventRow[]>();
  for (const r of rows) {
    let list = byAgent.get(r.agentId);
    if (!list) byAgent.set(r.agentId, (list = []));
    list.push({
      grade: r.grade as CareerEventRow["grade"],
      echelon: Number(r.echelon),
      date: toDate(r.date),
    });
  }
  return byAgent;
}

/** "Fonctions et missions" of the agents, grouped by agent. */
export async function functionsOf(
  db: Db,
  agentIds: readonly string[],
): Promise<Map<string, FunctionRow[]>> {
  const { postgres, prefix } = tables(db);
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
  const byAgent = new Map<string, FunctionRow[]>();
  for (const r of rows) {
    let list = byAgent.get(r.agentId);
    if (!list) byAgent.set(r.agentId, (list = []));
    list.push({
      kind: r.kind,
      startDate: toDate(r.startDate),
      endDate: r.endDate === null ? null : toDate(r.endDate),
      status: r.status as FunctionRow["status"],
      faisantFonction: toBoolean(r.faisantFonction),
      stagiaire: toBoolean(r.stagiaire),
      educationPrioritaireShare:
        r.educationPrioritaireShare === null ? null : Number(r.educationPrioritaireShare),
    });
  }
  return byAgent;
}
