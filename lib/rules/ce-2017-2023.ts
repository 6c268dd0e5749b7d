// Rule set "CE 2017–2023": classe exceptionnelle with two viviers (domain.md).
import { z } from "zod";
import { FUNCTION_KIND_CODES } from "./function-kinds";
import { formatDateFr, ordinalFr, plural, toDayNumber, wholeYearsBetween } from "./dates";
import { reachedStep, situationAt, whereYouAre, refusal } from "./eligibility";
import { countEligibleSchoolYears, defaultEligibleKinds } from "./functions";
import { defaultPositionRule, positionRuleSchema, promouvableStart } from "./position";
import {
  agreed,
  appreciationScorer,
  byYear,
  COMMON_PARAMETER_LABELS,
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
  splitViviers,
  targetContingent,
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
  RankingContext,
  RankingResult,
  RuleSet,
} from "./types";
import { ECHELON_COUNT, echelonRange } from "./types";

// Levels shared with the échelon spécial ("appréciation as for the CE").
export const CE_LEVEL_CODES = [
  "EXCELLENT",
  "TRES_SATISFAISANT",
  "SATISFAISANT",
  "INSATISFAISANT",
] as const;
export type CeLevel = (typeof CE_LEVEL_CODES)[number];
export const CE_DEFAULT_POINTS: Record<CeLevel, number> = {
  EXCELLENT: 140,
  TRES_SATISFAISANT: 90,
  SATISFAISANT: 40,
  INSATISFAISANT: 0,
};
/** The two best levels are capped at about 20 % of the promouvables each. */
export const CE_DEFAULT_CAPS: Partial<Record<CeLevel, number>> = {
  EXCELLENT: 20,
  TRES_SATISFAISANT: 20,
};
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

/**
 * Target population of the CE grade by campaign year, in % of the corps (pyramidage, arrêté of
 * 10 May 2017 and its amendments): 1.43 % in 2017 up to 10.5 % in 2023 (10 % in the first plan).
 */
const TARGETS_BY_YEAR = [
  [2017, 1.43],
  [2018, 2.86],
  [2019, 4.29],
  [2020, 5.72],
  [2021, 7.15],
  [2022, 8.58],
  [2023, 10.5],
] as const;
/** Décret 2017-786: vivier 1 agents apply for the campaigns 2017 to 2020; none from 2021. */
const LAST_CANDIDATURE_YEAR = 2020;
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
  /** Vivier 1 agents must apply (2017–2020); from 2021 vivier 1 is identified from the validated functions. */
  candidatureRequired: z.boolean(),
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
  /** Shares of the promotions between viviers (any unit): vivier 2 at most its share rounded down, vivier 1 the rest. */
  vivierShares: z.object({ "1": z.number().min(0), "2": z.number().min(0) }),
  /** Give vivier 1 places it cannot fill to vivier 2 (not in domain.md: off by default). */
  reportUnusedVivier1Places: z.boolean(),
  /** Give vivier 2 places it cannot fill back to vivier 1 (domain.md: "may go to the other"; off by default). */
  reportUnusedVivier2Places: z.boolean(),
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
  positionRule: positionRuleSchema,
});
export type Ce20172023Parameters = z.infer<typeof ce20172023ParametersSchema>;

