// Rule set "ES jusqu'en 2023": échelon spécial of the classe exceptionnelle, kept to replay
// older campaigns (domain.md). National barème of the LDG of 5 November 2020 (as published for
// the second-degree corps, e.g. SNES-FSU Bordeaux, "L'échelon spécial de la classe
// exceptionnelle 2023"): avis Excellent 30, Très satisfaisant 20, Satisfaisant 10,
// Insatisfaisant 0, plus 0 to 70 points of seniority in the 4th CE échelon (3 years 0, then
// 10 a year, 10 years or more 70); at equal barème, the older agent first.
import { z } from "zod";
import { ordinalFr, plural, wholeYearsBetween } from "./dates";
import { echelonCondition, refusal, type CareerSituation } from "./eligibility";
import { CE_DEFAULT_CAPS, CE_LEVEL_CODES, CE_OPINION_LEVELS, type CeLevel } from "./ce-2017-2023";
import { defaultPositionRule, positionRuleSchema, promouvableStart } from "./position";
import {
  COMMON_PARAMETER_LABELS,
  contingentSchema,
  desc,
  levelCapsSchema,
  observationSchema,
  rankByAppreciation,
  targetContingent,
  tieBreaksSchema,
} from "./ranking";
import type {
  AgentSnapshot,
  BaremePart,
  Eligibility,
  EvaluationContext,
  Level,
  RankingCandidate,
  RankingContext,
  RuleSet,
} from "./types";
import { ECHELON_COUNT, echelonRange } from "./types";

export const ES_DEFAULT_POINTS: Record<CeLevel, number> = {
  EXCELLENT: 30,
  TRES_SATISFAISANT: 20,
  SATISFAISANT: 10,
  INSATISFAISANT: 0,
};
const ES_APPRECIATION_LEVELS: Level[] = CE_OPINION_LEVELS.map((l) => ({
  value: l.value,
  label: l.label,
  points: ES_DEFAULT_POINTS[l.value as CeLevel],
}));

export const esJusqu2023ParametersSchema = z.object({
  observation: observationSchema,
  /** Classe exceptionnelle échelon and whole years in it (4th + 3 years). */
  promouvabilite: z.object({
    echelon: z.number().int().min(1),
    yearsInEchelon: z.number().int().min(0),
  }),
  appreciationPoints: z.record(z.enum(CE_LEVEL_CODES), z.number()),
  appreciationCaps: levelCapsSchema,
  /** Points for the whole years in the échelon beyond `fromYears`, capped. */
  seniority: z.object({
    fromYears: z.number().int().min(0),
    pointsPerYear: z.number(),
    maxPoints: z.number(),
  }),
  /** Pyramidage: the échelon spécial may hold ratePercent % of the classe exceptionnelle. */
  contingent: contingentSchema,
  tieBreaks: tieBreaksSchema,
  balanceBySex: z.boolean(),
  positionRule: positionRuleSchema,
});
export type EsJusqu2023Parameters = z.infer<typeof esJusqu2023ParametersSchema>;

function defaultParameters(year: number): EsJusqu2023Parameters {
  return {
    observation: { month: 8, day: 31 },
    promouvabilite: { echelon: 4, yearsInEchelon: 3 },
    appreciationPoints: { ...ES_DEFAULT_POINTS },
    appreciationCaps: { ...CE_DEFAULT_CAPS },
    seniority: { fromYears: 3, pointsPerYear: 10, maxPoints: 70 },
    // Up to 20 % of the classe exceptionnelle at the échelon spécial: floor(20 % × CE) − ES.
    contingent: targetContingent(20),
    tieBreaks: desc("BAREME", "AGE"),
    balanceBySex: false,
    positionRule: defaultPositionRule(year),
  };
}

const PROMOTION = "à l'échelon spécial";

