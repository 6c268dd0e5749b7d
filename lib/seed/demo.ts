// Demo département (Haute-Garonne): three circonscriptions, their schools, 324 professeurs
// des écoles with coherent careers and dossiers, the IEN, a gestionnaire and the campaigns.
// Everything random comes from seeded generators and every generated date is relative to
// `now`, so the demo is the same on every run and works whatever day it is run.
import type { School, ZoneEducation } from "@/generated/prisma/client";
import type { Db } from "@/lib/db";
import {
  defaultObservationDate,
  getRuleSet,
  type FunctionKind,
  type GradeCode,
  type IsoDate,
} from "@/lib/rules";
import {
  addDays,
  addMonths,
  compareIsoDates,
  parseIsoDate,
  wholeYearsBetween,
} from "@/lib/rules/dates";
import { reclassementTable, reclassify } from "@/lib/campaigns/promotion-effect";
import { resultRowsOf, storeTableau } from "@/lib/results/tableau";
import { loadExamined } from "@/lib/campaigns/promouvables";
import { departementIdOf } from "@/lib/departements/known";
import { currentCampaignYear } from "@/lib/campaigns/campaign-year";
import { parisToday } from "@/lib/campaigns/windows";
import {
  deriveCareerSteps,
  ECHELON_MONTHS,
  NATURE,
  previousSeptemberFirst,
  type CareerHistoryStep,
} from "@/lib/rules/career-grid";
import {
  calendarDate,
  createAcademieAccount,
  createAdministrator,
  createCampaign,
  createCirconscription,
  createInspector,
  createSchool,
  createTeachers,
  isoDate,
  snapshotOf,
  uaiWithKey,
  type AffectationInput,
  type DistinctionInput,
  type HashCost,
  type FunctionInput,
  type QualificationInput,
  type TeacherInput,
} from "./factories";
import { foldName, makeIdentifiant } from "@/lib/agents/identifiant";
import * as names from "./names";
import { createRandom, type Random } from "./random";

const SEED = 310_031;
const SCHOOLS_PER_CIRCONSCRIPTION = 12;
const MIN_TEACHERS = 324;
const MAIL_DOMAIN = "ac-toulouse.fr";

/** The accounts the demo documents; the passwords are the defaults (NUMEN for teachers). */
export const DEMO_ACCOUNTS = {
  teacher: { identifiant: "ctartemuche", password: "31E1234567ABC" },
  director: { identifiant: "jdupont", password: "31E7654321XYZ" },
  inspector: { identifiant: "pmartin", password: "31E1111111IEN" },
  administrator: { identifiant: "gestionnaire", password: "31E2222222ADM" },
  otherInspectors: [
    { identifiant: "sgarrigues", password: "31E3333333IEN" },
    { identifiant: "mlavergne", password: "31E4444444IEN" },
  ],
  // Ariège, the académie's second département of the demo (issue 12), and the rectorat.
  administratorAriege: { identifiant: "gestionnaire09", password: "09E2222222ADM" },
  inspectorAriege: { identifiant: "rbonnet", password: "09E5555555IEN" },
  academie: { identifiant: "rectorat", password: "ACA2222222TLS" },
} as const;

const ARIEGE_PLAN: CirconscriptionPlan = {
  code: "009-PAMIERS",
  name: "Pamiers",
  communes: ["Pamiers", "Saverdun", "Mazères", "Varilhes", "Le Vernet"],
  zones: ["REP"],
  ien: { prenom: "Rose", nom: "Bonnet", ...DEMO_ACCOUNTS.inspectorAriege },
  cpc: 1,
};
const ARIEGE_TEACHERS = 60;

interface CirconscriptionPlan {
  code: string;
  name: string;
  communes: readonly string[];
  /** Zones of its first schools; the others are hors éducation prioritaire. */
  zones: readonly ZoneEducation[];
  ien: { prenom: string; nom: string; identifiant: string; password: string };
  /** Conseillers pédagogiques. */
  cpc: number;
}

// One IEN per circonscription, the first being the fixed pmartin.
const CIRCONSCRIPTION_PLANS: readonly CirconscriptionPlan[] = [
  {
    ...names.CIRCONSCRIPTIONS[0],
    zones: ["REP_PLUS", "REP", "REP", "REP"],
    ien: { prenom: "Paul", nom: "Martin", ...DEMO_ACCOUNTS.inspector },
    cpc: 2,
  },
  {
    ...names.CIRCONSCRIPTIONS[1],
    zones: ["REP_PLUS", "REP_PLUS", "REP", "REP"],
    ien: { prenom: "Sophie", nom: "Garrigues", ...DEMO_ACCOUNTS.otherInspectors[0] },
    cpc: 2,
  },
  {
    ...names.CIRCONSCRIPTIONS[2],
    zones: ["REP"],
    ien: { prenom: "Marc", nom: "Lavergne", ...DEMO_ACCOUNTS.otherInspectors[1] },
    cpc: 1,
  },
];

export interface SeedSummary {
  circonscriptions: number;
  schools: number;
  teachers: number;
  teachersByGrade: Record<GradeCode, number>;
  inspectors: number;
  administrators: number;
  careerEvents: number;
  affectations: number;
  functions: number;
  qualifications: number;
  activities: number;
  distinctions: number;
  campaigns: number;
  opinions: number;
  candidatures: number;
  promotionResults: number;
}

// ---------- calendar ----------

interface Clock {
  now: Date;
  today: IsoDate;
  /** First day of the current month: generated dates are whole months before it. */
  monthStart: IsoDate;
  /** 1 September of the current school year: last rentrée and last promotions. */
  rentree: IsoDate;
  rentreeYear: number;
  /** Campaign year: the year of the next 31 August on or after today. */
  year: number;
}

function clockAt(now: Date): Clock {
  // Today in Paris, like the campaign year: the demo's clock agrees with the pages'.
  const today = isoDate(parisToday(now));
  const rentree = previousSeptemberFirst(today);
  return {
    now,
    today,
    monthStart: `${today.slice(0, 7)}-01`,
    rentree,
    rentreeYear: parseIsoDate(rentree).year,
    year: currentCampaignYear(now),
  };
}

const yearOf = (date: IsoDate) => parseIsoDate(date).year;
const rentreeOf = (year: number): IsoDate => `${year}-09-01`;
const endOfSchoolYear = (year: number): IsoDate => `${year}-08-31`; // the school year that ends in `year`
const instant = (at: Date, days: number) => new Date(at.getTime() + days * 86_400_000);

// ---------- places ----------

type SchoolType = (typeof names.SCHOOL_TYPES)[number];

interface DemoCirconscription {
  id: string;
  name: string;
  plan: CirconscriptionPlan;
}

