import type { z } from "zod";
import type { FunctionKind } from "./function-kinds";

// Rule sets of docs/domain.md. Pure data in, pure data out: no Prisma, no I/O.
// Calendar dates are ISO strings "YYYY-MM-DD" so that no time zone can shift a day.
export type IsoDate = string;

export type RuleSetId = "HC_PE" | "CE_2017_2023" | "CE_DEPUIS_2024" | "ES_JUSQU_2023";
export type CampaignKindCode = "HORS_CLASSE" | "CLASSE_EXCEPTIONNELLE" | "ECHELON_SPECIAL";
export type GradeCode = "CN" | "HC" | "CE";

export { ECHELON_COUNT } from "./grades";

/** from, from + 1 … to. */
export function echelonRange(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
}

/** One reached (grade, échelon) with the date it was reached. */
export interface CareerStep {
  grade: GradeCode;
  echelon: number;
  date: IsoDate;
}

/** A "Fonctions et missions" entry as the rules see it. */
export interface FunctionPeriod {
  kind: FunctionKind;
  startDate: IsoDate;
  endDate: IsoDate | null; // null: still held
  status: "A_VERIFIER" | "VALIDEE" | "REFUSEE";
  faisantFonction: boolean;
  stagiaire: boolean;
  /** % of the service in éducation prioritaire, when known (EDUCATION_PRIORITAIRE entries). */
  educationPrioritaireShare?: number | null;
}

export interface AgentSnapshot {
  id: string;
  sexe: "F" | "M";
  birthDate: IsoDate;
  corpsDate: IsoDate; // entry in the corps
  grade: GradeCode;
  echelon: number;
  echelonDate: IsoDate; // current échelon reached on
  gradeDate: IsoDate; // current grade reached on
  /** Full history, current step included; used e.g. for "3rd HC échelon reached on". */
  careerSteps: CareerStep[];
  functions: FunctionPeriod[];
  /** Position administrative ("Activité", "Disponibilité", "Congé parental"…); "Activité" when unknown. */
  position?: string;
}

export interface EvaluationContext<P> {
  year: number;
  observationDate: IsoDate;
  parameters: P;
}

export interface Eligibility {
  promouvable: boolean;
  /** CE 2017–2023: 1 and/or 2; empty elsewhere or when not promouvable. */
  viviers: number[];
  /** True when the agent must apply (acte de candidature) to be examined. */
  candidatureRequired: boolean;
  /** Plain French sentences addressed to the agent ("vous", "il vous manque …"). */
  reasons: string[];
  /** Figures behind the decision, for display (e.g. eligible years counted). */
  facts: Record<string, string | number | boolean | null>;
}

export interface Level {
  value: string;
  label: string;
  points?: number;
  requiresReason?: boolean;
}

export interface RankingCandidate {
  agent: AgentSnapshot;
  eligibility: Eligibility;
  /** Final appréciation (or, for CE depuis 2024, the IEN avis); null when none yet. */
  appreciation: string | null;
  /** Agents of vivier 1 who did not apply are left out by the caller or flagged here. */
  candidatureValid: boolean;
  opposition: { reason: string } | null;
}

export interface BaremePart {
  label: string; // "Appréciation : Très satisfaisant", "Ancienneté : 11e échelon + 5 ans"
  points: number;
}

/**
 * A population counted at the observation date for a contingent: the agents of the corps,
 * or of one grade, from one échelon of it.
 */
export interface PopulationSpec {
  grade?: GradeCode;
  minEchelon?: number;
}

/** What the caller must count for a rule set's contingent. */
export interface ContingentPopulations {
  /** The population the rate or target applies to; "PROMOUVABLES": the agents examined. */
  base: "PROMOUVABLES" | PopulationSpec;
  /** Pyramidage: the agents already at the target (subtracted); null for a yearly rate. */
  alreadyPromoted: PopulationSpec | null;
}

/** Counts of ContingentPopulations, made by the caller (the database) at the observation date. */
export interface PopulationCounts {
  base?: number;
  alreadyPromoted?: number;
}

