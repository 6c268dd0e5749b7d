// Rule set "HC PE": access to the hors classe, every campaign since 2018 (domain.md).
import { z } from "zod";
import { ordinalFr, plural, wholeYearsBetween } from "./dates";
import { echelonCondition, type CareerSituation, refusal } from "./eligibility";
import { defaultPositionRule, positionRuleSchema, promouvableStart } from "./position";
import {
  byYear,
  COMMON_PARAMETER_LABELS,
  contingentSchema,
  desc,
  levelCapsSchema,
  observationSchema,
  rankByAppreciation,
  rateContingent,
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

export const HC_LEVEL_CODES = [
  "EXCELLENT",
  "TRES_SATISFAISANT",
  "SATISFAISANT",
  "A_CONSOLIDER",
] as const;
export type HcLevel = (typeof HC_LEVEL_CODES)[number];

const DEFAULT_POINTS: Record<HcLevel, number> = {
  EXCELLENT: 120,
  TRES_SATISFAISANT: 100,
  SATISFAISANT: 80,
  A_CONSOLIDER: 60,
};
const LEVEL_LABELS: Record<HcLevel, string> = {
  EXCELLENT: "Excellent",
  TRES_SATISFAISANT: "Très satisfaisant",
  SATISFAISANT: "Satisfaisant",
  A_CONSOLIDER: "À consolider",
};
/** Shown with the default points; the barème itself reads the campaign's parameters. */
const LEVELS: Level[] = HC_LEVEL_CODES.map((value) => ({
  value,
  label: LEVEL_LABELS[value],
  points: DEFAULT_POINTS[value],
}));

/**
 * Promotion rate ("ratio promus/promouvables") by first campaign year, in percent (domain.md):
 * known for 2018 (13.2) and 2021–2025; 2019 and 2020 are not known and take the 2018 rate, as
 * any year takes the latest known one before it (docs/decisions/0004): the gestionnaire
 * enters the notified number or the year's rate.
 */
const RATES_BY_YEAR = [
  [2018, 13.2],
  [2021, 18],
  [2023, 21],
  [2024, 22],
  [2025, 23],
] as const;

/** Points by (échelon, whole years in it): an échelon's last row covers every later year. */
const DEFAULT_SENIORITY = [
  { echelon: 9, years: 2, points: 0 },
  { echelon: 9, years: 3, points: 10 },
  { echelon: 10, years: 0, points: 20 },
  { echelon: 10, years: 1, points: 30 },
  { echelon: 10, years: 2, points: 40 },
  { echelon: 10, years: 3, points: 50 },
  { echelon: 11, years: 0, points: 70 },
  { echelon: 11, years: 1, points: 80 },
  { echelon: 11, years: 2, points: 90 },
  { echelon: 11, years: 3, points: 100 },
  { echelon: 11, years: 4, points: 110 },
  { echelon: 11, years: 5, points: 120 },
];

export const hcPeParametersSchema = z.object({
  observation: observationSchema,
  /** Classe normale échelon and whole years in it required (9th + 2 years; higher échelons qualify). */
  promouvabilite: z.object({
    echelon: z.number().int().min(1),
    yearsInEchelon: z.number().int().min(0),
  }),
  appreciationPoints: z.record(z.enum(HC_LEVEL_CODES), z.number()),
  seniorityPoints: z
    .array(
      z.object({
        echelon: z.number().int().min(1),
        years: z.number().int().min(0),
        points: z.number(),
      }),
    )
    .min(1),
  /** Top of the plage d'appel; null for no cap. */
  baremeMax: z.number().nullable(),
  contingent: contingentSchema,
  tieBreaks: tieBreaksSchema,
  balanceBySex: z.boolean(),
  /** Optional caps of levels as % of the promouvables (none in domain.md for the HC). */
  appreciationCaps: levelCapsSchema,
  /** The appréciation is carried over to later HC campaigns until the agent is promoted. */
  keepAppreciationUntilPromoted: z.boolean(),
  positionRule: positionRuleSchema,
});
export type HcPeParameters = z.infer<typeof hcPeParametersSchema>;

function defaultParameters(year: number): HcPeParameters {
  return {
    observation: { month: 8, day: 31 },
    promouvabilite: { echelon: 9, yearsInEchelon: 2 },
    appreciationPoints: { ...DEFAULT_POINTS },
    seniorityPoints: DEFAULT_SENIORITY.map((r) => ({ ...r })),
    baremeMax: 240,
    // Décret 2005-1090, art. 2: the decimal part is carried over to the next HC campaign.
    contingent: rateContingent(byYear(RATES_BY_YEAR, year), true),
    tieBreaks: desc(
      "BAREME",
      "ANCIENNETE_CORPS",
      "ANCIENNETE_GRADE",
      "ECHELON",
      "ANCIENNETE_ECHELON",
      "AGE",
    ),
    balanceBySex: false,
    appreciationCaps: {},
    keepAppreciationUntilPromoted: true,
    positionRule: defaultPositionRule(year),
  };
}

const PROMOTION = "à la hors classe";

/** Seniority points of the plage d'appel: the row of the échelon with the most years reached. */
export function hcSeniority(
  table: HcPeParameters["seniorityPoints"],
  situation: CareerSituation,
  observationDate: string,
): { points: number; years: number; part: BaremePart } {
  const years = wholeYearsBetween(situation.echelonDate, observationDate);
  let best: { years: number; points: number } | null = null;
  for (const row of table) {
    if (
      row.echelon === situation.echelon &&
      row.years <= years &&
      (!best || row.years > best.years)
    )
      best = row;
  }
  const points = best?.points ?? 0;
  return { points, years, part: { label: seniorityLabel(situation.echelon, years), points } };
}

// A few dozen distinct labels for a whole country: built once each.
const labels = new Map<number, string>();
function seniorityLabel(echelon: number, years: number): string {
  const key = echelon * 1000 + years;
  let label = labels.get(key);
  if (label === undefined) {
    label = `Ancienneté : ${ordinalFr(echelon)} échelon + ${plural(years, "an", "ans")}`;
    labels.set(key, label);
  }
  return label;
}

function evaluate(agent: AgentSnapshot, ctx: EvaluationContext<HcPeParameters>): Eligibility {
  const p = ctx.parameters;
  const obs = ctx.observationDate;
  const start = promouvableStart(agent, obs, "CN", PROMOTION, p.positionRule);
  if (!start.ok) return start.refusal;
  const { s, facts } = start;
  const condition = echelonCondition(
    s,
    obs,
    { ...p.promouvabilite, higherQualifies: true },
    PROMOTION,
  );
  if (!condition.ok) {
    return refusal(
      condition.reasons,
      condition.requiredOn ? { ...facts, promouvableLe: condition.requiredOn } : facts,
    );
  }
  const points = hcSeniority(p.seniorityPoints, s, obs);
  return {
    promouvable: true,
    viviers: [],
    candidatureRequired: false,
    reasons: [
      ...condition.reasons,
      "Vous n'avez pas à candidater : tous les agents promouvables sont examinés.",
      `Votre ancienneté vous donne ${points.points} points au barème (${ordinalFr(s.echelon)} échelon + ${plural(points.years, "an", "ans")}).`,
    ],
    facts: { ...facts, pointsAnciennete: points.points },
  };
}

function rank(candidates: RankingCandidate[], ctx: RankingContext<HcPeParameters>) {
  const p = ctx.parameters;
  const obs = ctx.observationDate;
  return rankByAppreciation(
    candidates,
    obs,
    {
      levels: LEVELS,
      points: p.appreciationPoints,
      max: p.baremeMax,
      otherParts: (_c, s) => [hcSeniority(p.seniorityPoints, s, obs).part],
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

/** Rate × promouvables (décret 2005-1090, art. 1). */
function contingentPopulations() {
  return { base: "PROMOUVABLES" as const, alreadyPromoted: null };
}

export const HC_PE_PARAMETER_LABELS = {
  ...COMMON_PARAMETER_LABELS,
  promouvabilite: {
    label: "Condition de promouvabilité",
    help: "Échelon de la classe normale et années entières dans cet échelon (9e + 2 ans ; les échelons supérieurs conviennent).",
  },
  "promouvabilite.echelon": { label: "Échelon de la classe normale" },
  "promouvabilite.yearsInEchelon": { label: "Années entières dans l'échelon" },
  seniorityPoints: {
    label: "Points d'ancienneté dans la plage d'appel",
    help: "Par échelon et années entières dans l'échelon ; la dernière ligne d'un échelon vaut pour les années suivantes.",
  },
  baremeMax: {
    label: "Barème maximal",
    help: "Plafond du barème (240) ; vide pour aucun plafond.",
  },
  keepAppreciationUntilPromoted: {
    label: "Appréciation conservée jusqu'à la promotion",
    help: "L'appréciation d'une campagne hors classe antérieure est reprise tant que l'agent n'est pas promu.",
  },
};

export const hcPe: RuleSet<HcPeParameters> = {
  id: "HC_PE",
  label: "Hors classe des professeurs des écoles",
  campaignKind: "HORS_CLASSE",
  referenceYear: 2025,
  validYears: [2018, null],
  fromGrade: "CN",
  // Classe normale from the échelon of promouvabilité (9th by default) to the last.
  examinedEchelons: (p) => echelonRange(p.promouvabilite.echelon, ECHELON_COUNT.CN),
  candidateFloor: (p) => ({
    minEchelon: p.promouvabilite.echelon,
    yearsInMinEchelon: p.promouvabilite.yearsInEchelon,
  }),
  ranksOn: "APPRECIATION",
  hasCandidature: false,
  requiresCandidature: () => false,
  keepsAppreciation: (p) => p.keepAppreciationUntilPromoted,
  renewedOpinionLevels: () => [],
  contingentPopulations,
  parameterLabels: HC_PE_PARAMETER_LABELS,
  opinionLevels: LEVELS,
  appreciationLevels: LEVELS,
  parametersSchema: hcPeParametersSchema,
  defaultParameters,
  evaluate,
  rank,
};
