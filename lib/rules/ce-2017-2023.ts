// Rule set "CE 2017–2023": classe exceptionnelle with two viviers (domain.md).
import { z } from "zod";
import { FUNCTION_KIND_CODES } from "./function-kinds";
import {
  formatDateFr,
  ordinalFr,
  plural,
  reachedStep,
  situationAt,
  situationInGrade,
  toDayNumber,
  whereYouAre,
  wholeYearsBetween,
  refusal,
} from "./dates";
import { countEligibleSchoolYears, defaultEligibleKinds } from "./functions";
import {
  agreed,
  appreciationScorer,
  byYear,
  contingentSchema,
  desc,
  levelCapsSchema,
  MISSING_APPRECIATION,
  notPromouvable,
  observationSchema,
  percentSchema,
  rankTable,
  resolveContingent,
  sharesOf,
  splitByShares,
  tieBreaksSchema,
  tieKeyValues,
  type TableEntry,
} from "./ranking";
import type {
  AgentSnapshot,
  BaremePart,
  Eligibility,
  EvaluationContext,
  Level,
  RankedRow,
  RankingCandidate,
  RankingResult,
  RuleSet,
} from "./types";

// Levels shared with the échelon spécial ("appréciation as for the CE").
export const CE_LEVEL_CODES = ["EXCELLENT", "TRES_SATISFAISANT", "SATISFAISANT", "INSATISFAISANT"] as const;
export type CeLevel = (typeof CE_LEVEL_CODES)[number];
export const CE_DEFAULT_POINTS: Record<CeLevel, number> = {
  EXCELLENT: 140,
  TRES_SATISFAISANT: 90,
  SATISFAISANT: 40,
  INSATISFAISANT: 0,
};
/** The two best levels are capped at about 20 % of the promouvables each. */
export const CE_DEFAULT_CAPS: Partial<Record<CeLevel, number>> = { EXCELLENT: 20, TRES_SATISFAISANT: 20 };
const LEVEL_LABELS: Record<CeLevel, string> = {
  EXCELLENT: "Excellent",
  TRES_SATISFAISANT: "Très satisfaisant",
  SATISFAISANT: "Satisfaisant",
  INSATISFAISANT: "Insatisfaisant",
};
export const CE_APPRECIATION_LEVELS: Level[] = CE_LEVEL_CODES.map((value) => ({
  value,
  label: LEVEL_LABELS[value],
  points: CE_DEFAULT_POINTS[value],
}));
/** The IEN's avis is a written appreciation: same levels, the text is the reason. */
export const CE_OPINION_LEVELS: Level[] = CE_LEVEL_CODES.map((value) => ({
  value,
  label: LEVEL_LABELS[value],
  requiresReason: true,
}));

/** Rate by campaign year, in % of the corps: the 2017 ramp from 1.43 % to 10 % in 2023. */
const RATES_BY_YEAR = [
  [2017, 1.43],
  [2018, 2.86],
  [2019, 4.29],
  [2020, 5.71],
  [2021, 7.14],
  [2022, 8.57],
  [2023, 10],
] as const;
const REQUIRED_YEARS_BY_YEAR = [
  [2017, 8],
  [2022, 6],
] as const;
const SHARES_BY_YEAR: [number, { "1": number; "2": number }][] = [
  [2017, { "1": 80, "2": 20 }],
  [2022, { "1": 70, "2": 30 }],
];

export const ce20172023ParametersSchema = z.object({
  observation: observationSchema,
  vivier1: z.object({
    /** Minimum hors classe échelon. */
    minEchelon: z.number().int().min(1),
    /** Whole school years of eligible functions required. */
    requiredYears: z.number().int().min(0),
    eligibleFunctionKinds: z.array(z.enum(FUNCTION_KIND_CODES)),
    /** Minimum % of service in éducation prioritaire for such entries. */
    educationPrioritaireMinShare: percentSchema,
  }),
  /** Last échelon of the hors classe (6th in that period). */
  vivier2: z.object({ echelon: z.number().int().min(1) }),
  /** Shares of the promotions between viviers (any unit; split with the largest remainder). */
  vivierShares: z.object({ "1": z.number().min(0), "2": z.number().min(0) }),
  /** Give vivier 1 places it cannot fill to vivier 2 (not in domain.md: off by default). */
  reportUnusedVivier1Places: z.boolean(),
  appreciationPoints: z.record(z.enum(CE_LEVEL_CODES), z.number()),
  appreciationCaps: levelCapsSchema,
  /** Points per whole year since reaching `fromEchelon` of the hors classe. */
  seniority: z.object({
    fromEchelon: z.number().int().min(1),
    basePoints: z.number(),
    pointsPerYear: z.number(),
    maxPoints: z.number(),
  }),
  contingent: contingentSchema,
  tieBreaks: tieBreaksSchema,
  balanceBySex: z.boolean(),
});
export type Ce20172023Parameters = z.infer<typeof ce20172023ParametersSchema>;

