// Factories shared by the demo seed and the tests: each one writes a coherent piece of the
// model (a school, an agent with account and dossier, an IEN with scopes, a campaign).
import { ensureDepartement } from "@/lib/departements/ensure";
import { DEFAULT_DEPARTEMENT_CODE } from "@/lib/departements/known";
import { numenKey } from "@/lib/agents/numen-key";
import { agentSearchName } from "@/lib/agents/search";
import { randomBytes, randomInt } from "node:crypto";
import { campaignTitle } from "@/lib/campaigns/admin";
import type {
  Campaign,
  CampaignStatus,
  Circonscription,
  Role,
  School,
  ValidationStatus,
  ZoneEducation,
} from "@/generated/prisma/client";
import { hashSecret, normalizeNumen, NUMEN_PATTERN } from "@/lib/auth/password";
import type { Db } from "@/lib/db";
import {
  defaultObservationDate,
  functionKindLabel,
  getRuleSet,
  type AgentSnapshot,
  type FunctionKind,
  type GradeCode,
  type IsoDate,
  type RuleSetId,
} from "@/lib/rules";
import { addYears } from "@/lib/rules/dates";
import {
  assertCareerConsistent,
  deriveCareerSteps,
  gradeEntryDate,
  NATURE,
  type DeriveCareerOptions,
  type CareerHistoryStep,
} from "@/lib/rules/career-grid";
import { makeIdentifiant } from "@/lib/agents/identifiant";

/** A calendar date: "YYYY-MM-DD", or a Date at UTC midnight. */
export type DateInput = IsoDate | Date;

/** Calendar dates are stored at UTC midnight so that no time zone shifts a day. */
export function calendarDate(date: DateInput): Date {
  if (date instanceof Date) return date;
  const parsed = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime())) throw new RangeError(`Date invalide : ${date}`);
  return parsed;
}

export function isoDate(date: DateInput): IsoDate {
  return typeof date === "string" ? date : date.toISOString().slice(0, 10);
}

function optionalDate(date: DateInput | null | undefined): Date | null {
  return date == null ? null : calendarDate(date);
}

// Ids made here rather than by Prisma so that a whole batch of agents and their dossiers
// can go in with createMany. Same shape as Prisma's cuid(): "c" + 24 base-36 characters.
let idCounter = randomInt(0, 36 ** 4);
export function newId(): string {
  idCounter = (idCounter + 1) % 36 ** 4;
  const time = Date.now().toString(36).padStart(9, "0").slice(-9);
  const counter = idCounter.toString(36).padStart(4, "0");
  const random = BigInt(`0x${randomBytes(8).toString("hex")}`)
    .toString(36)
    .padStart(11, "0")
    .slice(-11);
  return `c${time}${counter}${random}`;
}

// ---------- places ----------

export interface CirconscriptionInput {
  code: string;
  name: string;
  departement?: string; // its code, default "31"; the département is created when new
}

export async function createCirconscription(
  db: Db,
  input: CirconscriptionInput,
): Promise<Circonscription> {
  const departement = await ensureDepartement(db, input.departement ?? DEFAULT_DEPARTEMENT_CODE);
  return db.circonscription.create({
    data: { code: input.code, name: input.name, departementId: departement.id },
  });
}

// The 8th character of a UAI is a check letter: the 7-character number modulo 23, read in
// this alphabet (no I, O, Q). "0310036" → "0310036W".
const UAI_KEYS = "ABCDEFGHJKLMNPRSTUVWXYZ";
export function uaiWithKey(sevenDigits: string): string {
  if (!/^\d{7}$/.test(sevenDigits)) throw new RangeError(`UAI invalide : ${sevenDigits}`);
  return sevenDigits + UAI_KEYS.charAt(Number(sevenDigits) % 23);
}

export interface SchoolInput {
  uai?: string; // default: a free random "031xxxxK"
  name: string;
  commune: string;
  zone?: ZoneEducation;
  circonscriptionId: string;
}

export async function createSchool(db: Db, input: SchoolInput): Promise<School> {
  let uai = input.uai;
  while (!uai) {
    const candidate = uaiWithKey(`031${String(randomInt(0, 10_000)).padStart(4, "0")}`);
    if (!(await db.school.findUnique({ where: { uai: candidate }, select: { id: true } })))
      uai = candidate;
  }
  return db.school.create({
    data: {
      uai,
      name: input.name,
      commune: input.commune,
      zone: input.zone ?? "HORS_EP",
      circonscriptionId: input.circonscriptionId,
    },
  });
}

