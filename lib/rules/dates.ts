// Calendar arithmetic on ISO "YYYY-MM-DD" strings, in plain integers: no Date object, so
// no time zone or daylight-saving change can ever shift a day. Also the career dates (where
// an agent stood on a date) and the French sentences about them that every rule set uses.
import { GRADE_NAMES, GRADE_RANK } from "./grades";
import type { AgentSnapshot, CareerStep, Eligibility, GradeCode, IsoDate } from "./types";

export interface Ymd {
  year: number;
  month: number; // 1–12
  day: number; // 1–31
}

export interface Duration {
  years: number;
  months: number;
  days: number;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

const ZERO = 48; // "0".charCodeAt(0)

function digits(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = s.charCodeAt(i) - ZERO;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/**
 * "YYYY-MM-DD" packed as YYYYMMDD, or -1 when invalid. Hand-written and allocation-free: it
 * runs a few million times when a whole country is ranked.
 */
function scan(s: string): number {
  if (s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return -1;
  const year = digits(s, 0, 4);
  const month = digits(s, 5, 7);
  const day = digits(s, 8, 10);
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return -1;
  return year * 10000 + month * 100 + day;
}

function scanOrThrow(s: string): number {
  const packed = scan(s);
  if (packed < 0) throw new RangeError(`Date ISO invalide : "${s}"`);
  return packed;
}

function tryParse(s: string): Ymd | null {
  const p = scan(s);
  return p < 0 ? null : { year: Math.floor(p / 10000), month: Math.floor(p / 100) % 100, day: p % 100 };
}

export function isIsoDate(s: string): boolean {
  return tryParse(s) !== null;
}

/** Parses "YYYY-MM-DD"; throws a RangeError on anything else (including 2023-02-29). */
export function parseIsoDate(s: IsoDate): Ymd {
  const ymd = tryParse(s);
  if (!ymd) throw new RangeError(`Date ISO invalide : "${s}"`);
  return ymd;
}

export function formatIsoDate({ year, month, day }: Ymd): IsoDate {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

// Days since 1970-01-01 in the proleptic Gregorian calendar (H. Hinnant's algorithm).
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function ymdToDays({ year, month, day }: Ymd): number {
  return daysFromCivil(year, month, day);
}

function daysToYmd(n: number): Ymd {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** Day number of a calendar date given by its parts. */
export function dayNumber(year: number, month: number, day: number): number {
  return daysFromCivil(year, month, day);
}

/** Integer day number (days since 1970-01-01); differences are exact numbers of days. */
export function toDayNumber(s: IsoDate): number {
  const p = scanOrThrow(s);
  return daysFromCivil(Math.floor(p / 10000), Math.floor(p / 100) % 100, p % 100);
}

export function fromDayNumber(n: number): IsoDate {
  return formatIsoDate(daysToYmd(n));
}

export function compareIsoDates(a: IsoDate, b: IsoDate): number {
  const d = toDayNumber(a) - toDayNumber(b);
  return d < 0 ? -1 : d > 0 ? 1 : 0;
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + days);
}

// Like the French rule for délais (Code de procédure civile, art. 641): without the same
// day in the target month, the period ends on its last day (29 February + 1 year → 28 February).
function addMonthsYmd({ year, month, day }: Ymd, months: number): Ymd {
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return { year: y, month: m, day: Math.min(day, daysInMonth(y, m)) };
}

export function addMonths(date: IsoDate, months: number): IsoDate {
  return formatIsoDate(addMonthsYmd(parseIsoDate(date), months));
}

export function addYears(date: IsoDate, years: number): IsoDate {
  return addMonths(date, years * 12);
}

function wholeMonthsYmd(from: Ymd, to: Ymd): number {
  // Largest n with from + n months <= to; anniversaries count as reached on their day.
  // from + n months falls in to's month, on from's day clamped to that month's length.
  const n = (to.year - from.year) * 12 + (to.month - from.month);
  return to.day < Math.min(from.day, daysInMonth(to.year, to.month)) ? n - 1 : n;
}

/**
 * Whole years from `from` to `to`: the number of anniversaries reached, the anniversary day
 * itself included (2024-09-01 → 2026-08-31 is 1 year; → 2026-09-01 is 2). Negative when `to`
 * is before `from`.
 */
export function wholeYearsBetween(from: IsoDate, to: IsoDate): number {
  // Same rule as wholeMonthsYmd, on packed dates so that ranking allocates nothing here.
  const f = scanOrThrow(from);
  const t = scanOrThrow(to);
  const fy = Math.floor(f / 10000);
  const ty = Math.floor(t / 10000);
  const fm = Math.floor(f / 100) % 100;
  const tm = Math.floor(t / 100) % 100;
  const anniversary = Math.min(f % 100, daysInMonth(ty, fm));
  return tm < fm || (tm === fm && t % 100 < anniversary) ? ty - fy - 1 : ty - fy;
}

/** Years, months and days from `from` to `to` (from <= to), each unit counted from `from`. */
export function durationBetween(from: IsoDate, to: IsoDate): Duration {
  const f = parseIsoDate(from);
  const t = parseIsoDate(to);
  const end = ymdToDays(t);
  if (end < ymdToDays(f)) throw new RangeError(`Durée négative : ${from} → ${to}`);
  const months = wholeMonthsYmd(f, t);
  // Anchor from the original date, not month by month, so that month ends do not drift.
  const days = end - ymdToDays(addMonthsYmd(f, months));
  return { years: Math.floor(months / 12), months: months % 12, days };
}

/** "1 an", "2 ans", "0 an" (French: plural from 2). */
export function plural(n: number, one: string, many: string): string {
  return `${n} ${n >= 2 ? many : one}`;
}

/** "1 an 4 mois", "2 ans", "3 ans 1 mois 5 jours", "1 jour"; "0 jour" for an empty duration. */
export function formatDuration({ years, months, days }: Duration): string {
  const parts: string[] = [];
  if (years) parts.push(plural(years, "an", "ans"));
  if (months) parts.push(`${months} mois`);
  if (days) parts.push(plural(days, "jour", "jours"));
  return parts.length ? parts.join(" ") : "0 jour";
}

/** "31/08/2026". */
export function formatDateFr(date: IsoDate): string {
  const { year, month, day } = parseIsoDate(date);
  return `${String(day).padStart(2, "0")}/${String(month).padStart(2, "0")}/${year}`;
}

/** "1er", "9e". */
export function ordinalFr(n: number): string {
  return n === 1 ? "1er" : `${n}e`;
}

/** The campaign's observation date from its month/day parameters (day clamped to the month). */
export function observationDateFor(year: number, at: { month: number; day: number }): IsoDate {
  return formatIsoDate({ year, month: at.month, day: Math.min(at.day, daysInMonth(year, at.month)) });
}

// ---------- career dates ----------


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
  if (toDayNumber(agent.echelonDate) <= day) {
    return { grade: agent.grade, echelon: agent.echelon, echelonDate: agent.echelonDate, gradeDate: agent.gradeDate };
  }
  const steps = agent.careerSteps
    .map((s) => ({ ...s, day: toDayNumber(s.date) }))
    .filter((s) => s.day <= day)
    .sort((a, b) => a.day - b.day || GRADE_RANK[a.grade] - GRADE_RANK[b.grade] || a.echelon - b.echelon);
  const last = steps[steps.length - 1];
  if (!last) return null;
  // The grade was reached at the first step of the run of steps in that grade.
  let gradeDate = last.date;
  for (let i = steps.length - 1; i >= 0; i--) {
    const s = steps[i];
    if (!s || s.grade !== last.grade) break;
    gradeDate = s.date;
  }
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
export function reachedStep(agent: AgentSnapshot, grade: GradeCode, echelon: number, until: IsoDate): ReachedStep | null {
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
export function echelonSeniority(reachedOn: IsoDate, observationDate: IsoDate, requiredYears: number): EchelonSeniority {
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
export function situationFacts(s: CareerSituation, observationDate: IsoDate): Record<string, string | number> {
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
export function wrongGradeReason(s: CareerSituation, observationDate: IsoDate, required: GradeCode, promotion: string): string | null {
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
  const yes = { ok: true, reasons: [`${where} : vous êtes promouvable ${promotion}.`], requiredOn: null };
  const no = (why: string[], requiredOn: IsoDate | null = null) => ({ ok: false, reasons: [`${where}.`, ...why], requiredOn });
  const years = plural(rule.yearsInEchelon, "an", "ans");
  const step = stepLabel(s.grade, rule.echelon);
  if (s.echelon > rule.echelon) {
    return rule.higherQualifies ? yes : { ok: false, reasons: [`${where} : la promotion ${promotion} ne vous concerne plus.`], requiredOn: null };
  }
  if (s.echelon < rule.echelon) {
    const what = rule.yearsInEchelon > 0 ? `avoir au moins ${years} d'ancienneté dans le ${step}` : `avoir atteint le ${step}`;
    const higher = rule.higherQualifies && rule.yearsInEchelon > 0 ? " (ou un échelon supérieur)" : "";
    return no([`Il faut ${what}${higher} au ${at} : vous n'êtes pas promouvable ${promotion} cette année.`]);
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
): { ok: true; s: CareerSituation; facts: Eligibility["facts"] } | { ok: false; refusal: Eligibility } {
  const s = situationAt(agent, observationDate);
  if (!s) return { ok: false, refusal: refusal([unknownSituationReason(observationDate)], { observationDate }) };
  const facts: Eligibility["facts"] = situationFacts(s, observationDate);
  const wrongGrade = wrongGradeReason(s, observationDate, grade, promotion);
  if (wrongGrade) return { ok: false, refusal: refusal([wrongGrade], facts) };
  return { ok: true, s, facts };
}
