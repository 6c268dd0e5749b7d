// Rule set "ES jusqu'en 2023": échelon spécial of the classe exceptionnelle, kept to replay
// older campaigns (domain.md). The barème is the appréciation alone, with the CE's points: the
// texts give no seniority points for it; seniority only breaks ties.
import { z } from "zod";
import {
  echelonCondition,
  situationAt,
  situationInGrade,
  toDayNumber,
  refusal,
} from "./dates";
import { CE_APPRECIATION_LEVELS, CE_DEFAULT_CAPS, CE_DEFAULT_POINTS, CE_LEVEL_CODES, CE_OPINION_LEVELS } from "./ce-2017-2023";
import {
  appreciationScorer,
  contingentSchema,
  desc,
  levelCapsSchema,
  MISSING_APPRECIATION,
  observationSchema,
  rankSingleTable,
  tieBreaksSchema,
  tieKeyValues,
} from "./ranking";
import type { AgentSnapshot, Eligibility, EvaluationContext, RankingCandidate, RuleSet } from "./types";

export const esJusqu2023ParametersSchema = z.object({
  observation: observationSchema,
  /** Classe exceptionnelle échelon and whole years in it (4th + 3 years). */
  promouvabilite: z.object({
    echelon: z.number().int().min(1),
    yearsInEchelon: z.number().int().min(0),
  }),
  appreciationPoints: z.record(z.enum(CE_LEVEL_CODES), z.number()),
  appreciationCaps: levelCapsSchema,
  /** Base CORPS: corpsSize is the number of agents of the classe exceptionnelle. */
  contingent: contingentSchema,
  tieBreaks: tieBreaksSchema,
  balanceBySex: z.boolean(),
});
export type EsJusqu2023Parameters = z.infer<typeof esJusqu2023ParametersSchema>;

function defaultParameters(_year: number): EsJusqu2023Parameters {
  return {
    observation: { month: 8, day: 31 },
    promouvabilite: { echelon: 4, yearsInEchelon: 3 },
    appreciationPoints: { ...CE_DEFAULT_POINTS },
    appreciationCaps: { ...CE_DEFAULT_CAPS },
    contingent: { ratePercent: 20, base: "CORPS", override: null },
    tieBreaks: desc("BAREME", "ANCIENNETE_ECHELON", "ANCIENNETE_GRADE", "AGE"),
    balanceBySex: false,
  };
}

const PROMOTION = "à l'échelon spécial";

function evaluate(agent: AgentSnapshot, ctx: EvaluationContext<EsJusqu2023Parameters>): Eligibility {
  const p = ctx.parameters;
  const obs = ctx.observationDate;
  const start = situationInGrade(agent, obs, "CE", PROMOTION);
  if (!start.ok) return start.refusal;
  const { s, facts } = start;
  // Above the 4th échelon is the échelon spécial itself (the 5th échelon since 2023).
  const condition = echelonCondition(s, obs, { ...p.promouvabilite, higherQualifies: false }, PROMOTION);
  if (!condition.ok) {
    return refusal(condition.reasons, condition.requiredOn ? { ...facts, promouvableLe: condition.requiredOn } : facts);
  }
  return {
    promouvable: true,
    viviers: [],
    candidatureRequired: false,
    reasons: [...condition.reasons, "Vous n'avez pas à candidater : tous les agents promouvables sont examinés."],
    facts,
  };
}

function rank(candidates: RankingCandidate[], ctx: EvaluationContext<EsJusqu2023Parameters> & { corpsSize?: number }) {
  const p = ctx.parameters;
  const obs = ctx.observationDate;
  const obsDay = toDayNumber(obs);
  const scoreAppreciation = appreciationScorer(CE_APPRECIATION_LEVELS, p.appreciationPoints);
  return rankSingleTable(
    candidates,
    (c) => {
      const s = situationAt(c.agent, obs) ?? c.agent;
      const appreciation = scoreAppreciation(c.appreciation);
      const bareme = appreciation.part.points;
      return {
        candidate: c,
        bareme,
        parts: [appreciation.part],
        group: 0,
        blocked: appreciation.known ? null : MISSING_APPRECIATION,
        keys: tieKeyValues(c.agent, s, obsDay, bareme),
      };
    },
    { contingent: p.contingent, corpsSize: ctx.corpsSize, tieBreaks: p.tieBreaks, balanceBySex: p.balanceBySex },
  );
}

export const esJusqu2023: RuleSet<EsJusqu2023Parameters> = {
  id: "ES_JUSQU_2023",
  label: "Échelon spécial de la classe exceptionnelle (jusqu'en 2023)",
  campaignKind: "ECHELON_SPECIAL",
  hasCandidature: false,
  opinionLevels: CE_OPINION_LEVELS,
  appreciationLevels: CE_APPRECIATION_LEVELS,
  parametersSchema: esJusqu2023ParametersSchema,
  defaultParameters,
  evaluate,
  rank,
};