// ---------- accounts without agent ----------

interface AccountInput {
  identifiant: string;
  password: string;
  displayName?: string; // default: the identifiant
  email?: string | null;
  passwordIsDefault?: boolean; // default true, as for every account handed out
}

async function createAccount(
  db: Db,
  input: AccountInput,
  role: Role,
  circonscriptionIds: readonly string[] = [],
  departementIds: readonly string[] = [],
) {
  return db.user.create({
    data: {
      identifiant: input.identifiant.toLowerCase(),
      displayName: input.displayName ?? input.identifiant,
      role,
      email: input.email ?? null,
      passwordHash: await hashSecret(input.password),
      passwordIsDefault: input.passwordIsDefault ?? true,
      scopes: { create: circonscriptionIds.map((circonscriptionId) => ({ circonscriptionId })) },
      departements: { create: departementIds.map((departementId) => ({ departementId })) },
    },
  });
}

/** An IEN (role INSPECTEUR) covering the given circonscriptions. */
export function createInspector(
  db: Db,
  input: AccountInput & { circonscriptionIds: readonly string[] },
) {
  return createAccount(db, input, "INSPECTEUR", input.circonscriptionIds);
}

/** A gestionnaire of the DSDEN (role GESTIONNAIRE) of the given départements (codes; default Haute-Garonne). */
export async function createAdministrator(
  db: Db,
  input: AccountInput & { departements?: readonly string[] },
) {
  const departements = await Promise.all(
    (input.departements ?? [DEFAULT_DEPARTEMENT_CODE]).map((code) => ensureDepartement(db, code)),
  );
  return createAccount(
    db,
    input,
    "GESTIONNAIRE",
    [],
    departements.map((d) => d.id),
  );
}

/** A rectorat account (role ACADEMIE): reads every département, changes nothing. */
export function createAcademieAccount(db: Db, input: AccountInput) {
  return createAccount(db, input, "ACADEMIE");
}

// ---------- teachers ----------

export interface AffectationInput {
  /** A school of the database; its name and zone are used unless label / zone are given. */
  school?: Pick<School, "id" | "name" | "zone"> | null;
  label?: string; // required without school ("Brigade de remplacement — Toulouse Nord")
  poste: string;
  zone?: ZoneEducation;
  quotite?: number;
  startDate: DateInput;
  endDate?: DateInput | null;
}

export interface FunctionInput {
  kind: FunctionKind;
  label?: string; // default: the kind's label
  startDate: DateInput;
  endDate?: DateInput | null;
  educationPrioritaireShare?: number | null;
  faisantFonction?: boolean;
  stagiaire?: boolean;
  status?: ValidationStatus; // default A_VERIFIER
  source?: "AGENT" | "ADMINISTRATION"; // default AGENT
  reviewedById?: string | null;
  reviewedAt?: Date | null;
  reviewNote?: string | null;
}

export interface QualificationInput {
  kind: "Diplôme" | "Certification" | "Compétence";
  title: string;
  obtainedAt?: DateInput | null;
  details?: string | null;
}

export interface ActivityInput {
  title: string;
  description?: string | null;
  startDate: DateInput;
  endDate?: DateInput | null;
}

export interface DistinctionInput {
  name: string;
  rank?: string | null;
  date: DateInput;
}

export interface TeacherInput {
  identifiant?: string; // default: makeIdentifiant over the identifiants already in use
  numen: string; // also the default password
  nom: string;
  prenom: string;
  nomUsage?: string | null;
  sexe?: "F" | "M"; // default from civilite, else F (most PE are women)
  civilite?: "M." | "Mme"; // default from sexe
  birthDate?: DateInput; // default: 24 years before the entry in the corps
  email?: string | null;
  grade: GradeCode;
  echelon: number;
  echelonDate: DateInput;
  /** Full history, oldest first, ending with (grade, echelon, echelonDate); derived when absent. */
  careerSteps?: readonly (Omit<CareerHistoryStep, "nature"> & { nature?: string })[];
  careerOptions?: DeriveCareerOptions;
  circonscriptionId: string;
  /** Current school; default: the school of the affectation without end date. */
  schoolId?: string | null;
  position?: string;
  modaliteService?: string;
  quotite?: number;
  passwordIsDefault?: boolean; // default true
  affectations?: readonly AffectationInput[];
  functions?: readonly FunctionInput[];
  qualifications?: readonly QualificationInput[];
  activities?: readonly ActivityInput[];
  distinctions?: readonly DistinctionInput[];
}