function defaultParameters(year: number): Ce20172023Parameters {
  return {
    observation: { month: 8, day: 31 },
    vivier1: {
      minEchelon: 3,
      requiredYears: byYear(REQUIRED_YEARS_BY_YEAR, year),
      eligibleFunctionKinds: defaultEligibleKinds(year),
      educationPrioritaireMinShare: 50,
    },
    vivier2: { echelon: 6 },
    vivierShares: { ...byYear(SHARES_BY_YEAR, year) },
    reportUnusedVivier1Places: false,
    appreciationPoints: { ...CE_DEFAULT_POINTS },
    appreciationCaps: { ...CE_DEFAULT_CAPS },
    seniority: { fromEchelon: 3, basePoints: 3, pointsPerYear: 3, maxPoints: 48 },
    contingent: { ratePercent: byYear(RATES_BY_YEAR, year), base: "CORPS", override: null },
    tieBreaks: desc("BAREME", "ANCIENNETE_GRADE", "ANCIENNETE_ECHELON", "AGE"),
    balanceBySex: false,
  };
}


export interface CeSeniority {
  points: number;
  years: number;
  /** Date the counting starts from, null when no hors classe step at or above the échelon is known. */
  from: string | null;
  /** False when the step of `fromEchelon` is missing and a later échelon stands in for it. */
  exact: boolean;
  fromEchelonUsed: number | null;
  part: BaremePart;
}

/** base + perYear × whole years since the hors classe échelon was reached, capped. */
export function ceSeniority(
  agent: AgentSnapshot,
  params: Ce20172023Parameters["seniority"],
  observationDate: string,
): CeSeniority {
  const step = reachedStep(agent, "HC", params.fromEchelon, observationDate);
  const target = `${ordinalFr(params.fromEchelon)} échelon de la hors classe`;
  if (!step) {
    return {
      points: 0,
      years: 0,
      from: null,
      exact: false,
      fromEchelonUsed: null,
      part: { label: `Ancienneté : date d'accès au ${target} inconnue`, points: 0 },
    };
  }
  const years = wholeYearsBetween(step.date, observationDate);
  const points = Math.min(params.basePoints + params.pointsPerYear * years, params.maxPoints);
  return {
    points,
    years,
    from: step.date,
    exact: step.exact,
    fromEchelonUsed: step.echelon,
    part: { label: seniorityLabel(years, step.exact ? null : step.echelon, params.fromEchelon), points },
  };
}

// A few dozen distinct labels for a whole country: built once each.
const labels = new Map<string, string>();
function seniorityLabel(years: number, usedEchelon: number | null, fromEchelon: number): string {
  const key = `${years}|${usedEchelon}|${fromEchelon}`;
  let label = labels.get(key);
  if (label === undefined) {
    const since =
      usedEchelon === null
        ? `le ${ordinalFr(fromEchelon)} échelon de la hors classe`
        : `le ${ordinalFr(usedEchelon)} échelon de la hors classe (date du ${ordinalFr(fromEchelon)} manquante)`;
    label = `Ancienneté : ${plural(years, "an", "ans")} depuis ${since}`;
    labels.set(key, label);
  }
  return label;
}

