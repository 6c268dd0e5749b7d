import type { AgentSnapshot, FunctionPeriod } from "@/lib/rules/types";
import type { FunctionKind } from "@/lib/rules/function-kinds";
import { toIsoDate } from "@/lib/format";

// What the rules engine sees of an agent stored in the database.
export interface AgentRow {
  id: string;
  sexe: "F" | "M";
  birthDate: Date;
  corpsDate: Date;
  grade: "CN" | "HC" | "CE";
  echelon: number;
  echelonDate: Date;
  gradeDate: Date;
  /** Position administrative; absent in rows loaded without it ("Activité"). */
  position?: string;
  careerEvents: { grade: "CN" | "HC" | "CE"; echelon: number; date: Date }[];
  functions: {
    kind: string;
    startDate: Date;
    endDate: Date | null;
    status: "A_VERIFIER" | "VALIDEE" | "REFUSEE";
    faisantFonction: boolean;
    stagiaire: boolean;
    educationPrioritaireShare?: number | null;
  }[];
}

/**
 * The include that loads what toAgentSnapshot needs. No orderBy on the relations: Prisma
 * cannot split an ordered relation load into chunks, so loading more agents than the
 * database's bind-parameter limit (999 on SQLite) at once would fail with P2029
 * (BENCHMARKS.md); toAgentSnapshot sorts the history itself.
 */
export const SNAPSHOT_INCLUDE = {
  careerEvents: { select: { grade: true, echelon: true, date: true } },
  functions: {
    select: {
      kind: true,
      startDate: true,
      endDate: true,
      status: true,
      faisantFonction: true,
      stagiaire: true,
      educationPrioritaireShare: true,
    },
  },
} as const;

export function toFunctionPeriod(f: AgentRow["functions"][number]): FunctionPeriod {
  return {
    kind: f.kind as FunctionKind,
    startDate: toIsoDate(f.startDate),
    endDate: f.endDate ? toIsoDate(f.endDate) : null,
    status: f.status,
    faisantFonction: f.faisantFonction,
    stagiaire: f.stagiaire,
    // The "at least 50 % in éducation prioritaire" condition needs it (domain.md).
    educationPrioritaireShare: f.educationPrioritaireShare ?? null,
  };
}

export function toAgentSnapshot(agent: AgentRow): AgentSnapshot {
  const steps = agent.careerEvents
    .map((e) => ({ grade: e.grade, echelon: e.echelon, date: toIsoDate(e.date) }))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)); // stable: same-day steps keep their order
  const current = {
    grade: agent.grade,
    echelon: agent.echelon,
    date: toIsoDate(agent.echelonDate),
  };
  const last = steps[steps.length - 1];
  // The history must end with the current step, whatever the import gave.
  if (!last || last.grade !== current.grade || last.echelon !== current.echelon)
    steps.push(current);
  return {
    id: agent.id,
    sexe: agent.sexe,
    birthDate: toIsoDate(agent.birthDate),
    corpsDate: toIsoDate(agent.corpsDate),
    grade: agent.grade,
    echelon: agent.echelon,
    echelonDate: toIsoDate(agent.echelonDate),
    gradeDate: toIsoDate(agent.gradeDate),
    careerSteps: steps,
    functions: agent.functions.map(toFunctionPeriod),
    position: agent.position ?? "Activité",
  };
}