export interface CreatedTeacher {
  agentId: string;
  userId: string;
  identifiant: string;
  numen: string;
  /** What the rules engine sees of this agent, ready for evaluate() / rank(). */
  snapshot: AgentSnapshot;
}

/** scrypt cost of hashSecret; lib/auth/password.ts's default unless a test asks for less. */
export type HashCost = Parameters<typeof hashSecret>[1];

export interface CreateTeachersOptions {
  /** Hashes computed at once; scrypt runs on libuv's thread pool. Default 8. */
  concurrency?: number;
  /**
   * Only for throw-away test databases: a cheaper scrypt cost (e.g. { N: 1024, r: 8, p: 1 })
   * makes hundreds of accounts cheap; verifySecret reads the cost from each hash.
   */
  hashCost?: HashCost;
}

// A small pool rather than fixed batches: a new hash starts as soon as one finishes.
async function hashAll(
  secrets: readonly string[],
  concurrency: number,
  cost: HashCost,
): Promise<string[]> {
  const hashes: string[] = new Array<string>(secrets.length);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < secrets.length; i = next++)
      hashes[i] = await hashSecret(secrets[i] as string, cost);
  };
  await Promise.all(
    Array.from({ length: Math.max(1, Math.min(concurrency, secrets.length)) }, worker),
  );
  return hashes;
}

/** Explicit identifiants first, so that generated ones never take them. */
function assignIdentifiants(inputs: readonly TeacherInput[], taken: Set<string>): string[] {
  const explicit = inputs.map((input) => {
    if (!input.identifiant) return null;
    const identifiant = input.identifiant.toLowerCase();
    if (taken.has(identifiant)) throw new Error(`Identifiant déjà utilisé : ${identifiant}`);
    taken.add(identifiant);
    return identifiant;
  });
  return inputs.map((input, i) => explicit[i] ?? makeIdentifiant(input.prenom, input.nom, taken));
}

const sexeOf = (input: TeacherInput): "F" | "M" =>
  input.sexe ?? (input.civilite === "M." ? "M" : "F");

/** The history the teacher will get: the given one, checked, or a derived one. */
function resolveCareer(input: TeacherInput) {
  const current = { grade: input.grade, echelon: input.echelon, date: isoDate(input.echelonDate) };
  const steps: CareerHistoryStep[] = input.careerSteps
    ? input.careerSteps.map((s) => ({ ...s, nature: s.nature ?? NATURE.echelon }))
    : deriveCareerSteps(current, input.careerOptions);
  assertCareerConsistent(steps, current);
  const first = steps[0];
  if (!first) throw new Error("Historique de carrière vide");
  return {
    steps,
    echelonDate: current.date,
    corpsDate: first.date,
    gradeDate: gradeEntryDate(steps),
    birthDate: input.birthDate ? isoDate(input.birthDate) : addYears(first.date, -24),
  };
}

/**
 * What the rules engine will see of a teacher, before or without writing it: lets the demo
 * (and tests) evaluate eligibility on planned data. `id` is whatever the caller needs.
 */
export function snapshotOf(input: TeacherInput, id: string): AgentSnapshot {
  return snapshotFrom(input, id, resolveCareer(input));
}

function snapshotFrom(
  input: TeacherInput,
  id: string,
  career: ReturnType<typeof resolveCareer>,
): AgentSnapshot {
  return {
    id,
    sexe: sexeOf(input),
    birthDate: career.birthDate,
    corpsDate: career.corpsDate,
    grade: input.grade,
    echelon: input.echelon,
    echelonDate: career.echelonDate,
    gradeDate: career.gradeDate,
    careerSteps: career.steps.map(({ grade, echelon, date }) => ({ grade, echelon, date })),
    functions: (input.functions ?? []).map((f) => ({
      kind: f.kind,
      startDate: isoDate(f.startDate),
      endDate: f.endDate == null ? null : isoDate(f.endDate),
      status: f.status ?? "A_VERIFIER",
      faisantFonction: f.faisantFonction ?? false,
      stagiaire: f.stagiaire ?? false,
    })),
  };
}

