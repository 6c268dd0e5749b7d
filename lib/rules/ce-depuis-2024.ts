// Rule set "CE depuis 2024": classe exceptionnelle without viviers nor barème (domain.md).
import { z } from "zod";
import { toDayNumber } from "./dates";
import { echelonCondition, situationAt, refusal } from "./eligibility";
import { defaultPositionRule, positionRuleSchema, promouvableStart } from "./position";
import {
  byYear,
  COMMON_PARAMETER_LABELS,
  contingentSchema,
  desc,
  observationSchema,
  rankSingleTable,
  rateContingent,
  tieBreaksSchema,
  tieKeyValues,
} from "./ranking";
import type {
  AgentSnapshot,
  Eligibility,
  EvaluationContext,
  Level,
  RankingCandidate,
  RankingContext,
  RuleSet,
} from "./types";
import { ECHELON_COUNT, echelonRange } from "./types";

export const CE2024_LEVEL_CODES = ["TRES_FAVORABLE", "FAVORABLE", "DEFAVORABLE"] as const;
export type Ce2024Level = (typeof CE2024_LEVEL_CODES)[number];
const LEVELS: Level[] = [
  { value: "TRES_FAVORABLE", label: "Très favorable", requiresReason: true },
  { value: "FAVORABLE", label: "Favorable" },
  { value: "DEFAVORABLE", label: "Défavorable", requiresReason: true },
];

const RATES_BY_YEAR = [[2024, 29]] as const;

export const ceDepuis2024ParametersSchema = z.object({
  observation: observationSchema,
  /** Minimum hors classe échelon. */
  minEchelon: z.number().int().min(1),
  /** Avis the table is built from, in order; any other avis (Défavorable) is not promoted. */
  avisOrder: z.array(z.enum(CE2024_LEVEL_CODES)).min(1),
  /** A Très favorable is carried over to the next campaign unless the IEN says otherwise. */
  renewTresFavorable: z.boolean(),
  contingent: contingentSchema,
  tieBreaks: tieBreaksSchema,
  balanceBySex: z.boolean(),
  positionRule: positionRuleSchema,
});
export type CeDepuis2024Parameters = z.infer<typeof ceDepuis2024ParametersSchema>;

function defaultParameters(year: number): CeDepuis2024Parameters {
  return {
    observation: { month: 8, day: 31 },
    minEchelon: 5,
    avisOrder: ["TRES_FAVORABLE", "FAVORABLE"],
    renewTresFavorable: true,
    // Ratio promus/promouvables; domain.md gives no carry-over of the decimal part here.
    contingent: rateContingent(byYear(RATES_BY_YEAR, year)),
    tieBreaks: desc("ANCIENNETE_CORPS", "ANCIENNETE_GRADE", "ECHELON", "ANCIENNETE_ECHELON"),
    balanceBySex: false,
    positionRule: defaultPositionRule(year),
  };
}

const PROMOTION = "à la classe exceptionnelle";

function evaluate(
  agent: AgentSnapshot,
  ctx: EvaluationContext<CeDepuis2024Parameters>,
): Eligibility {
  const p = ctx.parameters;
  const obs = ctx.observationDate;
  const start = promouvableStart(agent, obs, "HC", PROMOTION, p.positionRule);
  if (!start.ok) return start.refusal;
  const { s, facts } = start;
  const condition = echelonCondition(
    s,
    obs,
    { echelon: p.minEchelon, yearsInEchelon: 0, higherQualifies: true },
    PROMOTION,
  );
  if (!condition.ok) return refusal(condition.reasons, facts);
  return {
    promouvable: true,
    viviers: [],
    candidatureRequired: false,
    reasons: [
      ...condition.reasons,
      "Vous n'avez pas à candidater ; complétez la rubrique « Fonctions et missions » de votre dossier, que l'IEN consulte pour son avis.",
    ],
    facts,
  };
}

function rank(candidates: RankingCandidate[], ctx: RankingContext<CeDepuis2024Parameters>) {
  const p = ctx.parameters;
  const obs = ctx.observationDate;
  const obsDay = toDayNumber(obs);
  const labels = new Map(LEVELS.map((l) => [l.value, l.label]));
  return rankSingleTable(
    candidates,
    (c) => {
      const s = situationAt(c.agent, obs) ?? c.agent;
      const index =
        c.appreciation === null ? -1 : p.avisOrder.indexOf(c.appreciation as Ce2024Level);
      // Avis of the list first, in its order; then the other avis; then no avis at all.
      const group =
        index >= 0 ? index : c.appreciation === null ? p.avisOrder.length + 1 : p.avisOrder.length;
      const blocked =
        index >= 0
          ? null
          : c.appreciation === null
            ? "Avis de l'IEN non saisi : promotion impossible en l'état."
            : `Avis ${(labels.get(c.appreciation) ?? c.appreciation).toLowerCase()} de l'IEN.`;
      return {
        candidate: c,
        bareme: null,
        parts: [],
        group,
        blocked,
        keys: tieKeyValues(c.agent, s, obsDay, null),
      };
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

function contingentPopulations() {
  return { base: "PROMOUVABLES" as const, alreadyPromoted: null };
}

export const CE_DEPUIS_2024_PARAMETER_LABELS = {
  ...COMMON_PARAMETER_LABELS,
  minEchelon: {
    label: "Échelon minimal de la hors classe",
    help: "5e échelon de la hors classe à la date d'observation.",
  },
  avisOrder: {
    label: "Avis retenus pour le tableau, dans l'ordre",
    help: "Très favorable puis Favorable ; un autre avis n'est pas promu.",
  },
  renewTresFavorable: {
    label: "Reconduction des avis Très favorable",
    help: "Une nouvelle campagne reprend l'avis Très favorable de la campagne précédente (marqué « reconduit ») ; l'IEN peut le modifier.",
  },
};

export const ceDepuis2024: RuleSet<CeDepuis2024Parameters> = {
  id: "CE_DEPUIS_2024",
  label: "Classe exceptionnelle depuis 2024",
  campaignKind: "CLASSE_EXCEPTIONNELLE",
  referenceYear: 2024,
  validYears: [2024, null],
  fromGrade: "HC",
  examinedEchelons: (p) => echelonRange(p.minEchelon, ECHELON_COUNT.HC),
  candidateFloor: (p) => ({ minEchelon: p.minEchelon, yearsInMinEchelon: 0 }),
  ranksOn: "AVIS",
  hasCandidature: false,
  requiresCandidature: () => false,
  keepsAppreciation: () => false,
  renewedOpinionLevels: (p) => (p.renewTresFavorable ? ["TRES_FAVORABLE"] : []),
  contingentPopulations,
  parameterLabels: CE_DEPUIS_2024_PARAMETER_LABELS,
  opinionLevels: LEVELS,
  appreciationLevels: LEVELS,
  parametersSchema: ceDepuis2024ParametersSchema,
  defaultParameters,
  evaluate,
  rank,
};
