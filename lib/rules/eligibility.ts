// Where an agent stood on a date (grade, échelon, since when) from their career history,
// and the French sentences about it that every rule set uses to explain an eligibility.
import {
  addYears,
  durationBetween,
  formatDateFr,
  formatDuration,
  ordinalFr,
  plural,
  toDayNumber,
} from "./dates";
import type { Duration } from "./dates";
import { GRADE_NAMES, GRADE_RANK } from "./grades";
import type { AgentSnapshot, CareerStep, Eligibility, GradeCode, IsoDate } from "./types";

/** Where an agent stood on a given date. */
export interface CareerSituation {
  grade: GradeCode;
  echelon: number;
  echelonDate: IsoDate;
  gradeDate: IsoDate;
}

/**
 * The agent's grade and échelon on `date`. The snapshot is today's: when the current échelon
 * was reached after `date` (a replayed campaign, or data entered late), the history tells
 * where the agent stood then. Null when no step is known on or before `date`.
 */
export function situationAt(agent: AgentSnapshot, date: IsoDate): CareerSituation | null {
  const day = toDayNumber(date);
  // A reclassement keeps the échelon's seniority: after a promotion the échelon date may
  // precede the day the grade was reached, and the grade counts from that day only.
  const gradeLater = toDayNumber(agent.gradeDate) > day;
  if (!gradeLater && toDayNumber(agent.echelonDate) <= day) {
    return {
      grade: agent.grade,
      echelon: agent.echelon,
      echelonDate: agent.echelonDate,
      gradeDate: agent.gradeDate,
    };
  }
  const steps = agent.careerSteps
    .map((s) => ({ ...s, day: toDayNumber(s.date) }))
    .filter((s) => s.day <= day && !(gradeLater && s.grade === agent.grade))
    .sort(
      (a, b) => a.day - b.day || GRADE_RANK[a.grade] - GRADE_RANK[b.grade] || a.echelon - b.echelon,
    );
  const last = steps[steps.length - 1];
  if (!last) return null;
  // The grade was reached at the first step of the run of steps in that grade.
  let gradeDate = last.date;
  for (let i = steps.length - 1; i >= 0; i--) {
    const s = steps[i];
    if (!s || s.grade !== last.grade) break;
    gradeDate = s.date;
  }
  // A reclassement's step may be dated before the promotion (see above).
  if (last.grade === agent.grade && agent.gradeDate > gradeDate) gradeDate = agent.gradeDate;
  return { grade: last.grade, echelon: last.echelon, echelonDate: last.date, gradeDate };
}

export interface ReachedStep {
  date: IsoDate;
  echelon: number;
  /** False when the exact step is missing and a later known step stands in for it. */
  exact: boolean;
}

/**
 * When the agent reached `echelon` of `grade`, on or before `until`. Without that step in the
 * history, falls back to the earliest known higher échelon of the grade (a later date, so
 * never in the agent's favour) and says so with exact: false.
 */
export function reachedStep(
  agent: AgentSnapshot,
  grade: GradeCode,
  echelon: number,
  until: IsoDate,
): ReachedStep | null {
  const limit = toDayNumber(until);
  const steps = agent.careerSteps;
  let exactDay = Infinity;
  let exactDate: IsoDate | null = null;
  let higherDay = Infinity;
  let higherDate: IsoDate | null = null;
  let higherEchelon = 0;
  // i = -1 is the current step, which counts even when the history omits it.
  for (let i = -1; i < steps.length; i++) {
    const s = i < 0 ? null : (steps[i] as CareerStep);
    const g = s ? s.grade : agent.grade;
    const e = s ? s.echelon : agent.echelon;
    const date = s ? s.date : agent.echelonDate;
    if (g !== grade || e < echelon) continue;
    const day = toDayNumber(date);
    if (day > limit) continue;
    if (e === echelon) {
      if (day < exactDay) {
        exactDay = day;
        exactDate = date;
      }
    } else if (day < higherDay) {
      higherDay = day;
      higherDate = date;
      higherEchelon = e;
    }
  }
  if (exactDate !== null) return { date: exactDate, echelon, exact: true };
  return higherDate !== null ? { date: higherDate, echelon: higherEchelon, exact: false } : null;
}

/** "9e échelon de la classe normale". */
export function stepLabel(grade: GradeCode, echelon: number): string {
  return `${ordinalFr(echelon)} échelon de la ${GRADE_NAMES[grade]}`;
}

export interface EchelonSeniority {
  /** Time spent in the échelon at the observation date. */
  since: Duration;
  /** Date on which the required seniority is (or was) reached. */
  requiredOn: IsoDate;
  reached: boolean;
  /** Time still missing at the observation date, or null when reached. */
  missing: Duration | null;
}

/** Seniority in an échelon reached on `reachedOn`, against `requiredYears` at `observationDate`. */
export function echelonSeniority(
  reachedOn: IsoDate,
  observationDate: IsoDate,
  requiredYears: number,
): EchelonSeniority {
  const requiredOn = addYears(reachedOn, requiredYears);
  const reached = toDayNumber(requiredOn) <= toDayNumber(observationDate);
  return {
    since: durationBetween(reachedOn, observationDate),
    requiredOn,
    reached,
    missing: reached ? null : durationBetween(observationDate, requiredOn),
  };
}

// ---------- explanations shared by the rule sets ----------