/** How the year's number of promotions was obtained; stored with the table and shown. */
export interface ContingentDetail {
  /** Promotions of the table: the notified number when there is one, else the computed one. */
  total: number;
  byVivier: Record<string, number>;
  method?: "RATE" | "TARGET";
  ratePercent?: number;
  /** Size of the population the rate or target applies to. */
  base?: number;
  /** Pyramidage: agents already in the target grade or échelon. */
  alreadyPromoted?: number | null;
  /** Carried over from the previous campaign of the same kind (rate method). */
  previousRemainder?: number;
  /** The number the texts give (before any notified number). */
  computed?: number;
  /** The number notified by the ministry or the rectorat, which overrides the computed one. */
  notified?: number | null;
  /** Decimal part left to the next campaign of the same kind; null when nothing is carried over. */
  remainder?: number | null;
}

export interface RankedRow {
  agentId: string;
  vivier: number | null;
  bareme: number | null; // null for rule sets without barème
  parts: BaremePart[];
  rank: number; // 1-based, within the vivier when there are viviers
  promoted: boolean;
  opposed: boolean;
  oppositionReason: string | null;
  /** Why the row is not promoted, in French, when it is not. */
  note: string | null;
}

export interface RankingResult {
  rows: RankedRow[];
  contingent: ContingentDetail;
  /** Barème of the last promoted agent, per vivier ("1", "2" or "all"). */
  barre: Record<string, number | null>;
  shares: {
    promouvables: { F: number; M: number };
    promoted: { F: number; M: number };
  };
  /** Candidates passed in but not examined, with the reason (e.g. not promouvable). */
  excluded?: { agentId: string; reason: string }[];
  /** Remarks for the administrator (e.g. the contingent's reference population is unknown). */
  warnings?: string[];
}

/** French label and help of one parameter, keyed by its dotted path ("contingent.notified"). */
export interface ParameterLabel {
  label: string;
  help?: string;
}

export type RankingContext<P> = EvaluationContext<P> & { population?: PopulationCounts };

/**
 * The lowest échelon of fromGrade a promouvable may be at on the observation date, and the
 * whole years needed in that échelon (0: reaching it is enough). Higher échelons may qualify
 * too: the floor only rules agents out.
 */
export interface CandidateFloor {
  minEchelon: number;
  yearsInMinEchelon: number;
}

export interface RuleSet<P = unknown> {
  id: RuleSetId;
  label: string; // "Classe exceptionnelle 2017–2023"
  campaignKind: CampaignKindCode;
  /** Year whose defaults fill the keys a caller leaves out when it gives no year (the last one of the rule set). */
  referenceYear: number;
  /** Campaign years the rule set was written for (last null: still in force); outside them a campaign gets a warning. */
  validYears: readonly [number, number | null];
  /** The grade promoted from: only agents in it at the observation date can be promouvables. */
  fromGrade: GradeCode;
  /** The échelons of fromGrade a promouvable may be at (the échelon filter of the lists). */
  examinedEchelons(parameters: P): number[];
  /**
   * The least a promouvable needs at the observation date, for a pre-filter in the database
   * (lib/rules/candidate-filter.ts): never stricter than evaluate().
   */
  candidateFloor(parameters: P): CandidateFloor;
  /** What the table ranks on: the DASEN's appréciation, or the IEN's avis (CE depuis 2024). */
  ranksOn: "APPRECIATION" | "AVIS";
  /** True when some campaign of this rule set may ask for an acte de candidature. */
  hasCandidature: boolean;
  /** Whether this campaign (its parameters) asks vivier 1 agents for an acte de candidature. */
  requiresCandidature(parameters: P): boolean;
  /** The appréciation of an earlier campaign of the same kind is kept until the agent is promoted. */
  keepsAppreciation(parameters: P): boolean;
  /** Avis levels of the previous campaign of the same kind carried over to a new one. */
  renewedOpinionLevels(parameters: P): string[];
  /** What must be counted in the database for the contingent. */
  contingentPopulations(parameters: P): ContingentPopulations;
  /** French label and help of every parameter, by dotted path (for the parameters form). */
  parameterLabels: Record<string, ParameterLabel>;
  /** Levels the IEN chooses from, in order. */
  opinionLevels: Level[];
  /** Levels of the final appréciation, with their points where the rule set has a barème. */
  appreciationLevels: Level[];
  parametersSchema: z.ZodType<P>;
  defaultParameters(year: number): P;
  /**
   * Values of keys added since parameters were first stored: a stored parameter set without
   * such a key reads this value (what the rule set did then), not today's default of its year.
   */
  storedBeforeKeys?: Partial<P>;
  evaluate(agent: AgentSnapshot, ctx: EvaluationContext<P>): Eligibility;
  rank(candidates: RankingCandidate[], ctx: RankingContext<P>): RankingResult;
}