function evaluate(agent: AgentSnapshot, ctx: EvaluationContext<Ce20172023Parameters>): Eligibility {
  const p = ctx.parameters;
  const obs = ctx.observationDate;
  const at = formatDateFr(obs);
  const start = situationInGrade(agent, obs, "HC", "à la classe exceptionnelle");
  if (!start.ok) return start.refusal;
  const { s, facts } = start;

  const reasons = [`${whereYouAre(s, obs)}.`];
  const count = countEligibleSchoolYears(agent.functions, {
    campaignYear: ctx.year,
    observationDate: obs,
    eligibleKinds: p.vivier1.eligibleFunctionKinds,
    educationPrioritaireMinShare: p.vivier1.educationPrioritaireMinShare,
  });
  const required = p.vivier1.requiredYears;
  const echelonOk = s.echelon >= p.vivier1.minEchelon;
  const yearsOk = count.count >= required;
  const vivier1 = echelonOk && yearsOk;
  const vivier2 = s.echelon >= p.vivier2.echelon;
  Object.assign(facts, {
    anneesFonctionsRetenues: count.count,
    anneesFonctionsRequises: required,
    anneesScolairesRetenues: count.schoolYears.join(", "),
  });

  // Vivier 1: fonctions particulières.
  if (!echelonOk) {
    reasons.push(
      `Vivier 1 (fonctions particulières) : il faut avoir atteint le ${ordinalFr(p.vivier1.minEchelon)} échelon de la hors classe au ${at}.`,
    );
  }
  const retained = `${required} ${required >= 2 ? "requises" : "requise"}, ${count.count} ${count.count >= 2 ? "retenues" : "retenue"}`;
  if (yearsOk) {
    reasons.push(`Vous justifiez de ${plural(count.count, "année scolaire", "années scolaires")} de fonctions éligibles validées (${retained}).`);
  } else {
    reasons.push(
      `Il vous manque ${plural(required - count.count, "année scolaire", "années scolaires")} de fonctions éligibles validées (${retained}).`,
    );
  }
  for (const y of count.partialSchoolYears) {
    reasons.push(
      `L'année scolaire ${y} n'est pas comptée : vos fonctions éligibles validées ne la couvrent pas entièrement (du 1er septembre au 31 août).`,
    );
  }
  for (const e of count.excluded) reasons.push(e.message);
  if (vivier1) {
    reasons.push(
      "Vous êtes promouvable au titre du vivier 1 (fonctions particulières) : vous devez faire acte de candidature pendant la période de candidature, à chaque campagne.",
    );
  }

  // Vivier 2: valeur professionnelle.
  if (vivier2) {
    reasons.push(
      `Vous êtes au dernier échelon de la hors classe (${ordinalFr(p.vivier2.echelon)}) : vous êtes promouvable au titre du vivier 2 (valeur professionnelle), sans candidature.`,
    );
    if (vivier1) {
      reasons.push(
        `Si vous candidatez, vous serez d'abord ${agreed(agent, "examiné")} au titre du vivier 1 ; sinon, ou si vous n'y êtes pas ${agreed(agent, "promu")}, au titre du vivier 2.`,
      );
    }
  } else {
    reasons.push(
      `Vivier 2 (valeur professionnelle) : il faut avoir atteint le ${ordinalFr(p.vivier2.echelon)} échelon de la hors classe.`,
    );
  }

  const viviers = [...(vivier1 ? [1] : []), ...(vivier2 ? [2] : [])];
  if (viviers.length === 0) {
    reasons.push("Vous n'êtes pas promouvable à la classe exceptionnelle cette année.");
    return refusal(reasons, facts);
  }

  const seniority = ceSeniority(agent, p.seniority, obs);
  const target = `${ordinalFr(p.seniority.fromEchelon)} échelon de la hors classe`;
  if (seniority.from && !seniority.exact) {
    reasons.push(
      `La date d'accès au ${target} ne figure pas dans votre dossier : votre ancienneté est comptée depuis le ${ordinalFr(seniority.fromEchelonUsed ?? 0)} échelon, atteint le ${formatDateFr(seniority.from)}. Signalez l'erreur pour la faire corriger.`,
    );
  } else if (!seniority.from) {
    reasons.push(`La date d'accès au ${target} ne figure pas dans votre dossier : signalez l'erreur pour la faire corriger.`);
  }
  reasons.push(
    `Votre ancienneté depuis le ${target} (${plural(seniority.years, "an", "ans")}) vous donne ${seniority.points} points au barème.`,
  );
  Object.assign(facts, { pointsAnciennete: seniority.points, dateAcces: seniority.from, dateAccesExacte: seniority.exact });
  return { promouvable: true, viviers, candidatureRequired: vivier1, reasons, facts };
}

