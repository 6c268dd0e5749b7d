// Synthetic professeurs des écoles for the benchmarks: plausible grade / échelon shares,
// career histories (lib/rules/career-grid's PPCR grid), "Fonctions et missions" for the classe
// exceptionnelle, places. Deterministic: the same size and seed give the same agents, so
// every run of `npm run bench` measures the same data.
import {
  FUNCTION_KINDS,
  type AgentSnapshot,
  type Eligibility,
  type RuleSetId,
  type FunctionKind,
  type FunctionPeriod,
  type GradeCode,
  type IsoDate,
} from "@/lib/rules";
import { addMonths, toDayNumber } from "@/lib/rules/dates";
import { deriveCareerSteps, ECHELON_MONTHS, type CareerHistoryStep } from "@/lib/rules/career-grid";
import { ECHELON_COUNT } from "@/lib/rules/grades";
import { baseIdentifiant } from "@/lib/agents/identifiant";
import { FEMALE_FIRST_NAMES, MALE_FIRST_NAMES, SURNAMES } from "@/lib/seed/names";
import { createRandom, type Random } from "@/lib/seed/random";

/** Careers are generated as they stand on this date (fixed, so results do not drift by day). */
export const REFERENCE_DATE: IsoDate = "2026-11-01";

/** About 300 PE per circonscription (domain.md), about 8 per school, 5,000 per département. */
export const AGENTS_PER_CIRCONSCRIPTION = 300;
export const AGENTS_PER_SCHOOL = 8;
export const AGENTS_PER_DEPARTEMENT = 5000;

// Shares of the corps by grade and of each grade by échelon (rough national picture: the
// hors classe has grown to about a fifth of the corps, the classe exceptionnelle ~6 %).
const GRADE_WEIGHTS: [GradeCode, number][] = [
  ["CN", 72],
  ["HC", 22],
  ["CE", 6],
];
const ECHELON_WEIGHTS: Record<GradeCode, [number, number][]> = {
  CN: [
    [1, 2],
    [2, 3],
    [3, 5],
    [4, 7],
    [5, 9],
    [6, 11],
    [7, 12],
    [8, 12],
    [9, 13],
    [10, 14],
    [11, 12],
  ],
  HC: [
    [1, 14],
    [2, 15],
    [3, 17],
    [4, 17],
    [5, 15],
    [6, 13],
    [7, 9],
  ],
  CE: [
    [1, 30],
    [2, 25],
    [3, 20],
    [4, 15],
    [5, 10],
  ],
};
/** Share of each grade holding "Fonctions et missions" entries. */
const FUNCTION_SHARE: Record<GradeCode, number> = { CN: 0.15, HC: 0.45, CE: 0.5 };
const FUNCTION_WEIGHTS: [FunctionKind, number][] = [
  ["EDUCATION_PRIORITAIRE", 40],
  ["DIRECTEUR_ECOLE", 28],
  ["CHARGE_ECOLE", 4],
  ["MAITRE_FORMATEUR", 5],
  ["CONSEILLER_PEDAGOGIQUE", 4],
  ["TUTEUR_STAGIAIRES", 8],
  ["REFERENT_HANDICAP", 4],
  ["ERUN", 4],
  ["MAITRE_ACCUEIL_TEMPORAIRE", 3],
];
const FUNCTION_LABELS = new Map<string, string>(FUNCTION_KINDS.map((k) => [k.code, k.label]));

export interface SynthPlace {
  circonscription: number; // index
  school: number; // index
  departement: string; // "01".."95"-like code
}

export interface SynthAgent {
  index: number;
  numen: string;
  nom: string;
  prenom: string;
  identifiant: string;
  place: SynthPlace;
  /** Year the agent joined the current school (affectation start). */
  schoolSince: IsoDate;
  careerSteps: CareerHistoryStep[];
  snapshot: AgentSnapshot;
}

export function departementCode(index: number): string {
  // Two characters, like a NUMEN's first two: "01".."99" then a letter pair would overflow;
  // 330,000 / 5,000 = 66 départements.
  return String(1 + (index % 99)).padStart(2, "0");
}