/** Every row of one teacher, checked, except the secret hash (computed in a pool later). */
function teacherRows(input: TeacherInput, identifiant: string, departementId: string) {
  const numen = normalizeNumen(input.numen);
  if (!NUMEN_PATTERN.test(numen)) throw new Error(`NUMEN invalide : ${input.numen}`);
  const career = resolveCareer(input);
  const sexe = sexeOf(input);
  const agentId = newId();
  const userId = newId();
  const affectations = (input.affectations ?? []).map((a) => {
    const label = a.label ?? a.school?.name;
    if (!label) throw new Error("Affectation sans école ni libellé");
    return {
      id: newId(),
      agentId,
      schoolId: a.school?.id ?? null,
      poste: a.poste,
      label,
      zone: a.zone ?? a.school?.zone ?? "HORS_EP",
      quotite: a.quotite ?? 100,
      startDate: calendarDate(a.startDate),
      endDate: optionalDate(a.endDate),
    };
  });
  const openAffectation = affectations.find((a) => a.endDate === null);
  const functions = (input.functions ?? []).map((f) => ({
    id: newId(),
    agentId,
    kind: f.kind,
    label: f.label ?? functionKindLabel(f.kind),
    startDate: calendarDate(f.startDate),
    endDate: optionalDate(f.endDate),
    educationPrioritaireShare: f.educationPrioritaireShare ?? null,
    faisantFonction: f.faisantFonction ?? false,
    stagiaire: f.stagiaire ?? false,
    status: f.status ?? "A_VERIFIER",
    source: f.source ?? "AGENT",
    reviewedById: f.reviewedById ?? null,
    reviewedAt: f.reviewedAt ?? null,
    reviewNote: f.reviewNote ?? null,
  }));

  const snapshot = snapshotFrom(input, agentId, career);

  return {
    snapshot,
    identifiant,
    numen,
    agent: {
      id: agentId,
      numenHint: numen.slice(-3),
      civilite: input.civilite ?? (sexe === "F" ? "Mme" : "M."),
      nom: input.nom,
      nomUsage: input.nomUsage ?? null,
      prenom: input.prenom,
      sexe,
      birthDate: calendarDate(snapshot.birthDate),
      email: input.email ?? null,
      grade: input.grade,
      echelon: input.echelon,
      echelonDate: calendarDate(snapshot.echelonDate),
      gradeDate: calendarDate(snapshot.gradeDate),
      corpsDate: calendarDate(snapshot.corpsDate),
      position: input.position ?? "Activité",
      modaliteService: input.modaliteService ?? "Temps complet",
      quotite: input.quotite ?? 100,
      circonscriptionId: input.circonscriptionId,
      departementId,
      schoolId: input.schoolId !== undefined ? input.schoolId : (openAffectation?.schoolId ?? null),
      searchName: agentSearchName({
        nom: input.nom,
        nomUsage: input.nomUsage,
        prenom: input.prenom,
      }),
      numenKey: numenKey(numen),
    },
    user: {
      id: userId,
      identifiant,
      displayName: `${input.prenom} ${input.nomUsage ?? input.nom}`,
      role: "ENSEIGNANT" as const,
      email: input.email ?? null,
      passwordIsDefault: input.passwordIsDefault ?? true,
      agentId,
    },
    careerEvents: career.steps.map((s) => ({
      id: newId(),
      agentId,
      grade: s.grade,
      echelon: s.echelon,
      date: calendarDate(s.date),
      nature: s.nature,
    })),
    affectations,
    functions,
    qualifications: (input.qualifications ?? []).map((q) => ({
      id: newId(),
      agentId,
      kind: q.kind,
      title: q.title,
      obtainedAt: optionalDate(q.obtainedAt),
      details: q.details ?? null,
    })),
    activities: (input.activities ?? []).map((a) => ({
      id: newId(),
      agentId,
      title: a.title,
      description: a.description ?? null,
      startDate: calendarDate(a.startDate),
      endDate: optionalDate(a.endDate),
    })),
    distinctions: (input.distinctions ?? []).map((d) => ({
      id: newId(),
      agentId,
      name: d.name,
      rank: d.rank ?? null,
      date: calendarDate(d.date),
    })),
  };
}

/**
 * Teachers with their account (role ENSEIGNANT, password = NUMEN) and dossier, written in
 * one transaction with createMany per table. Identifiants are made unique against the
 * database and within the batch.
 */