interface DemoSchool extends Pick<School, "id" | "name" | "zone" | "commune"> {
  circonscription: DemoCirconscription;
  type: SchoolType;
  size: number; // teachers, director included
}

interface SchoolPlan {
  name: string;
  commune: string;
  zone: ZoneEducation;
  type: SchoolType;
  size: number;
}

function planSchools(rng: Random, plan: CirconscriptionPlan, patrons: string[]): SchoolPlan[] {
  const [town, ...villages] = plan.communes;
  if (!town) throw new Error(`Circonscription ${plan.name} sans commune`);
  return Array.from({ length: SCHOOLS_PER_CIRCONSCRIPTION }, (_, i) => {
    const zone: ZoneEducation = plan.zones[i] ?? "HORS_EP";
    // Éducation prioritaire and the first schools are in the main town, the others around it.
    const inTown = villages.length === 0 || i < plan.zones.length + 2;
    const commune = inTown
      ? town
      : (villages[(i - plan.zones.length - 2) % villages.length] ?? town);
    const rural = plan.communes.length > 1 && !inTown && plan.name === "Saint-Gaudens";
    const type = rural ? names.SCHOOL_TYPES[2] : rng.pick(names.SCHOOL_TYPES);
    const size = rural
      ? rng.int(1, 5)
      : type === names.SCHOOL_TYPES[0]
        ? rng.int(4, 8)
        : rng.int(6, 12);
    const patron = patrons.pop();
    if (!patron) throw new Error("Plus de noms d'école disponibles");
    return { name: `${type.label} ${patron}`, commune, zone, type, size };
  });
}

// ---------- people ----------

type Role = "ADJOINT" | "DIRECTEUR" | "CHARGE" | "CPC" | "REFERENT";

interface Slot {
  circonscription: DemoCirconscription;
  school: DemoSchool | null;
  role: Role;
}

interface PlannedTeacher {
  input: TeacherInput;
  circonscription: DemoCirconscription;
  /** Fixed accounts keep the situation the brief gives them. */
  pinned: boolean;
}