function defaultParameters(year: number): Ce20172023Parameters {
  return {
    observation: { month: 8, day: 31 },
    candidatureRequired: year <= LAST_CANDIDATURE_YEAR,
    vivier1: {
      minEchelon: 3,
      requiredYears: byYear(REQUIRED_YEARS_BY_YEAR, year),
      eligibleFunctionKinds: defaultEligibleKinds(year),
      educationPrioritaireMinShare: 50,
    },
    vivier2: { echelon: 6 },
    vivierShares: { ...byYear(SHARES_BY_YEAR, year) },
    reportUnusedVivier1Places: false,
    reportUnusedVivier2Places: false,
    appreciationPoints: { ...CE_DEFAULT_POINTS },
    appreciationCaps: { ...CE_DEFAULT_CAPS },
    seniority: { fromEchelon: 3, basePoints: 3, pointsPerYear: 3, maxPoints: 48 },
    contingent: targetContingent(byYear(TARGETS_BY_YEAR, year)),
    tieBreaks: desc("BAREME", "ANCIENNETE_GRADE", "ANCIENNETE_ECHELON", "AGE"),
    balanceBySex: false,
    positionRule: defaultPositionRule(year),
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
    part: {
      label: seniorityLabel(years, step.exact ? null : step.echelon, params.fromEchelon),
      points,
    },
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
  const start = promouvableStart(agent, obs, "HC", "à la classe exceptionnelle", p.positionRule);
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
    reasons.push(
      `Vous justifiez de ${plural(count.count, "année scolaire", "années scolaires")} de fonctions éligibles validées (${retained}).`,
    );
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
      p.candidatureRequired
        ? "Vous êtes promouvable au titre du vivier 1 (fonctions particulières) : vous devez faire acte de candidature pendant la période de candidature, à chaque campagne."
        : "Vous êtes promouvable au titre du vivier 1 (fonctions particulières) : vous n'avez pas à candidater, l'administration vous identifie à partir des fonctions validées de votre dossier.",
    );
  }

  // Vivier 2: valeur professionnelle.
  if (vivier2) {
    reasons.push(
      `Vous êtes au dernier échelon de la hors classe (${ordinalFr(p.vivier2.echelon)}) : vous êtes promouvable au titre du vivier 2 (valeur professionnelle), sans candidature.`,
    );
    if (vivier1 && p.candidatureRequired) {
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
    reasons.push(
      `La date d'accès au ${target} ne figure pas dans votre dossier : signalez l'erreur pour la faire corriger.`,
    );
  }
  reasons.push(
    `Votre ancienneté depuis le ${target} (${plural(seniority.years, "an", "ans")}) vous donne ${seniority.points} points au barème.`,
  );
  Object.assign(facts, {
    pointsAnciennete: seniority.points,
    dateAcces: seniority.from,
    dateAccesExacte: seniority.exact,
  });
  return {
    promouvable: true,
    viviers,
    candidatureRequired: vivier1 && p.candidatureRequired,
    reasons,
    facts,
  };
}

function rank(
  candidates: RankingCandidate[],
  ctx: RankingContext<Ce20172023Parameters>,
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
    // Without a valid candidature (when one is required), vivier 1 is closed to the agent, not vivier 2.
    const in1 =
      c.eligibility.viviers.includes(1) &&
      (c.candidatureValid || !c.eligibility.candidatureRequired);
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
  const { detail, warning } = resolveContingent(
    p.contingent,
    examinedCount,
    contingentPopulations(),
    ctx.population,
  );
  const total = detail.total;
  const split = splitViviers(total, p.vivierShares);
  const common = { tieBreaks: p.tieBreaks, balanceBySex: p.balanceBySex };

  const rank1 = (pool: number[], places: number) => {
    const t = rankTable(
      pool.map((i) => build(at(i))),
      { vivier: 1, places, ...common },
    );
    const pos = new Int32Array(promouvables.length).fill(-1);
    pool.forEach((i, k) => (pos[i] = k));
    return { t, pos, pool };
  };
  let v1 = rank1(pool1, split["1"]);
  const first1 = v1;
  // Places vivier 1 cannot fill go to vivier 2 (parameter): vivier 1 keeps only what it used.
  const moved12 = p.reportUnusedVivier1Places ? split["1"] - v1.t.promotedCount : 0;
  const places2 = split["2"] + moved12;
  const pool2Left = pool2.filter((i) => {
    const k = first1.pos[i] ?? -1;
    return k < 0 || !first1.t.promoted[k];
  });
  const t2 = rankTable(
    pool2Left.map((i) => {
      const c = at(i);
      const k = first1.pos[i] ?? -1;
      const note =
        k < 0
          ? undefined
          : `Également ${agreed(c.agent, "examiné")} au vivier 1 (rang ${first1.t.rankOf[k]}), sans y être ${agreed(c.agent, "promu")}.`;
      return build(c, note);
    }),
    { vivier: 2, places: places2, ...common },
  );
  // The other way (parameter): places vivier 2 cannot fill go back to vivier 1, ranked again
  // with them and without the agents already promoted in vivier 2. Vivier 2 is unchanged: when
  // it leaves places unused, every agent left in it who could be promoted was.
  let moved21 = 0;
  if (moved12 === 0 && p.reportUnusedVivier2Places && places2 > t2.promotedCount) {
    moved21 = places2 - t2.promotedCount;
    const promotedIn2 = new Uint8Array(promouvables.length);
    pool2Left.forEach((i, k) => {
      if (t2.promoted[k]) promotedIn2[i] = 1;
    });
    v1 = rank1(
      pool1.filter((i) => !promotedIn2[i]),
      split["1"] + moved21,
    );
  }
  const t1 = v1.t;
  // One row per agent: an agent of both viviers not promoted in vivier 1 is shown in vivier 2.
  const inTable2 = new Uint8Array(promouvables.length);
  for (const i of pool2Left) inTable2[i] = 1;
  const keep = t1.order.map((k) => !inTable2[v1.pool[k] as number]);
  // concat, not push(...): spreading 300,000 arguments overflows the stack.
  const rows: RankedRow[] = t1.rows.filter((_, r) => keep[r]).concat(t2.rows);
  const sexes = t1.sexes.filter((_, r) => keep[r]).concat(t2.sexes);
  return {
    rows,
    contingent: {
      ...detail,
      byVivier: { "1": split["1"] - moved12 + moved21, "2": places2 - moved21 },
    },
    barre: { "1": t1.barre, "2": t2.barre },
    shares: sharesOf(rows, sexes),
    excluded,
    warnings: warning ? [warning] : [],
  };
}