export async function createTeachers(
  db: Db,
  inputs: readonly TeacherInput[],
  options: CreateTeachersOptions = {},
): Promise<CreatedTeacher[]> {
  if (inputs.length === 0) return [];
  const taken = new Set(
    (await db.user.findMany({ select: { identifiant: true } })).map((u) => u.identifiant),
  );
  const identifiants = assignIdentifiants(inputs, taken);
  const circos = await db.circonscription.findMany({
    where: { id: { in: [...new Set(inputs.map((t) => t.circonscriptionId))] } },
    select: { id: true, departementId: true },
  });
  const departementOf = new Map(circos.map((c) => [c.id, c.departementId]));
  const rows = inputs.map((input, i) => {
    const departementId = departementOf.get(input.circonscriptionId);
    if (!departementId) throw new Error(`Circonscription inconnue : ${input.circonscriptionId}`);
    return teacherRows(input, identifiants[i] as string, departementId);
  });
  // The NUMEN is also the first password: one hash serves both.
  const hashes = await hashAll(
    rows.map((r) => r.numen),
    options.concurrency ?? 8,
    options.hashCost,
  );
  const hashOf = (i: number) => hashes[i] as string;
  await db.$transaction([
    db.agent.createMany({ data: rows.map((r, i) => ({ ...r.agent, numenHash: hashOf(i) })) }),
    db.user.createMany({ data: rows.map((r, i) => ({ ...r.user, passwordHash: hashOf(i) })) }),
    db.careerEvent.createMany({ data: rows.flatMap((r) => r.careerEvents) }),
    db.affectation.createMany({ data: rows.flatMap((r) => r.affectations) }),
    db.functionMission.createMany({ data: rows.flatMap((r) => r.functions) }),
    db.qualification.createMany({ data: rows.flatMap((r) => r.qualifications) }),
    db.professionalActivity.createMany({ data: rows.flatMap((r) => r.activities) }),
    db.distinction.createMany({ data: rows.flatMap((r) => r.distinctions) }),
  ]);
  return rows.map((r) => ({
    agentId: r.agent.id,
    userId: r.user.id,
    identifiant: r.identifiant,
    numen: r.numen,
    snapshot: r.snapshot,
  }));
}

export async function createTeacher(
  db: Db,
  input: TeacherInput,
  options: CreateTeachersOptions = {},
): Promise<CreatedTeacher> {
  const [created] = await createTeachers(db, [input], options);
  if (!created) throw new Error("Création de l'enseignant impossible");
  return created;
}

// ---------- campaigns ----------

export interface CampaignInput {
  ruleSet: RuleSetId;
  /** Default: Haute-Garonne, created when new. */
  departementId?: string;
  year: number;
  status?: CampaignStatus; // default BROUILLON
  title?: string; // default "Hors classe des professeurs des écoles — campagne 2027"
  observationDate?: DateInput; // default: the rule set's (31 August of the year)
  candidatureStart?: DateInput | null;
  candidatureEnd?: DateInput | null;
  opinionStart?: DateInput | null;
  opinionEnd?: DateInput | null;
  /** Default: the rule set's default parameters for the year. */
  parameters?: unknown;
  openedAt?: Date | null;
  closedAt?: Date | null;
  publishedAt?: Date | null;
}

export async function createCampaign(db: Db, input: CampaignInput): Promise<Campaign> {
  const ruleSet = getRuleSet(input.ruleSet);
  const kind = ruleSet.campaignKind;
  const parameters = input.parameters ?? ruleSet.defaultParameters(input.year);
  const observationDate =
    input.observationDate ?? defaultObservationDate(input.ruleSet, input.year);
  const departementId =
    input.departementId ?? (await ensureDepartement(db, DEFAULT_DEPARTEMENT_CODE)).id;
  return db.campaign.create({
    data: {
      departementId,
      kind,
      ruleSet: input.ruleSet,
      year: input.year,
      title: input.title ?? campaignTitle(kind, input.year),
      status: input.status ?? "BROUILLON",
      observationDate: calendarDate(observationDate),
      candidatureStart: optionalDate(input.candidatureStart),
      candidatureEnd: optionalDate(input.candidatureEnd),
      opinionStart: optionalDate(input.opinionStart),
      opinionEnd: optionalDate(input.opinionEnd),
      parameters: JSON.stringify(parameters),
      openedAt: input.openedAt ?? null,
      closedAt: input.closedAt ?? null,
      publishedAt: input.publishedAt ?? null,
    },
  });
}
