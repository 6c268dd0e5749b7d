// A conservative pre-filter of the agents a campaign must evaluate, from what the database
// holds of their current situation (grade, échelon, date of the échelon), so that a
// country's table does not load every career of the grade (BENCHMARKS.md, issue 13). It may
// keep agents evaluate() refuses; it must never drop one evaluate() would find promouvable
// (checked against the full evaluation in candidate-filter.test.ts).
import { addDays, addYears } from "./dates";
import type { AgentSnapshot, EvaluationContext, GradeCode, IsoDate, RuleSet } from "./types";

/** What the database is asked: one of the three branches, on the agent's current row. */
export interface CandidateFilter {
  /**
   * Agents whose current échelon was reached after this date are always kept: the
   * situation at the observation date then comes from their history, not from the row.
   */
  observationDate: IsoDate;
  grade: GradeCode;
  /** Kept: in `grade` above this échelon… */
  minEchelon: number;
  /** …or at it, reached on or before this date (null: whatever the date). */
  minEchelonReachedBy: IsoDate | null;
}

// Margin on the seniority date: addYears clamps 29 February and the engine counts whole
// years its own way; a few days more only keep a few more agents.
const SLACK_DAYS = 3;

export function candidateFilter<P>(
  ruleSet: RuleSet<P>,
  ctx: EvaluationContext<P>,
): CandidateFilter {
  const floor = ruleSet.candidateFloor(ctx.parameters);
  return {
    observationDate: ctx.observationDate,
    grade: ruleSet.fromGrade,
    minEchelon: floor.minEchelon,
    minEchelonReachedBy:
      floor.yearsInMinEchelon > 0
        ? addDays(addYears(ctx.observationDate, -floor.yearsInMinEchelon), SLACK_DAYS)
        : null,
  };
}

/** Whether the pre-filter keeps the agent (the same test as the database's, in memory). */
export function passesCandidateFilter(
  agent: Pick<AgentSnapshot, "grade" | "echelon" | "echelonDate">,
  filter: CandidateFilter,
): boolean {
  if (agent.echelonDate > filter.observationDate) return true;
  if (agent.grade !== filter.grade) return false;
  if (agent.echelon > filter.minEchelon) return true;
  if (agent.echelon < filter.minEchelon) return false;
  return filter.minEchelonReachedBy === null || agent.echelonDate <= filter.minEchelonReachedBy;
}