/** Pyramidage: floor(target × corps) − agents already in the classe exceptionnelle. */
function contingentPopulations() {
  return { base: {}, alreadyPromoted: { grade: "CE" as const } };
}

export const CE_2017_2023_PARAMETER_LABELS = {
  ...COMMON_PARAMETER_LABELS,
  candidatureRequired: {
    label: "Acte de candidature au vivier 1",
    help: "Campagnes 2017 à 2020 : les agents du vivier 1 candidatent. À partir de 2021, aucune candidature : le vivier 1 est identifié à partir des fonctions validées.",
  },
  vivier1: { label: "Vivier 1 (fonctions particulières)" },
  "vivier1.minEchelon": { label: "Échelon minimal de la hors classe" },
  "vivier1.requiredYears": {
    label: "Années scolaires de fonctions éligibles requises",
    help: "8 ans, 6 à partir de la campagne 2022.",
  },
  "vivier1.eligibleFunctionKinds": {
    label: "Fonctions éligibles",
    help: "Le tutorat de stagiaires compte à partir de la campagne 2019 ; la liste s'élargit en 2022.",
  },
  "vivier1.educationPrioritaireMinShare": {
    label: "Part minimale du service en éducation prioritaire (%)",
  },
  vivier2: { label: "Vivier 2 (valeur professionnelle)" },
  "vivier2.echelon": { label: "Échelon de la hors classe requis (dernier échelon)" },
  vivierShares: {
    label: "Répartition entre viviers",
    help: "Le vivier 2 reçoit au plus sa part, arrondie à l'entier inférieur (20 %, 30 % à partir de 2022) ; le vivier 1 le reste.",
  },
  reportUnusedVivier1Places: { label: "Report des places inutilisées du vivier 1 sur le vivier 2" },
  reportUnusedVivier2Places: {
    label: "Report des places inutilisées du vivier 2 sur le vivier 1",
    help: "Le vivier 1 est alors classé de nouveau avec ces places, sans les agents déjà promus au titre du vivier 2.",
  },
  seniority: {
    label: "Points d'ancienneté",
    help: "3 points par année entière depuis le 3e échelon de la hors classe, à partir de 3, 48 au plus.",
  },
  "seniority.fromEchelon": { label: "Échelon de la hors classe de départ" },
  "seniority.basePoints": { label: "Points de départ" },
  "seniority.pointsPerYear": { label: "Points par année entière" },
  "seniority.maxPoints": { label: "Points d'ancienneté au plus" },
};

export const ce20172023: RuleSet<Ce20172023Parameters> = {
  id: "CE_2017_2023",
  label: "Classe exceptionnelle 2017–2023",
  campaignKind: "CLASSE_EXCEPTIONNELLE",
  referenceYear: 2023,
  validYears: [2017, 2023],
  fromGrade: "HC",
  // Hors classe from the lower échelon of the two viviers (3rd for vivier 1, 6th for vivier 2).
  examinedEchelons: (p) =>
    echelonRange(Math.min(p.vivier1.minEchelon, p.vivier2.echelon), ECHELON_COUNT.HC),
  // Either vivier: reaching its échelon is the condition on the career (no years in it).
  candidateFloor: (p) => ({
    minEchelon: Math.min(p.vivier1.minEchelon, p.vivier2.echelon),
    yearsInMinEchelon: 0,
  }),
  ranksOn: "APPRECIATION",
  hasCandidature: true,
  requiresCandidature: (p) => p.candidatureRequired,
  keepsAppreciation: () => false,
  renewedOpinionLevels: () => [],
  contingentPopulations,
  parameterLabels: CE_2017_2023_PARAMETER_LABELS,
  opinionLevels: CE_OPINION_LEVELS,
  appreciationLevels: CE_APPRECIATION_LEVELS,
  parametersSchema: ce20172023ParametersSchema,
  defaultParameters,
  // Before the key existed the rule set always asked vivier 1 for a candidature: a stored
  // campaign that had a candidature window keeps its candidatures.
  storedBeforeKeys: { candidatureRequired: true },
  evaluate,
  rank,
};