/** Figures of the situation, for Eligibility.facts. */
export function situationFacts(
  s: CareerSituation,
  observationDate: IsoDate,
): Record<string, string | number> {
  return {
    observationDate,
    grade: s.grade,
    echelon: s.echelon,
    echelonDate: s.echelonDate,
    ancienneteEchelon: formatDuration(durationBetween(s.echelonDate, observationDate)),
  };
}

/** "Vous êtes au 9e échelon de la classe normale depuis 4 ans 5 mois au 31/08/2027". */
export function whereYouAre(s: CareerSituation, observationDate: IsoDate): string {
  const since = formatDuration(durationBetween(s.echelonDate, observationDate));
  return `Vous êtes au ${stepLabel(s.grade, s.echelon)} depuis ${since} au ${formatDateFr(observationDate)}`;
}

/**
 * Null when the agent is in `required`; otherwise why this promotion (e.g. "à la hors
 * classe") is not for them.
 */
export function wrongGradeReason(
  s: CareerSituation,
  observationDate: IsoDate,
  required: GradeCode,
  promotion: string,
): string | null {
  if (s.grade === required) return null;
  const where = `Vous êtes à la ${GRADE_NAMES[s.grade]} au ${formatDateFr(observationDate)}`;
  return GRADE_RANK[s.grade] > GRADE_RANK[required]
    ? `${where} : la promotion ${promotion} ne vous concerne plus.`
    : `${where} : la promotion ${promotion} est ouverte aux agents de la ${GRADE_NAMES[required]}.`;
}

export interface EchelonRule {
  echelon: number;
  /** Whole years required in that échelon (0: reaching it is enough). */
  yearsInEchelon: number;
  /** Whether a higher échelon qualifies too (hors classe: yes; échelon spécial: it is past). */
  higherQualifies: boolean;
}

/**
 * "At least N years in échelon E at the observation date", explained: the HC PE, échelon
 * spécial and CE depuis 2024 conditions. `promotion` completes "promouvable …".
 */
export function echelonCondition(
  s: CareerSituation,
  observationDate: IsoDate,
  rule: EchelonRule,
  promotion: string,
): { ok: boolean; reasons: string[]; requiredOn: IsoDate | null } {
  const at = formatDateFr(observationDate);
  const where = whereYouAre(s, observationDate);
  const yes = {
    ok: true,
    reasons: [`${where} : vous êtes promouvable ${promotion}.`],
    requiredOn: null,
  };
  const no = (why: string[], requiredOn: IsoDate | null = null) => ({
    ok: false,
    reasons: [`${where}.`, ...why],
    requiredOn,
  });
  const years = plural(rule.yearsInEchelon, "an", "ans");
  const step = stepLabel(s.grade, rule.echelon);
  if (s.echelon > rule.echelon) {
    return rule.higherQualifies
      ? yes
      : {
          ok: false,
          reasons: [`${where} : la promotion ${promotion} ne vous concerne plus.`],
          requiredOn: null,
        };
  }
  if (s.echelon < rule.echelon) {
    const what =
      rule.yearsInEchelon > 0
        ? `avoir au moins ${years} d'ancienneté dans le ${step}`
        : `avoir atteint le ${step}`;
    const higher =
      rule.higherQualifies && rule.yearsInEchelon > 0 ? " (ou un échelon supérieur)" : "";
    return no([
      `Il faut ${what}${higher} au ${at} : vous n'êtes pas promouvable ${promotion} cette année.`,
    ]);
  }
  const seniority = echelonSeniority(s.echelonDate, observationDate, rule.yearsInEchelon);
  if (!seniority.missing) return yes;
  return no(
    [
      `Il vous manque ${formatDuration(seniority.missing)} d'ancienneté dans le ${ordinalFr(s.echelon)} échelon.`,
      `Il faut ${years} d'ancienneté dans cet échelon au ${at} : vous n'êtes pas promouvable ${promotion} cette année (condition remplie le ${formatDateFr(seniority.requiredOn)}).`,
    ],
    seniority.requiredOn,
  );
}

export function unknownSituationReason(observationDate: IsoDate): string {
  return `Votre situation de carrière au ${formatDateFr(observationDate)} n'est pas connue : vérifiez la rubrique « Situation de carrière » de votre dossier et signalez toute erreur.`;
}

/** An Eligibility that refuses, with its reasons and the facts behind them. */
export function refusal(reasons: string[], facts: Eligibility["facts"]): Eligibility {
  return { promouvable: false, viviers: [], candidatureRequired: false, reasons, facts };
}

/**
 * Every rule set starts alike: the agent's situation at the observation date, which must be
 * in the grade the promotion starts from. Returns that situation, or the refusal.
 */
export function situationInGrade(
  agent: AgentSnapshot,
  observationDate: IsoDate,
  grade: GradeCode,
  promotion: string,
):
  | { ok: true; s: CareerSituation; facts: Eligibility["facts"] }
  | { ok: false; refusal: Eligibility } {
  const s = situationAt(agent, observationDate);
  if (!s)
    return {
      ok: false,
      refusal: refusal([unknownSituationReason(observationDate)], { observationDate }),
    };
  const facts: Eligibility["facts"] = situationFacts(s, observationDate);
  const wrongGrade = wrongGradeReason(s, observationDate, grade, promotion);
  if (wrongGrade) return { ok: false, refusal: refusal([wrongGrade], facts) };
  return { ok: true, s, facts };
}