function evaluate(
  agent: AgentSnapshot,
  ctx: EvaluationContext<EsJusqu2023Parameters>,
): Eligibility {
  const p = ctx.parameters;
  const obs = ctx.observationDate;
  const start = promouvableStart(agent, obs, "CE", PROMOTION, p.positionRule);
  if (!start.ok) return start.refusal;
  const { s, facts } = start;
  // Above the 4th échelon is the échelon spécial itself (the 5th échelon since 2023).
  const condition = echelonCondition(
    s,
    obs,
    { ...p.promouvabilite, higherQualifies: false },
    PROMOTION,
  );
  if (!condition.ok) {
    return refusal(
      condition.reasons,
      condition.requiredOn ? { ...facts, promouvableLe: condition.requiredOn } : facts,
    );
  }
  return {
    promouvable: true,
    viviers: [],
    candidatureRequired: false,
    reasons: [
      ...condition.reasons,
      "Vous n'avez pas à candidater : tous les agents promouvables sont examinés.",
      `Votre ancienneté vous donne ${esSeniority(p.seniority, s, obs).points} points au barème.`,
    ],
    facts,
  };
}

/** (whole years in the 4th CE échelon − fromYears) × pointsPerYear, between 0 and maxPoints. */
export function esSeniority(
  params: EsJusqu2023Parameters["seniority"],
  s: CareerSituation,
  observationDate: string,
): { points: number; years: number; part: BaremePart } {
  const years = wholeYearsBetween(s.echelonDate, observationDate);
  const points = Math.max(
    0,
    Math.min((years - params.fromYears) * params.pointsPerYear, params.maxPoints),
  );
  return {
    points,
    years,
    part: {
      label: `Ancienneté : ${ordinalFr(s.echelon)} échelon + ${plural(years, "an", "ans")}`,
      points,
    },
  };
}

function rank(candidates: RankingCandidate[], ctx: RankingContext<EsJusqu2023Parameters>) {
  const p = ctx.parameters;
  const obs = ctx.observationDate;
  return rankByAppreciation(
    candidates,
    obs,
    {
      levels: ES_APPRECIATION_LEVELS,
      points: p.appreciationPoints,
      otherParts: (_c, s) => [esSeniority(p.seniority, s, obs).part],
    },
    {
      contingent: p.contingent,
      needs: contingentPopulations(),
      population: ctx.population,
      tieBreaks: p.tieBreaks,
      balanceBySex: p.balanceBySex,
    },
  );
}

/** Base: the classe exceptionnelle; already there: its 5th échelon (the former échelon spécial). */
function contingentPopulations() {
  return {
    base: { grade: "CE" as const },
    alreadyPromoted: { grade: "CE" as const, minEchelon: 5 },
  };
}

export const ES_PARAMETER_LABELS = {
  ...COMMON_PARAMETER_LABELS,
  promouvabilite: {
    label: "Condition de promouvabilité",
    help: "4e échelon de la classe exceptionnelle avec au moins 3 ans d'ancienneté.",
  },
  "promouvabilite.echelon": { label: "Échelon de la classe exceptionnelle" },
  "promouvabilite.yearsInEchelon": { label: "Années entières dans l'échelon" },
  seniority: {
    label: "Points d'ancienneté dans l'échelon",
    help: "10 points par année au-delà de 3 ans, 70 au plus (10 ans et plus).",
  },
  "seniority.fromYears": { label: "Années sans points" },
  "seniority.pointsPerYear": { label: "Points par année au-delà" },
  "seniority.maxPoints": { label: "Points d'ancienneté au plus" },
};

export const esJusqu2023: RuleSet<EsJusqu2023Parameters> = {
  id: "ES_JUSQU_2023",
  label: "Échelon spécial de la classe exceptionnelle (jusqu'en 2023)",
  campaignKind: "ECHELON_SPECIAL",
  referenceYear: 2023,
  validYears: [2017, 2023],
  fromGrade: "CE",
  examinedEchelons: (p) => echelonRange(p.promouvabilite.echelon, ECHELON_COUNT.CE),
  candidateFloor: (p) => ({
    minEchelon: p.promouvabilite.echelon,
    yearsInMinEchelon: p.promouvabilite.yearsInEchelon,
  }),
  ranksOn: "APPRECIATION",
  hasCandidature: false,
  requiresCandidature: () => false,
  keepsAppreciation: () => false,
  renewedOpinionLevels: () => [],
  contingentPopulations,
  parameterLabels: ES_PARAMETER_LABELS,
  opinionLevels: CE_OPINION_LEVELS,
  appreciationLevels: ES_APPRECIATION_LEVELS,
  parametersSchema: esJusqu2023ParametersSchema,
  defaultParameters,
  evaluate,
  rank,
};
