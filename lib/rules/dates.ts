// Calendar arithmetic on ISO "YYYY-MM-DD" strings, in plain integers: no Date object, so
// no time zone or daylight-saving change can ever shift a day; and the French wording of
// dates and durations. Where an agent stood on a date, and the eligibility sentences built
// on it: ./eligibility.
import type { IsoDate } from "./types";

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
  return p < 0
    ? null
    : { year: Math.floor(p / 10000), month: Math.floor(p / 100) % 100, day: p % 100 };
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
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
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
  return formatIsoDate({
    year,
    month: at.month,
    day: Math.min(at.day, daysInMonth(year, at.month)),
  });
}
