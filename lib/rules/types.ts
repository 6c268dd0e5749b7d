import type { z } from "zod";
import type { FunctionKind } from "./function-kinds";

// Rule sets of ../shared/domain.md. Pure data in, pure data out: no Prisma, no I/O.
// Calendar dates are ISO strings "YYYY-MM-DD" so that no time zone can shift a day.
export type IsoDate = string;

export type RuleSetId = "HC_PE" | "CE_2017_2023" | "CE_DEPUIS_2024" | "ES_JUSQU_2023";
export type CampaignKindCode = "HORS_CLASSE" | "CLASSE_EXCEPTIONNELLE" | "ECHELON_SPECIAL";
export type GradeCode = "CN" | "HC" | "CE";

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
  contingent: { total: number; byVivier: Record<string, number> };
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

export interface RuleSet<P = unknown> {
  id: RuleSetId;
  label: string; // "Classe exceptionnelle 2017–2023"
  campaignKind: CampaignKindCode;
  hasCandidature: boolean;
  /** Levels the IEN chooses from, in order. */
  opinionLevels: Level[];
  /** Levels of the final appréciation, with their points where the rule set has a barème. */
  appreciationLevels: Level[];
  parametersSchema: z.ZodType<P>;
  defaultParameters(year: number): P;
  evaluate(agent: AgentSnapshot, ctx: EvaluationContext<P>): Eligibility;
  rank(candidates: RankingCandidate[], ctx: EvaluationContext<P> & { corpsSize?: number }): RankingResult;
}
