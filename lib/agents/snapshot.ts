import type { AgentSnapshot, CareerStep, FunctionPeriod } from "@/lib/rules/types";
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
  return snapshotOf(
    {
      id: agent.id,
      sexe: agent.sexe,
      birthDate: toIsoDate(agent.birthDate),
      corpsDate: toIsoDate(agent.corpsDate),
      grade: agent.grade,
      echelon: agent.echelon,
      echelonDate: toIsoDate(agent.echelonDate),
      gradeDate: toIsoDate(agent.gradeDate),
      position: agent.position,
    },
    agent.careerEvents.map((e) => ({
      grade: e.grade,
      echelon: e.echelon,
      date: toIsoDate(e.date),
    })),
    agent.functions.map(toFunctionPeriod),
  );
}

/** An agent's own fields as the rules read them (ISO dates); position absent: "Activité". */
export type SnapshotBase = Omit<AgentSnapshot, "careerSteps" | "functions" | "position"> & {
  position?: string;
};

/**
 * The snapshot of an agent whose history and functions are already in the rules' form
 * (lib/agents/snapshot-sql loads them so); `steps` in the order the database returned them.
 */
export function snapshotOf(
  agent: SnapshotBase,
  steps: CareerStep[],
  functions: FunctionPeriod[],
): AgentSnapshot {
  steps.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)); // stable: same-day steps keep their order
  const last = steps[steps.length - 1];
  // The history must end with the current step, whatever the import gave.
  if (!last || last.grade !== agent.grade || last.echelon !== agent.echelon)
    steps.push({ grade: agent.grade, echelon: agent.echelon, date: agent.echelonDate });
  return {
    id: agent.id,
    sexe: agent.sexe,
    birthDate: agent.birthDate,
    corpsDate: agent.corpsDate,
    grade: agent.grade,
    echelon: agent.echelon,
    echelonDate: agent.echelonDate,
    gradeDate: agent.gradeDate,
    careerSteps: steps,
    functions,
    position: agent.position ?? "Activité",
  };
}