export function placesFor(size: number) {
  const circonscriptions = Math.max(1, Math.round(size / AGENTS_PER_CIRCONSCRIPTION));
  const schools = Math.max(circonscriptions, Math.round(size / AGENTS_PER_SCHOOL));
  const departements = Math.max(1, Math.ceil(size / AGENTS_PER_DEPARTEMENT));
  return { circonscriptions, schools, departements };
}

/** Circonscription of school `s` (schools are spread evenly), département of a circonscription. */
export function circonscriptionOfSchool(s: number, size: number): number {
  const { circonscriptions, schools } = placesFor(size);
  return Math.floor((s * circonscriptions) / schools);
}
export function departementOfCirconscription(c: number, size: number): string {
  const { circonscriptions, departements } = placesFor(size);
  return departementCode(Math.floor((c * departements) / circonscriptions));
}

const LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ";

// Surnames: lib/seed/names.ts has 160, which for 330,000 people would give every
// identifiant base ~100 homonyms (jmartin, jmartin2 … jmartin100): far more than a real
// corps, where a few surnames are frequent and most are rare. Here 40 % of the agents take
// one of the common surnames and the others a surname made of French-sounding syllables
// (some 20,000 different ones), hence homonym counts closer to real ones.
const SYLLABLES = [
  "bar",
  "ber",
  "bou",
  "cas",
  "cha",
  "dar",
  "del",
  "dou",
  "fa",
  "fon",
  "gar",
  "gui",
  "la",
  "lac",
  "lan",
  "mar",
  "mau",
  "mon",
  "mou",
  "pe",
  "pey",
  "pon",
  "ri",
  "ro",
  "sal",
  "san",
  "ta",
  "tis",
  "val",
  "ver",
  "vi",
  "bel",
];
const ENDINGS = [
  "ac",
  "and",
  "at",
  "aud",
  "eau",
  "el",
  "er",
  "ès",
  "et",
  "ier",
  "in",
  "ou",
  "oux",
  "y",
  "e",
  "ade",
  "ens",
  "ot",
  "ux",
  "ieu",
];
function surname(rng: Random): string {
  // Each common surname then carries 0.25 % of the corps (Martin: 0.35 % of the French).
  if (rng.chance(0.4)) return rng.pick(SURNAMES);
  const parts = rng.chance(0.5) ? 2 : 1;
  let name = "";
  for (let i = 0; i < parts; i++) name += rng.pick(SYLLABLES);
  name += rng.pick(ENDINGS);
  return name.charAt(0).toUpperCase() + name.slice(1);
}

function weighted<K>(rng: Random, weights: readonly (readonly [K, number])[]): K {
  const total = weights.reduce((s, [, w]) => s + w, 0);
  let roll = rng.next() * total;
  for (const [k, w] of weights) {
    roll -= w;
    if (roll < 0) return k;
  }
  return (weights[weights.length - 1] as readonly [K, number])[0];
}

/** First day of a month between `monthsBack` months before REFERENCE_DATE and that date. */
function monthStartWithin(rng: Random, monthsBack: number): IsoDate {
  return addMonths(REFERENCE_DATE, -rng.int(0, Math.max(0, monthsBack)));
}

const schoolYearStart = (year: number): IsoDate => `${year}-09-01`;
const schoolYearEnd = (year: number): IsoDate => `${year}-08-31`;
const yearOf = (d: IsoDate) => Number(d.slice(0, 4));