const mailPart = (text: string) =>
  text
    .split(/[\s'’-]+/)
    .map(foldName)
    .filter(Boolean)
    .join("-");

function academicEmail(prenom: string, nom: string, identifiant: string): string {
  const homonym = /\d+$/.exec(identifiant)?.[0] ?? "";
  return `${mailPart(prenom)}.${mailPart(nom)}${homonym}@${MAIL_DOMAIN}`;
}

const SENIOR_ROLES: ReadonlySet<Role> = new Set(["DIRECTEUR", "CPC", "REFERENT"]);

// Échelon weights: more agents in the upper CN échelons, as in the real pyramid.
const ECHELON_WEIGHTS: Record<GradeCode, readonly (readonly [number, number])[]> = {
  CN: [
    [2, 5],
    [3, 6],
    [4, 8],
    [5, 9],
    [6, 10],
    [7, 10],
    [8, 11],
    [9, 14],
    [10, 14],
    [11, 13],
  ],
  HC: [
    [1, 20],
    [2, 20],
    [3, 18],
    [4, 16],
    [5, 14],
    [6, 12],
  ],
  CE: [
    [1, 25],
    [2, 25],
    [3, 20],
    [4, 18],
    [5, 12],
  ],
};
const SENIOR_CN_WEIGHTS = ECHELON_WEIGHTS.CN.filter(([e]) => e >= 6);

interface Career {
  grade: GradeCode;
  echelon: number;
  echelonDate: IsoDate;
  steps: CareerHistoryStep[];
  corpsDate: IsoDate;
  birthDate: IsoDate;
}

function generateCareer(rng: Random, role: Role, clock: Clock): Career {
  const senior = SENIOR_ROLES.has(role);
  // About 70 % CN, 25 % HC, 5 % CE once last year's hors classe promotions are applied.
  const grade = rng.weighted<GradeCode>(
    senior
      ? [
          ["CN", 58],
          ["HC", 34],
          ["CE", 8],
        ]
      : [
          ["CN", 77],
          ["HC", 18],
          ["CE", 5],
        ],
  );
  // Rejection sampling: a few draws give an age over 63 or a 1 September promotion that
  // would have been too late; draw again.
  for (let attempt = 0; attempt < 100; attempt++) {
    const echelon = rng.weighted(
      grade === "CN" && senior ? SENIOR_CN_WEIGHTS : ECHELON_WEIGHTS[grade],
    );
    const duration = ECHELON_MONTHS[grade][echelon];
    const entryEchelon = {
      HC: rng.weighted([
        [1, 45],
        [2, 35],
        [3, 20],
      ]),
      CE: rng.weighted([
        [1, 50],
        [2, 30],
        [3, 20],
      ]),
    };
    const options = {
      entryEchelon,
      // 9th + 2 years to be promouvable: at least 25 months before a 1 September promotion.
      monthsBeforePromotion: { HC: rng.int(25, 47), CE: rng.int(6, 29) },
      accelerated: rng.chance(0.3),
    };
    let echelonDate = addMonths(
      clock.monthStart,
      -(duration === undefined ? rng.int(0, grade === "CN" ? 72 : 36) : rng.int(0, duration - 1)),
    );
    // Promotions take effect on 1 September.
    const enteredGradeNow = grade !== "CN" && echelon <= entryEchelon[grade];
    if (enteredGradeNow) echelonDate = previousSeptemberFirst(echelonDate);
    if (
      duration !== undefined &&
      compareIsoDates(addMonths(echelonDate, duration), clock.today) <= 0
    )
      continue;
    // Last rentrée's hors classe promotions come from last year's table (planPreviousHorsClasse).
    if (enteredGradeNow && grade === "HC" && echelonDate === clock.rentree) continue;
    const steps = deriveCareerSteps({ grade, echelon, date: echelonDate }, options);
    const corpsDate = steps[0]?.date ?? echelonDate;
    const maxEntryAge = 63 - wholeYearsBetween(corpsDate, clock.today);
    if (maxEntryAge < 22) continue;
    const entryAge = rng.int(22, Math.min(32, maxEntryAge));
    const birthDate = addDays(
      addMonths(corpsDate, -(entryAge * 12 + rng.int(0, 11))),
      -rng.int(0, 27),
    );
    return { grade, echelon, echelonDate, steps, corpsDate, birthDate };
  }
  throw new Error(`Aucune carrière plausible tirée pour le grade ${grade}`);
}

interface GenerationContext {
  /** Careers and dossiers (one stream per teacher, see generateTeacher). */
  rng: Random;
  /** Names and NUMEN, on their own stream so that they never depend on the date. */
  identities: Random;
  clock: Clock;
  schools: readonly DemoSchool[];
  circonscriptions: readonly DemoCirconscription[];
  reviewerId: string;
  usedNames: Set<string>;
  usedNumens: Set<string>;
  identifiants: Set<string>;
}

type SharedContext = Omit<GenerationContext, "rng">;

function drawNumen(ctx: SharedContext): string {
  for (;;) {
    const letters = Array.from({ length: 3 }, () =>
      String.fromCharCode(65 + ctx.identities.int(0, 25)),
    ).join("");
    const numen = `31E${String(ctx.identities.int(0, 9_999_999)).padStart(7, "0")}${letters}`;
    if (!ctx.usedNumens.has(numen)) {
      ctx.usedNumens.add(numen);
      return numen;
    }
  }
}

function drawName(ctx: SharedContext): { prenom: string; nom: string; sexe: "F" | "M" } {
  for (;;) {
    // About 84 % of professeurs des écoles are women.
    const sexe = ctx.identities.chance(0.84) ? "F" : "M";
    const prenom = ctx.identities.pick(
      sexe === "F" ? names.FEMALE_FIRST_NAMES : names.MALE_FIRST_NAMES,
    );
    const nom = ctx.identities.pick(names.SURNAMES);
    const full = `${prenom} ${nom}`;
    if (!ctx.usedNames.has(full)) {
      ctx.usedNames.add(full);
      return { prenom, nom, sexe };
    }
  }
}

/**
 * Validation as the administration records it: most entries checked, the others still to
 * check; a few declared functions refused (never a service the affectations prove).
 */
type Review = Pick<
  FunctionInput,
  "status" | "source" | "reviewedById" | "reviewedAt" | "reviewNote"
>;

const REFUSAL_NOTES = [
  "Aucune lettre de mission fournie.",
  "Période déjà comptée au titre d'une autre fonction.",
  "Fonction exercée en qualité de faisant fonction.",
];

function reviewed(ctx: GenerationContext, validatedShare: number, mayBeRefused: boolean): Review {
  const roll = ctx.rng.next();
  if (roll < validatedShare) return { status: "VALIDEE", source: "ADMINISTRATION" };
  if (mayBeRefused && roll < validatedShare + (1 - validatedShare) * 0.2) {
    return {
      status: "REFUSEE",
      source: "AGENT",
      reviewedById: ctx.reviewerId,
      reviewedAt: instant(ctx.clock.now, -ctx.rng.int(20, 300)),
      reviewNote: ctx.rng.pick(REFUSAL_NOTES),
    };
  }
  return { status: "A_VERIFIER", source: "AGENT" };
}

/** A school year in [from, to], or null when the range is empty. */
function schoolYearIn(rng: Random, from: number, to: number): number | null {
  return from > to ? null : rng.int(from, to);
}

function pastAffectation(
  ctx: GenerationContext,
  current: Slot,
  startYear: number,
  endYear: number,
): AffectationInput {
  const { rng } = ctx;
  const dates = { startDate: rentreeOf(startYear), endDate: endOfSchoolYear(endYear) };
  const kind = rng.weighted([
    ["brigade", 25],
    ["school", 45],
    ["external", 30],
  ] as const);
  if (kind === "brigade") {
    const circonscription = rng.pick(ctx.circonscriptions);
    return {
      ...dates,
      label: `Brigade de remplacement — circonscription de ${circonscription.name}`,
      poste: "Titulaire remplaçant",
    };
  }
  if (kind === "school") {
    const school = rng.pick(ctx.schools.filter((s) => s !== current.school));
    return { ...dates, school, poste: school.type.poste };
  }
  const type = rng.pick(names.SCHOOL_TYPES);
  return {
    ...dates,
    label: `${type.label} ${rng.pick(names.SCHOOL_PATRONS)} (${rng.pick(names.OTHER_COMMUNES)})`,
    zone: rng.weighted<ZoneEducation>([
      ["HORS_EP", 80],
      ["REP", 14],
      ["REP_PLUS", 6],
    ]),
    poste: type.poste,
  };
}

const CURRENT_POSTE: Record<Role, string | null> = {
  ADJOINT: null, // the school type's
  DIRECTEUR: "Directeur d'école",
  CHARGE: "Chargé d'école",
  CPC: "Conseiller pédagogique de circonscription",
  REFERENT: "Enseignant référent pour la scolarisation des élèves handicapés",
};

const ROLE_FUNCTION: Partial<Record<Role, FunctionKind>> = {
  DIRECTEUR: "DIRECTEUR_ECOLE",
  CHARGE: "CHARGE_ECOLE",
  CPC: "CONSEILLER_PEDAGOGIQUE",
  REFERENT: "REFERENT_HANDICAP",
};

/** Affectations from the entry in the corps to today, and the functions they imply. */
function generatePostings(ctx: GenerationContext, slot: Slot, career: Career, quotite: number) {
  const { rng, clock } = ctx;
  const corpsYear = yearOf(career.corpsDate);
  const seniority = clock.rentreeYear - corpsYear;
  const currentYear = SENIOR_ROLES.has(slot.role)
    ? rng.int(
        Math.min(clock.rentreeYear, Math.max(corpsYear + 4, clock.rentreeYear - 14)),
        clock.rentreeYear,
      )
    : clock.rentreeYear - rng.int(0, Math.min(12, seniority));
  const span = currentYear - corpsYear;
  const parts = span === 0 ? 0 : rng.int(1, Math.min(4, span));
  const cuts = rng
    .shuffle(Array.from({ length: Math.max(0, span - 1) }, (_, i) => corpsYear + 1 + i))
    .slice(0, parts - 1)
    .sort((a, b) => a - b);
  const starts = parts === 0 ? [] : [corpsYear, ...cuts];
  const affectations: AffectationInput[] = starts.map((start, i) =>
    pastAffectation(ctx, slot, start, starts[i + 1] ?? currentYear),
  );

  const label = slot.school?.name ?? `Circonscription de ${slot.circonscription.name}`;
  affectations.push({
    school: slot.school,
    label,
    poste: CURRENT_POSTE[slot.role] ?? slot.school?.type.poste ?? "Adjoint élémentaire",
    quotite,
    startDate: rentreeOf(currentYear),
  });

  const functions: FunctionInput[] = [];
  const roleKind = ROLE_FUNCTION[slot.role];
  if (roleKind) {
    functions.push({
      kind: roleKind,
      label: `${CURRENT_POSTE[slot.role]} — ${label}`,
      startDate: rentreeOf(currentYear),
      status: "VALIDEE",
      source: "ADMINISTRATION",
    });
  }
  for (const a of affectations) {
    const zone = a.zone ?? a.school?.zone ?? "HORS_EP";
    if (zone === "HORS_EP") continue;
    const current = a.endDate == null;
    functions.push({
      kind: "EDUCATION_PRIORITAIRE",
      label: `${zone === "REP_PLUS" ? "REP+" : "REP"} — ${a.label ?? a.school?.name}`,
      startDate: a.startDate,
      endDate: a.endDate ?? null,
      educationPrioritaireShare: 100,
      ...(current ? { status: "VALIDEE", source: "ADMINISTRATION" } : reviewed(ctx, 0.65, false)),
    });
  }
  return { affectations, functions, currentYear };
}

function generateDossier(ctx: GenerationContext, slot: Slot, career: Career, currentYear: number) {
  const { rng, clock } = ctx;
  const corpsYear = yearOf(career.corpsDate);
  const lastYear = clock.rentreeYear;
  const qualifications: QualificationInput[] = [];
  const functions: FunctionInput[] = [];

  // Master MEEF since the 2010 reform, a licence before.
  if (corpsYear >= 2011)
    qualifications.push({
      kind: "Diplôme",
      title: "Master MEEF mention premier degré",
      obtainedAt: `${corpsYear}-07-01`,
    });
  qualifications.push({
    kind: "Diplôme",
    title: rng.pick(names.LICENCES),
    obtainedAt: `${corpsYear - rng.int(corpsYear >= 2011 ? 2 : 1, 3)}-07-01`,
  });

  // Maîtres formateurs, and every CPC, hold the CAFIPEMF.
  const pemf =
    slot.role === "CPC" ||
    (slot.role === "ADJOINT" && career.grade !== "CN" ? rng.chance(0.12) : rng.chance(0.03));
  const cafipemfYear = pemf
    ? schoolYearIn(rng, corpsYear + 5, Math.min(lastYear, currentYear) - 1)
    : null;
  if (cafipemfYear !== null) {
    qualifications.push({
      kind: "Certification",
      title: "CAFIPEMF",
      obtainedAt: `${cafipemfYear}-07-01`,
      details: rng.pick(names.CAFIPEMF_OPTIONS),
    });
    const end = slot.role === "CPC" ? endOfSchoolYear(currentYear) : null;
    functions.push({
      kind: "MAITRE_FORMATEUR",
      startDate: rentreeOf(cafipemfYear),
      endDate: end,
      status: "VALIDEE",
      source: "ADMINISTRATION",
    });
  }
  if (rng.chance(0.18)) {
    const year = schoolYearIn(rng, corpsYear, lastYear - 1);
    if (year !== null)
      qualifications.push({
        kind: "Certification",
        title: `Habilitation à enseigner l'${rng.pick(names.LANGUES_HABILITATION)}`,
        obtainedAt: `${year}-06-30`,
      });
  }
  if (rng.chance(0.05)) {
    const year = schoolYearIn(rng, corpsYear + 3, lastYear - 1);
    if (year !== null)
      qualifications.push({
        kind: "Certification",
        title: "CAPPEI (pratiques de l'éducation inclusive)",
        obtainedAt: `${year}-07-01`,
      });
  }
  if (rng.chance(0.15))
    qualifications.push({
      kind: "Compétence",
      title: rng.pick(names.COMPETENCES),
      obtainedAt: null,
    });

  // Functions the agent declares, some of them still to be checked by the gestionnaire.
  if (rng.chance(0.1)) {
    const from = schoolYearIn(rng, corpsYear + 5, lastYear - 1);
    if (from !== null) {
      const to = Math.min(lastYear, from + rng.int(1, 3));
      functions.push({
        kind: "TUTEUR_STAGIAIRES",
        startDate: rentreeOf(from),
        endDate: endOfSchoolYear(to),
        ...reviewed(ctx, 0.4, true),
      });
    }
  }
  if (rng.chance(0.05)) {
    const from = schoolYearIn(rng, corpsYear + 2, lastYear - 1);
    const kind = rng.pick(["ERUN", "MAITRE_ACCUEIL_TEMPORAIRE"] as const);
    if (from !== null)
      functions.push({
        kind,
        startDate: rentreeOf(from),
        endDate: endOfSchoolYear(Math.min(lastYear, from + 2)),
      });
  }
  if (career.grade !== "CN" && rng.chance(0.04)) {
    const from = schoolYearIn(rng, corpsYear + 10, lastYear - 2);
    if (from !== null) {
      functions.push({
        kind: "FORMATEUR_ACADEMIQUE",
        startDate: rentreeOf(from),
        endDate: endOfSchoolYear(from + 2),
        status: "VALIDEE",
        source: "ADMINISTRATION",
      });
    }
  }

  const activities = rng.chance(0.3)
    ? rng
        .shuffle(names.ACTIVITIES)
        .slice(0, rng.int(1, 2))
        .map((activity) => {
          const from = rng.int(corpsYear, lastYear);
          const to = from + rng.int(1, 3);
          return {
            ...activity,
            startDate: rentreeOf(from),
            endDate: to > lastYear ? null : endOfSchoolYear(to),
          };
        })
    : [];

  // Palmes académiques for a few long careers; officier at least 5 years after chevalier.
  const distinctions: DistinctionInput[] = [];
  const chevalier =
    career.grade !== "CN" && rng.chance(0.15) ? schoolYearIn(rng, corpsYear + 15, lastYear) : null;
  if (chevalier !== null) {
    distinctions.push({
      name: "Palmes académiques",
      rank: "Chevalier",
      date: `${chevalier}-01-01`,
    });
    const officier = rng.chance(0.35) ? schoolYearIn(rng, chevalier + 5, lastYear) : null;
    if (officier !== null)
      distinctions.push({
        name: "Palmes académiques",
        rank: "Officier",
        date: `${officier}-07-14`,
      });
  }
  return { qualifications, functions, activities, distinctions };
}

function generateTeacher(
  shared: SharedContext,
  slot: Slot,
  index: number,
  name = drawName(shared),
): PlannedTeacher {
  // One stream per teacher: a draw rejected for one career never shifts the next ones.
  const rng = createRandom(SEED * 1000 + index);
  const ctx = { ...shared, rng };
  const career = generateCareer(rng, slot.role, ctx.clock);
  const partTime = slot.role === "ADJOINT" && rng.chance(0.1);
  const quotite = partTime ? rng.pick([50, 75, 80]) : 100;
  const postings = generatePostings(ctx, slot, career, quotite);
  const dossier = generateDossier(ctx, slot, career, postings.currentYear);
  const identifiant = makeIdentifiant(name.prenom, name.nom, ctx.identifiants);
  return {
    circonscription: slot.circonscription,
    pinned: false,
    input: {
      identifiant,
      numen: drawNumen(ctx),
      ...name,
      birthDate: career.birthDate,
      email: academicEmail(name.prenom, name.nom, identifiant),
      grade: career.grade,
      echelon: career.echelon,
      echelonDate: career.echelonDate,
      careerSteps: career.steps,
      circonscriptionId: slot.circonscription.id,
      modaliteService: partTime ? "Temps partiel" : "Temps complet",
      quotite,
      affectations: postings.affectations,
      functions: [...postings.functions, ...dossier.functions],
      qualifications: dossier.qualifications,
      activities: dossier.activities,
      distinctions: dossier.distinctions,
    },
  };
}

// ---------- the fixed accounts of the brief ----------

interface FixedPlaces {
  claireSchool: DemoSchool;
  jeanSchool: DemoSchool;
  formerRepSchool: DemoSchool;
  toulouseNord: DemoCirconscription;
}

function fixedTeachers(ctx: SharedContext, places: FixedPlaces): PlannedTeacher[] {
  const { claireSchool, jeanSchool, formerRepSchool, toulouseNord } = places;
  const claire: TeacherInput = {
    identifiant: DEMO_ACCOUNTS.teacher.identifiant,
    numen: DEMO_ACCOUNTS.teacher.password,
    nom: "Tartemuche",
    prenom: "Claire",
    sexe: "F",
    civilite: "Mme",
    birthDate: "1981-05-14",
    email: `claire.tartemuche@${MAIL_DOMAIN}`,
    // Derived history: CN 1st échelon on 2004-09-01 … 9th on 2023-03-01.
    grade: "CN",
    echelon: 9,
    echelonDate: "2023-03-01",
    circonscriptionId: toulouseNord.id,
    affectations: [
      {
        label: "Brigade de remplacement — circonscription de Muret",
        poste: "Titulaire remplaçant",
        startDate: "2004-09-01",
        endDate: "2006-08-31",
      },
      {
        school: formerRepSchool,
        poste: formerRepSchool.type.poste,
        startDate: "2006-09-01",
        endDate: "2011-08-31",
      },
      { school: claireSchool, poste: claireSchool.type.poste, startDate: "2011-09-01" },
    ],
    functions: [
      {
        kind: "EDUCATION_PRIORITAIRE",
        label: `REP+ — ${formerRepSchool.name}`,
        startDate: "2006-09-01",
        endDate: "2011-08-31",
        educationPrioritaireShare: 100,
        status: "A_VERIFIER",
        source: "AGENT",
      },
    ],
    qualifications: [
      { kind: "Diplôme", title: "Licence de lettres modernes", obtainedAt: "2002-07-01" },
      {
        kind: "Certification",
        title: "Habilitation à enseigner l'anglais",
        obtainedAt: "2009-06-30",
      },
    ],
    activities: [
      {
        title: "Projet « École et cinéma »",
        description: "Coordination du dispositif pour les classes de cycle 3 de l'école.",
        startDate: "2016-09-01",
      },
    ],
  };
  const jean: TeacherInput = {
    identifiant: DEMO_ACCOUNTS.director.identifiant,
    numen: DEMO_ACCOUNTS.director.password,
    nom: "Dupont",
    prenom: "Jean",
    sexe: "M",
    civilite: "M.",
    birthDate: "1969-02-11",
    email: `jean.dupont@${MAIL_DOMAIN}`,
    // Promoted to the HC 3rd échelon on 2021-09-01 (from the CN 11th), 4th on 2024-03-01.
    grade: "HC",
    echelon: 4,
    echelonDate: "2024-03-01",
    careerOptions: { entryEchelon: { HC: 3 } },
    circonscriptionId: toulouseNord.id,
    affectations: [
      {
        label: "Brigade de remplacement — circonscription de Toulouse Nord",
        poste: "Titulaire remplaçant",
        startDate: "1992-09-01",
        endDate: "1995-08-31",
      },
      {
        label: "École élémentaire Didier Daurat (Blagnac)",
        poste: "Adjoint élémentaire",
        startDate: "1995-09-01",
        endDate: "2014-08-31",
      },
      { school: jeanSchool, poste: "Directeur d'école", startDate: "2014-09-01" },
    ],
    functions: [
      {
        kind: "DIRECTEUR_ECOLE",
        label: `Directeur d'école — ${jeanSchool.name}`,
        startDate: "2014-09-01",
        status: "VALIDEE",
        source: "ADMINISTRATION",
      },
    ],
    qualifications: [
      { kind: "Diplôme", title: "Licence de sciences de l'éducation", obtainedAt: "1991-07-01" },
      { kind: "Compétence", title: "Prévention et secours civiques (PSC1)" },
    ],
    distinctions: [{ name: "Palmes académiques", rank: "Chevalier", date: "2020-01-01" }],
  };
  for (const t of [claire, jean]) {
    ctx.usedNames.add(`${t.prenom} ${t.nom}`);
    ctx.usedNumens.add(t.numen);
  }
  return [claire, jean].map((input) => ({ input, circonscription: toulouseNord, pinned: true }));
}

// ---------- campaigns ----------

// Hors classe levels (avis and appréciations) as they are usually spread.
const HC_LEVEL_WEIGHTS = [
  ["EXCELLENT", 20],
  ["TRES_SATISFAISANT", 40],
  ["SATISFAISANT", 30],
  ["A_CONSOLIDER", 10],
] as const;

function drawHcLevel(rng: Random): string {
  const value = rng.weighted(HC_LEVEL_WEIGHTS);
  // Fails loudly if the rule set ever renames its levels.
  if (!getRuleSet("HC_PE").opinionLevels.some((l) => l.value === value))
    throw new Error(`Niveau inconnu : ${value}`);
  return value;
}

/**
 * Last year's hors classe table, ranked by the rules engine on the planned careers; the
 * agents it promotes become HC on the last 1 September, so careers and table agree.
 */
function planPreviousHorsClasse(rng: Random, clock: Clock, teachers: PlannedTeacher[]) {
  const rules = getRuleSet("HC_PE");
  const year = clock.year - 1;
  const ctx = {
    year,
    observationDate: defaultObservationDate("HC_PE", year),
    parameters: rules.defaultParameters(year),
  };
  const candidates = teachers
    .map((t, index) => ({ t, agent: snapshotOf(t.input, String(index)) }))
    .filter(({ t }) => t.input.grade === "CN")
    .map(({ t, agent }) => ({ t, agent, eligibility: rules.evaluate(agent, ctx) }))
    .filter(({ eligibility }) => eligibility.promouvable)
    .map(({ t, agent, eligibility }) => ({
      t,
      candidate: {
        agent,
        eligibility,
        // Fixed accounts must stay in the classe normale.
        appreciation: t.pinned ? "SATISFAISANT" : drawHcLevel(rng),
        candidatureValid: true,
        opposition: null,
      },
    }));
  const result = rules.rank(
    candidates.map((c) => c.candidate),
    ctx,
  );
  for (const row of result.rows) {
    if (!row.promoted || row.opposed) continue;
    const planned = candidates.find((c) => c.candidate.agent.id === row.agentId);
    if (!planned || planned.t.pinned)
      throw new Error("Le tableau de démonstration promeut un compte fixe");
    promoteOnRentree(planned.t.input, clock.rentree, ctx.observationDate);
  }
  return { ctx, candidates, ranking: result };
}

/**
 * CN → HC on the given 1 September by the reclassement table the portal applies itself
 * (lib/campaigns/promotion-effect.ts); later CN steps vanish.
 */
function promoteOnRentree(input: TeacherInput, rentree: IsoDate, observationDate: IsoDate) {
  const before = (input.careerSteps ?? []).filter(
    (s) => compareIsoDates(s.date, observationDate) <= 0,
  );
  const last = before.at(-1);
  if (!last || last.grade !== "CN")
    throw new Error("Promotion d'un agent sans historique en classe normale");
  const r = reclassify(
    reclassementTable("HORS_CLASSE", parseIsoDate(rentree).year),
    { grade: "CN", echelon: last.echelon, echelonDate: last.date },
    rentree,
  );
  if (!r.ok) throw new Error(r.reason);
  const { echelon, echelonDate } = r.value;
  input.careerSteps = [
    ...before,
    { grade: "HC", echelon, date: echelonDate, nature: NATURE.promotion },
  ];
  input.grade = "HC";
  input.echelon = echelon;
  input.echelonDate = echelonDate;
}

// ---------- entry point ----------

export interface SeedDemoOptions {
  now: Date;
  /** Cheaper scrypt cost for the generated teachers, for throw-away test databases only. */
  hashCost?: HashCost;
}

export async function seedDemo(db: Db, opts: SeedDemoOptions): Promise<SeedSummary> {
  // Separate streams: places and people stay the same whatever the date; careers (dates
  // relative to it) may draw again when a date falls out of range.
  const placesRng = createRandom(SEED);
  const identities = createRandom(SEED + 1);
  const rng = createRandom(SEED + 2);
  const clock = clockAt(opts.now);

  // Places.
  const patrons = placesRng.shuffle(names.SCHOOL_PATRONS);
  const circonscriptions: DemoCirconscription[] = [];
  const schools: DemoSchool[] = [];
  for (const plan of CIRCONSCRIPTION_PLANS) {
    const row = await createCirconscription(db, {
      code: plan.code,
      name: plan.name,
      departement: names.DEPARTEMENT.code,
    });
    const circonscription = { id: row.id, name: row.name, plan };
    circonscriptions.push(circonscription);
    for (const s of planSchools(placesRng, plan, patrons)) {
      const uai = uaiWithKey(`031${String(1100 + schools.length * 37).padStart(4, "0")}`);
      const school = await createSchool(db, {
        uai,
        name: s.name,
        commune: s.commune,
        zone: s.zone,
        circonscriptionId: row.id,
      });
      schools.push({ ...school, circonscription, type: s.type, size: s.size });
    }
  }
  const [toulouseNord, toulouseCentre] = circonscriptions;
  if (!toulouseNord || !toulouseCentre)
    throw new Error("Circonscriptions de démonstration manquantes");
  const inCirco = (c: DemoCirconscription) => schools.filter((s) => s.circonscription === c);
  // Jean Dupont directs a REP school of Toulouse Nord; Claire Tartemuche teaches in a
  // school outside éducation prioritaire there, after five years in a REP+ of the centre.
  const jeanSchool = inCirco(toulouseNord).find((s) => s.zone === "REP" && s.size > 1);
  const claireSchool = inCirco(toulouseNord).find(
    (s) => s.zone === "HORS_EP" && s.type !== names.SCHOOL_TYPES[0] && s.size > 1,
  );
  const formerRepSchool = inCirco(toulouseCentre).find((s) => s.zone === "REP_PLUS");
  if (!jeanSchool || !claireSchool || !formerRepSchool)
    throw new Error("Écoles des comptes fixes introuvables");

  // Accounts without agent, created first so that no teacher takes their identifiants.
  const [administrator, ...inspectors] = await Promise.all([
    createAdministrator(db, {
      identifiant: DEMO_ACCOUNTS.administrator.identifiant,
      password: DEMO_ACCOUNTS.administrator.password,
      displayName: "Gestionnaire DSDEN 31",
      email: `gestion-pe31@${MAIL_DOMAIN}`,
    }),
    ...circonscriptions.map((c) =>
      createInspector(db, {
        identifiant: c.plan.ien.identifiant,
        password: c.plan.ien.password,
        displayName: `${c.plan.ien.prenom} ${c.plan.ien.nom}`,
        email: `${mailPart(c.plan.ien.prenom)}.${mailPart(c.plan.ien.nom)}@${MAIL_DOMAIN}`,
        circonscriptionIds: [c.id],
      }),
    ),
  ]);
  const pmartin = inspectors[0];
  if (!administrator || !pmartin) throw new Error("Comptes de démonstration non créés");

  // Teachers.
  const ctx: SharedContext = {
    identities,
    clock,
    schools,
    circonscriptions,
    reviewerId: administrator.id,
    usedNames: new Set(circonscriptions.map((c) => `${c.plan.ien.prenom} ${c.plan.ien.nom}`)),
    usedNumens: new Set(),
    identifiants: new Set([
      DEMO_ACCOUNTS.administrator.identifiant,
      DEMO_ACCOUNTS.teacher.identifiant,
      DEMO_ACCOUNTS.director.identifiant,
      ...circonscriptions.map((c) => c.plan.ien.identifiant),
    ]),
  };
  const planned = fixedTeachers(ctx, { claireSchool, jeanSchool, formerRepSchool, toulouseNord });
  const slots: Slot[] = [];
  for (const school of schools) {
    const roles: Role[] =
      school.size === 1
        ? ["CHARGE"]
        : ["DIRECTEUR", ...Array<Role>(school.size - 1).fill("ADJOINT")];
    // The fixed accounts hold the director's post of one school and a teacher's post of another.
    if (school === jeanSchool) roles.shift();
    if (school === claireSchool) roles.pop();
    slots.push(...roles.map((role) => ({ circonscription: school.circonscription, school, role })));
  }
  for (const c of circonscriptions) {
    slots.push(
      ...Array.from({ length: c.plan.cpc }, () => ({
        circonscription: c,
        school: null,
        role: "CPC" as const,
      })),
    );
    slots.push({ circonscription: c, school: null, role: "REFERENT" });
  }
  const urban = schools.filter((s) => s.size > 5);
  while (slots.length + planned.length < MIN_TEACHERS) {
    const school = placesRng.pick(urban);
    slots.push({ circonscription: school.circonscription, school, role: "ADJOINT" });
  }
  // A homonym of Jean Dupont (jdupont2), so that numbered identifiants show in the demo.
  const julieSlot = slots.findIndex(
    (s) => s.circonscription === toulouseCentre && s.role === "ADJOINT",
  );
  slots.forEach((slot, i) =>
    planned.push(
      generateTeacher(
        ctx,
        slot,
        i,
        i === julieSlot ? { prenom: "Julie", nom: "Dupont", sexe: "F" } : undefined,
      ),
    ),
  );

  const previous = planPreviousHorsClasse(rng, clock, planned);
  const created = await createTeachers(
    db,
    planned.map((p) => p.input),
    { hashCost: opts.hashCost },
  );
  const agentIdOf = (plannedIndex: string) => created[Number(plannedIndex)]?.agentId ?? "";

  // Last year's hors classe, published; its table froze the barème of each promouvable.
  const previousCampaign = await createCampaign(db, {
    ruleSet: "HC_PE",
    year: previous.ctx.year,
    status: "PUBLIEE",
    opinionStart: `${previous.ctx.year}-03-16`,
    opinionEnd: `${previous.ctx.year}-04-17`,
    openedAt: calendarDate(`${previous.ctx.year}-03-16`),
    closedAt: calendarDate(`${previous.ctx.year}-05-29`),
    publishedAt: calendarDate(`${previous.ctx.year}-06-26`),
  });
  // As a real campaign leaves it: the IEN's avis, the DASEN's appréciations (kept for
  // the next hors classe campaigns until promoted), the tableau computed then published,
  // and the promotions applied on 1 September.
  const decidedOn = calendarDate(`${previous.ctx.year}-05-15`);
  const ienOf = new Map(circonscriptions.map((c, i) => [c, inspectors[i]!.id]));
  const previousAgents = previous.candidates.map((c) => ({
    agentId: agentIdOf(c.candidate.agent.id),
    value: c.candidate.appreciation!,
    ien: ienOf.get(planned[Number(c.candidate.agent.id)]!.circonscription)!,
  }));
  await db.opinion.createMany({
    data: previousAgents.map((a) => ({
      campaignId: previousCampaign.id,
      agentId: a.agentId,
      authorId: a.ien,
      value: a.value,
      createdAt: calendarDate(`${previous.ctx.year}-04-10`),
    })),
  });
  await db.appreciation.createMany({
    data: previousAgents.map((a) => ({
      campaignId: previousCampaign.id,
      agentId: a.agentId,
      value: a.value,
      source: "DASEN",
      setById: administrator.id,
      createdAt: decidedOn,
      updatedAt: decidedOn,
    })),
  });
  const previousRows = resultRowsOf(previousCampaign.id, previous.ranking);
  await db.promotionResult.createMany({
    data: previousRows.map((row) => ({
      ...row,
      agentId: agentIdOf(row.agentId),
      createdAt: calendarDate(`${previous.ctx.year}-06-20`),
      effectAppliedAt: row.promoted && !row.opposed ? calendarDate(clock.rentree) : null,
    })),
  });
  await db.campaign.update({
    where: { id: previousCampaign.id },
    data: { tableauComputedAt: calendarDate(`${previous.ctx.year}-06-20`) },
  });

  // This year's hors classe: open, the IEN giving avis.
  const hc = await createCampaign(db, {
    ruleSet: "HC_PE",
    year: clock.year,
    status: "OUVERTE",
    opinionStart: instant(clock.now, -10),
    opinionEnd: instant(clock.now, 30),
    openedAt: instant(clock.now, -10),
  });
  const hcRules = getRuleSet("HC_PE");
  const hcCtx = {
    year: clock.year,
    observationDate: isoDate(hc.observationDate),
    parameters: hcRules.defaultParameters(clock.year),
  };
  const promouvablesNord = created.filter(
    (t, i) =>
      planned[i]?.circonscription === toulouseNord &&
      hcRules.evaluate(t.snapshot, hcCtx).promouvable,
  );
  const claire = created.find((t) => t.identifiant === DEMO_ACCOUNTS.teacher.identifiant);
  if (!claire || !promouvablesNord.includes(claire))
    throw new Error("Claire Tartemuche devrait être promouvable à la hors classe");
  const others = rng.shuffle(promouvablesNord.filter((t) => t !== claire));
  const opinions = [
    { agentId: claire.agentId, value: "TRES_SATISFAISANT" },
    ...others.slice(0, Math.floor(others.length / 2)).map((t) => ({
      agentId: t.agentId,
      value: drawHcLevel(rng),
    })),
  ];
  await db.opinion.createMany({
    data: opinions.map((o) => ({
      campaignId: hc.id,
      agentId: o.agentId,
      authorId: pmartin.id,
      value: o.value,
      comment: rng.chance(0.5) ? rng.pick(names.OPINION_COMMENTS[o.value] ?? [""]) || null : null,
      createdAt: instant(clock.now, -rng.int(0, 9)),
    })),
  });

  // This year's classe exceptionnelle (rule set 2017–2023): candidatures open; Jean Dupont
  // has not applied yet, a few colleagues of vivier 1 have.
  const candidatureEnd = instant(clock.now, 14);
  // The candidature is asked explicitly: the rule set's default asks none from 2021, but the
  // demo shows the seeds' journey (acte de candidature, accusé de réception).
  const ceRules = getRuleSet("CE_2017_2023");
  const ceParameters = { ...ceRules.defaultParameters(clock.year), candidatureRequired: true };
  const ce = await createCampaign(db, {
    ruleSet: "CE_2017_2023",
    year: clock.year,
    status: "OUVERTE",
    parameters: ceParameters,
    candidatureStart: instant(clock.now, -7),
    candidatureEnd,
    opinionStart: instant(candidatureEnd, 1),
    opinionEnd: instant(candidatureEnd, 30),
    openedAt: instant(clock.now, -7),
  });
  const ceCtx = {
    year: clock.year,
    observationDate: isoDate(ce.observationDate),
    parameters: ceParameters,
  };
  const vivier1 = created.filter(
    (t) =>
      t.identifiant !== DEMO_ACCOUNTS.director.identifiant &&
      ceRules.evaluate(t.snapshot, ceCtx).viviers.includes(1),
  );
  const jean = created.find((t) => t.identifiant === DEMO_ACCOUNTS.director.identifiant);
  if (!jean || !ceRules.evaluate(jean.snapshot, ceCtx).viviers.includes(1))
    throw new Error("Jean Dupont devrait relever du vivier 1");
  const applicants = rng.shuffle(vivier1).slice(0, 6);
  await db.candidature.createMany({
    data: applicants.map((t) => ({
      campaignId: ce.id,
      agentId: t.agentId,
      status: "ENREGISTREE" as const,
      vivier: 1,
      submittedAt: instant(clock.now, -rng.int(1, 6)),
    })),
  });

  await seedAriege(
    db,
    opts,
    { ...ctx, identities: createRandom(SEED + 3) },
    placesRng.shuffle(names.SCHOOL_PATRONS),
    ceParameters,
    { candidatureEnd },
  );
  return summarize(db);
}

/**
 * Ariège: one circonscription, its IEN, gestionnaire and teachers, last year's hors classe
 * closed with its tableau computed, and this year's classe exceptionnelle open like
 * Haute-Garonne's; plus the rectorat's account, which reads both.
 */
async function seedAriege(
  db: Db,
  opts: SeedDemoOptions,
  shared: SharedContext,
  patrons: string[],
  ceParameters: unknown,
  ce: { candidatureEnd: Date },
) {
  const { clock } = shared;
  const row = await createCirconscription(db, {
    code: ARIEGE_PLAN.code,
    name: ARIEGE_PLAN.name,
    departement: "09",
  });
  const circonscription: DemoCirconscription = { id: row.id, name: row.name, plan: ARIEGE_PLAN };
  const schools: DemoSchool[] = [];
  for (const [i, s] of planSchools(createRandom(SEED + 4), ARIEGE_PLAN, patrons)
    .slice(0, 6)
    .entries()) {
    const school = await createSchool(db, {
      uai: uaiWithKey(`009${String(1200 + i * 41).padStart(4, "0")}`),
      name: s.name,
      commune: s.commune,
      zone: s.zone,
      circonscriptionId: row.id,
    });
    schools.push({ ...school, circonscription, type: s.type, size: s.size });
  }
  const [gestionnaire] = await Promise.all([
    createAdministrator(db, {
      ...DEMO_ACCOUNTS.administratorAriege,
      displayName: "Gestionnaire DSDEN 09",
      email: `gestion-pe09@${MAIL_DOMAIN}`,
      departements: ["09"],
    }),
    createInspector(db, {
      ...DEMO_ACCOUNTS.inspectorAriege,
      displayName: "Rose Bonnet",
      email: `rose.bonnet@${MAIL_DOMAIN}`,
      circonscriptionIds: [row.id],
    }),
    createAcademieAccount(db, {
      ...DEMO_ACCOUNTS.academie,
      displayName: "Rectorat de l'académie de Toulouse",
      email: `dpe@${MAIL_DOMAIN}`,
    }),
  ]);
  for (const a of [
    DEMO_ACCOUNTS.administratorAriege,
    DEMO_ACCOUNTS.inspectorAriege,
    DEMO_ACCOUNTS.academie,
  ])
    shared.identifiants.add(a.identifiant);
  const ctx: SharedContext = {
    ...shared,
    schools,
    circonscriptions: [circonscription],
    reviewerId: gestionnaire.id,
  };
  const slots: Slot[] = schools.flatMap((school) =>
    (["DIRECTEUR", ...Array<Role>(Math.max(0, school.size - 1)).fill("ADJOINT")] as Role[]).map(
      (role) => ({ circonscription, school, role }),
    ),
  );
  while (slots.length < ARIEGE_TEACHERS)
    slots.push({
      circonscription,
      school: schools[slots.length % schools.length]!,
      role: "ADJOINT",
    });
  const planned = slots
    .slice(0, ARIEGE_TEACHERS)
    .map((slot, i) => generateTeacher(ctx, slot, 10_000 + i));
  await createTeachers(
    db,
    planned.map((p) => p.input),
    { hashCost: opts.hashCost },
  );

  const departementId = departementIdOf("09");
  const previous = await createCampaign(db, {
    departementId,
    ruleSet: "HC_PE",
    year: clock.year - 1,
    status: "CLOSE",
    openedAt: calendarDate(`${clock.year - 1}-03-16`),
    closedAt: calendarDate(`${clock.year - 1}-05-29`),
  });
  const actor = {
    id: gestionnaire.id,
    role: "GESTIONNAIRE" as const,
    agentId: null,
    circonscriptionIds: [],
    departementIds: [departementId],
  };
  // The DASEN's appréciations, then the tableau computed (not published: Ariège is late).
  const rng = createRandom(SEED + 5);
  const examined = await loadExamined(db, previous);
  await db.appreciation.createMany({
    data: examined.map((e) => ({
      campaignId: previous.id,
      agentId: e.agent.id,
      value: drawHcLevel(rng),
      source: "DASEN",
      setById: gestionnaire.id,
    })),
  });
  const stored = await storeTableau(db, actor, previous.id);
  if (!stored.ok) throw new Error(`Tableau de démonstration de l'Ariège : ${stored.message}`);
  await createCampaign(db, {
    departementId,
    ruleSet: "CE_2017_2023",
    year: clock.year,
    status: "OUVERTE",
    parameters: ceParameters,
    candidatureStart: instant(clock.now, -7),
    candidatureEnd: ce.candidatureEnd,
    opinionStart: instant(ce.candidatureEnd, 1),
    opinionEnd: instant(ce.candidatureEnd, 30),
    openedAt: instant(clock.now, -7),
  });
}

async function summarize(db: Db): Promise<SeedSummary> {
  const teachersByGrade: Record<GradeCode, number> = { CN: 0, HC: 0, CE: 0 };
  for (const g of await db.agent.groupBy({ by: ["grade"], _count: { _all: true } }))
    teachersByGrade[g.grade] = g._count._all;
  // One SQLite connection: counting one table after the other costs nothing more.
  return {
    circonscriptions: await db.circonscription.count(),
    schools: await db.school.count(),
    teachers: await db.agent.count(),
    teachersByGrade,
    inspectors: await db.user.count({ where: { role: "INSPECTEUR" } }),
    administrators: await db.user.count({ where: { role: "GESTIONNAIRE" } }),
    careerEvents: await db.careerEvent.count(),
    affectations: await db.affectation.count(),
    functions: await db.functionMission.count(),
    qualifications: await db.qualification.count(),
    activities: await db.professionalActivity.count(),
    distinctions: await db.distinction.count(),
    campaigns: await db.campaign.count(),
    opinions: await db.opinion.count(),
    candidatures: await db.candidature.count(),
    promotionResults: await db.promotionResult.count(),
  };
}