function rank(
  candidates: RankingCandidate[],
  ctx: EvaluationContext<Ce20172023Parameters> & { corpsSize?: number },
): RankingResult {
  const p = ctx.parameters;
  const obs = ctx.observationDate;
  const obsDay = toDayNumber(obs);
  const { examined: promouvables, excluded } = notPromouvable(candidates);
  const initiallyExcluded = excluded.length;
  const scoreAppreciation = appreciationScorer(CE_APPRECIATION_LEVELS, p.appreciationPoints);

  const build = (c: RankingCandidate, note?: string): TableEntry => {
    const s = situationAt(c.agent, obs) ?? c.agent;
    const appreciation = scoreAppreciation(c.appreciation);
    const seniority = ceSeniority(c.agent, p.seniority, obs);
    const bareme = appreciation.part.points + seniority.points;
    return {
      candidate: c,
      bareme,
      parts: [appreciation.part, seniority.part],
      group: 0,
      blocked: appreciation.known ? null : MISSING_APPRECIATION,
      keys: tieKeyValues(c.agent, s, obsDay, bareme),
      note,
    };
  };

  // Vivier 1 needs a candidature; without one, an agent of both viviers is examined in vivier 2.
  // Pools hold indices into `promouvables`: no id-keyed maps over a whole country.
  const pool1: number[] = [];
  const pool2: number[] = [];
  promouvables.forEach((c, i) => {
    const in1 = c.eligibility.viviers.includes(1) && c.candidatureValid;
    const in2 = c.eligibility.viviers.includes(2);
    if (in1) pool1.push(i);
    if (in2) pool2.push(i);
    if (!in1 && !in2) {
      excluded.push({
        agentId: c.agent.id,
        reason: c.eligibility.viviers.includes(1)
          ? `Pas de candidature enregistrée : non ${agreed(c.agent, "examiné")} au titre du vivier 1.`
          : "Hors des viviers de la campagne.",
      });
    }
  });
  const at = (i: number) => promouvables[i] as RankingCandidate;
  const examinedCount = promouvables.length - (excluded.length - initiallyExcluded);
  const { total, warning } = resolveContingent(p.contingent, examinedCount, ctx.corpsSize);
  const split = splitByShares(total, p.vivierShares);
  const common = { tieBreaks: p.tieBreaks, balanceBySex: p.balanceBySex };

  const t1 = rankTable(pool1.map((i) => build(at(i))), { vivier: 1, places: split["1"], ...common });
  const posIn1 = new Int32Array(promouvables.length).fill(-1);
  pool1.forEach((i, k) => (posIn1[i] = k));
  const places2 = split["2"] + (p.reportUnusedVivier1Places ? split["1"] - t1.promotedCount : 0);
  const pool2Left = pool2.filter((i) => {
    const k = posIn1[i] ?? -1;
    return k < 0 || !t1.promoted[k];
  });
  const t2 = rankTable(
    pool2Left.map((i) => {
      const c = at(i);
      const k = posIn1[i] ?? -1;
      const note =
        k < 0 ? undefined : `Également ${agreed(c.agent, "examiné")} au vivier 1 (rang ${t1.rankOf[k]}), sans y être ${agreed(c.agent, "promu")}.`;
      return build(c, note);
    }),
    { vivier: 2, places: places2, ...common },
  );
  // One row per agent: an agent of both viviers not promoted in vivier 1 is shown in vivier 2.
  const inTable2 = new Uint8Array(promouvables.length);
  for (const i of pool2Left) inTable2[i] = 1;
  const keep = t1.order.map((k) => !inTable2[pool1[k] as number]);
  // concat, not push(...): spreading 300,000 arguments overflows the stack.
  const rows: RankedRow[] = t1.rows.filter((_, r) => keep[r]).concat(t2.rows);
  const sexes = t1.sexes.filter((_, r) => keep[r]).concat(t2.sexes);
  return {
    rows,
    contingent: { total, byVivier: { "1": split["1"], "2": places2 } },
    barre: { "1": t1.barre, "2": t2.barre },
    shares: sharesOf(rows, sexes),
    excluded,
    warnings: warning ? [warning] : [],
  };
}

export const ce20172023: RuleSet<Ce20172023Parameters> = {
  id: "CE_2017_2023",
  label: "Classe exceptionnelle 2017–2023",
  campaignKind: "CLASSE_EXCEPTIONNELLE",
  hasCandidature: true,
  opinionLevels: CE_OPINION_LEVELS,
  appreciationLevels: CE_APPRECIATION_LEVELS,
  parametersSchema: ce20172023ParametersSchema,
  defaultParameters,
  evaluate,
  rank,
};