function functionsFor(rng: Random, grade: GradeCode, corpsDate: IsoDate): FunctionPeriod[] {
  if (!rng.chance(FUNCTION_SHARE[grade])) return [];
  const out: FunctionPeriod[] = [];
  const count = rng.chance(0.25) ? 2 : 1;
  const firstYear = yearOf(corpsDate) + (corpsDate.slice(5) > "09-01" ? 1 : 0);
  const lastYear = yearOf(REFERENCE_DATE) - 1;
  if (firstYear > lastYear) return [];
  for (let i = 0; i < count; i++) {
    const kind = weighted(rng, FUNCTION_WEIGHTS);
    const start = rng.int(firstYear, lastYear);
    const length = rng.int(1, 16);
    const end = start + length;
    const ongoing = end > yearOf(REFERENCE_DATE) || rng.chance(0.25);
    out.push({
      kind,
      startDate: schoolYearStart(start),
      endDate: ongoing ? null : schoolYearEnd(end),
      status: weighted(rng, [
        ["VALIDEE", 85],
        ["A_VERIFIER", 12],
        ["REFUSEE", 3],
      ] as const),
      faisantFonction: rng.chance(0.02),
      stagiaire: false,
      educationPrioritaireShare:
        kind === "EDUCATION_PRIORITAIRE" ? (rng.chance(0.9) ? 100 : 40) : null,
    });
  }
  return out;
}

export function functionLabel(kind: string): string {
  return FUNCTION_LABELS.get(kind) ?? kind;
}

/**
 * The agents of a synthetic population of `size`, one at a time (a country does not need to
 * sit in memory to be written to a database). Identifiants are unique within the population.
 */
export function* synthAgents(size: number, seed = 20_261_129): Generator<SynthAgent> {
  const rng = createRandom(seed);
  const { schools } = placesFor(size);
  const homonyms = new Map<string, number>();
  for (let index = 0; index < size; index++) {
    const sexe: "F" | "M" = rng.chance(0.84) ? "F" : "M";
    const prenom = rng.pick(sexe === "F" ? FEMALE_FIRST_NAMES : MALE_FIRST_NAMES);
    const nom = rng.chance(0.05) ? `${surname(rng)}-${surname(rng)}` : surname(rng);
    const base = baseIdentifiant(prenom, nom);
    const n = (homonyms.get(base) ?? 0) + 1;
    homonyms.set(base, n);
    const identifiant = n === 1 ? base : `${base}${n}`;

    const grade = weighted(rng, GRADE_WEIGHTS);
    const echelon = weighted(rng, ECHELON_WEIGHTS[grade]);
    // Months already spent in the current échelon: within its usual length, longer in the last one.
    const usual = ECHELON_MONTHS[grade][echelon];
    const echelonDate = monthStartWithin(
      rng,
      echelon === ECHELON_COUNT[grade] ? 96 : (usual ?? 24) - 1,
    );
    const careerSteps = deriveCareerSteps(
      { grade, echelon, date: echelonDate },
      {
        accelerated: rng.chance(0.3),
        entryEchelon: { HC: rng.int(1, 3), CE: rng.int(1, 3) },
      },
    );
    const first = careerSteps[0] as CareerHistoryStep;
    const corpsDate = first.date;
    let gradeDate = corpsDate;
    for (let i = careerSteps.length - 1; i > 0; i--) {
      const step = careerSteps[i] as CareerHistoryStep;
      if ((careerSteps[i - 1] as CareerHistoryStep).grade !== step.grade) {
        gradeDate = step.date;
        break;
      }
    }
    // Entry in the corps between 22 and 38, but nobody older than 66 at the reference date
    // (the longest careers then started at 20).
    const entryAge = addMonths(corpsDate, -rng.int(22 * 12, 38 * 12) - rng.int(0, 11));
    const oldest = addMonths(REFERENCE_DATE, -66 * 12);
    const birthDate =
      entryAge >= oldest
        ? entryAge
        : oldest < addMonths(corpsDate, -20 * 12)
          ? oldest
          : addMonths(corpsDate, -20 * 12);
    const school = rng.int(0, schools - 1);
    const circonscription = circonscriptionOfSchool(school, size);
    const departement = departementOfCirconscription(circonscription, size);
    const numen = `${departement}E${String(index).padStart(7, "0")}${LETTERS[rng.int(0, 22)]}${LETTERS[rng.int(0, 22)]}${LETTERS[rng.int(0, 22)]}`;
    const id = agentId(index);
    const functions = functionsFor(rng, grade, corpsDate);
    const sinceYear = Math.max(yearOf(corpsDate), yearOf(REFERENCE_DATE) - rng.int(0, 15));
    yield {
      index,
      numen,
      nom,
      prenom,
      identifiant,
      place: { circonscription, school, departement },
      schoolSince:
        toDayNumber(schoolYearStart(sinceYear)) >= toDayNumber(corpsDate)
          ? schoolYearStart(sinceYear)
          : corpsDate,
      careerSteps,
      snapshot: {
        id,
        sexe,
        birthDate,
        corpsDate,
        grade,
        echelon,
        echelonDate,
        gradeDate,
        careerSteps: careerSteps.map(({ grade: g, echelon: e, date }) => ({
          grade: g,
          echelon: e,
          date,
        })),
        functions,
      },
    };
  }
}

/** Ids shaped like Prisma's cuid() (25 characters), but sequential: cheap and deterministic. */
export function benchId(prefix: string, n: number): string {
  return `c${prefix}${n.toString(36).padStart(24 - prefix.length, "0")}`;
}
export const agentId = (index: number) => benchId("bagt", index);

/**
 * Appréciation / avis drawn for an agent of a campaign, the same on every run (a hash of the
 * agent index and the campaign), with the shares a DASEN would roughly give.
 */
export function drawLevel<K extends string>(
  index: number,
  salt: number,
  weights: readonly (readonly [K, number])[],
): K {
  let h = Math.imul(index ^ Math.imul(salt, 0x9e3779b1), 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  const roll = ((h >>> 0) / 4294967296) * weights.reduce((s, [, w]) => s + w, 0);
  let acc = 0;
  for (const [k, w] of weights) {
    acc += w;
    if (roll < acc) return k;
  }
  return (weights[weights.length - 1] as readonly [K, number])[0];
}

export const HC_LEVEL_WEIGHTS = [
  ["EXCELLENT", 20],
  ["TRES_SATISFAISANT", 35],
  ["SATISFAISANT", 40],
  ["A_CONSOLIDER", 5],
] as const;
export const CE_LEVEL_WEIGHTS = [
  ["EXCELLENT", 18],
  ["TRES_SATISFAISANT", 20],
  ["SATISFAISANT", 55],
  ["INSATISFAISANT", 7],
] as const;
export const CE2024_AVIS_WEIGHTS = [
  ["TRES_FAVORABLE", 25],
  ["FAVORABLE", 65],
  ["DEFAVORABLE", 10],
] as const;
/** Share of the vivier 1 promouvables who apply (the others are left out of vivier 1). */
export const APPLY_SHARE = 0.8;
export const applies = (index: number) =>
  drawLevel(index, 7, [
    ["yes", APPLY_SHARE],
    ["no", 1 - APPLY_SHARE],
  ] as const) === "yes";
/** A few oppositions of the DASEN (with a written reason). */
export const opposed = (index: number) =>
  drawLevel(index, 11, [
    ["yes", 0.002],
    ["no", 0.998],
  ] as const) === "yes";

const LEVEL_WEIGHTS: Record<RuleSetId, readonly (readonly [string, number])[]> = {
  HC_PE: HC_LEVEL_WEIGHTS,
  CE_2017_2023: CE_LEVEL_WEIGHTS,
  CE_DEPUIS_2024: CE2024_AVIS_WEIGHTS,
  ES_JUSQU_2023: CE_LEVEL_WEIGHTS,
};
/** The appréciation (or, for CE depuis 2024, the IEN avis) of agent `index` in a campaign of that rule set. */
export function levelFor(ruleSet: RuleSetId, index: number): string {
  return drawLevel(index, ruleSet.length * 31 + ruleSet.charCodeAt(3), LEVEL_WEIGHTS[ruleSet]);
}
/** Whether agent `index` has applied (candidature), for those who must apply. */
export function appliedFor(index: number, eligibility: Eligibility): boolean {
  return (
    eligibility.promouvable &&
    eligibility.candidatureRequired &&
    eligibility.viviers.includes(1) &&
    applies(index)
  );
}
