// Counting of "Fonctions et missions" for vivier 1 of the classe exceptionnelle (2017–2023).
//
// What "a school year counts" means here: the school year (1 September → 31 August, both
// included) is covered, day after day, by the union of the agent's retained periods (validated,
// eligible kind, not stagiaire, not faisant fonction). This is "eligible service performed for
// the full year" of the texts: a directeur d'école then a CPC in the same year fill it together,
// and any uncovered day leaves the year out. Part-time does not matter (periods carry no
// quotité); two functions in the same year count once, since the year is counted, not periods.
import { FUNCTION_KINDS, functionKindLabel, type FunctionKind } from "./function-kinds";
import { dayNumber, formatDateFr, fromDayNumber, parseIsoDate, toDayNumber } from "./dates";
import type { FunctionPeriod, IsoDate } from "./types";

export type ExclusionReason =
  | "NON_VALIDEE"
  | "FAISANT_FONCTION"
  | "STAGIAIRE"
  | "TYPE_NON_ELIGIBLE"
  | "TYPE_PAS_ENCORE_ELIGIBLE"
  | "QUOTITE_EP_INSUFFISANTE"
  | "QUOTITE_EP_INCONNUE"
  | "DATES_INVALIDES";

export interface ExcludedFunction {
  /** Index of the period in the list passed in. */
  index: number;
  period: FunctionPeriod;
  reason: ExclusionReason;
  /** Plain French, addressed to the agent. */
  message: string;
}

export interface EligibleYearsCount {
  count: number;
  /** School years counted, oldest first: "2015-2016". */
  schoolYears: string[];
  /** Ended school years partly covered by retained periods, hence not counted. */
  partialSchoolYears: string[];
  /** Indices of the periods retained. */
  retained: number[];
  excluded: ExcludedFunction[];
}

export interface CountOptions {
  campaignYear: number;
  observationDate: IsoDate;
  /** Kinds the campaign retains (parameter); defaults to every kind eligible that year. */
  eligibleKinds?: readonly FunctionKind[];
  /** Minimum % of service in éducation prioritaire; an entry without its share is not proven. */
  educationPrioritaireMinShare?: number;
}

export function schoolYearLabel(startYear: number): string {
  return `${startYear}-${startYear + 1}`;
}

/** Start year of the school year containing `date` (2016-08-31 → 2015, 2016-09-01 → 2016). */
export function schoolYearOf(date: IsoDate): number {
  const { year, month } = parseIsoDate(date);
  return month >= 9 ? year : year - 1;
}

/** Kinds that count for a campaign year: counts:true, and fromYear reached. */
export function defaultEligibleKinds(campaignYear: number): FunctionKind[] {
  return FUNCTION_KINDS.filter(
    (k) => k.counts && !("fromYear" in k && campaignYear < k.fromYear),
  ).map((k) => k.code);
}

function describe(p: FunctionPeriod): string {
  const label = `« ${functionKindLabel(p.kind)} »`;
  return p.endDate === null
    ? `${label} depuis le ${formatDateFr(p.startDate)}`
    : `${label} du ${formatDateFr(p.startDate)} au ${formatDateFr(p.endDate)}`;
}

function exclusion(
  p: FunctionPeriod,
  opts: CountOptions,
): { reason: ExclusionReason; message: string } | null {
  const kind = FUNCTION_KINDS.find((k) => k.code === p.kind);
  const what = describe(p);
  if (!kind || !kind.counts) {
    return {
      reason: "TYPE_NON_ELIGIBLE",
      message: `${what} : cette fonction ne compte pas pour la classe exceptionnelle.`,
    };
  }
  // The campaign's explicit list wins (an administrator may include tutoring in 2018); without
  // one, a kind counts only from its first campaign year.
  if (
    opts.eligibleKinds
      ? !opts.eligibleKinds.includes(p.kind)
      : "fromYear" in kind && opts.campaignYear < kind.fromYear
  ) {
    return "fromYear" in kind && opts.campaignYear < kind.fromYear
      ? {
          reason: "TYPE_PAS_ENCORE_ELIGIBLE",
          message: `${what} : cette fonction ne compte qu'à partir de la campagne ${kind.fromYear}.`,
        }
      : {
          reason: "TYPE_NON_ELIGIBLE",
          message: `${what} : cette fonction n'est pas retenue pour cette campagne.`,
        };
  }
  if (p.status !== "VALIDEE") {
    return {
      reason: "NON_VALIDEE",
      message:
        p.status === "REFUSEE"
          ? `${what} : non retenue, refusée par l'administration.`
          : `${what} : non retenue tant qu'elle n'est pas validée par l'administration.`,
    };
  }
  if (p.stagiaire) {
    return { reason: "STAGIAIRE", message: `${what} : les années de stage ne comptent pas.` };
  }
  if (p.faisantFonction) {
    return {
      reason: "FAISANT_FONCTION",
      message: `${what} : les fonctions exercées en tant que faisant fonction ne comptent pas.`,
    };
  }
  if (p.kind === "EDUCATION_PRIORITAIRE" && opts.educationPrioritaireMinShare !== undefined) {
    const min = opts.educationPrioritaireMinShare;
    if (p.educationPrioritaireShare == null) {
      return {
        reason: "QUOTITE_EP_INCONNUE",
        message: `${what} : non retenue tant que la part de votre service en éducation prioritaire n'est pas indiquée (il en faut au moins ${min} %). Complétez la fonction dans votre dossier.`,
      };
    }
    if (p.educationPrioritaireShare < min) {
      return {
        reason: "QUOTITE_EP_INSUFFISANTE",
        message: `${what} : il faut au moins ${min} % du service en éducation prioritaire (${p.educationPrioritaireShare} % déclarés).`,
      };
    }
  }
  if (p.endDate !== null && toDayNumber(p.endDate) < toDayNumber(p.startDate)) {
    return {
      reason: "DATES_INVALIDES",
      message: `${what} : la date de fin précède la date de début.`,
    };
  }
  return null;
}

/** Whole school years of eligible, validated functions ended on or before the observation date. */
export function countEligibleSchoolYears(
  periods: readonly FunctionPeriod[],
  opts: CountOptions,
): EligibleYearsCount {
  const excluded: ExcludedFunction[] = [];
  const retained: number[] = [];
  const intervals: [number, number][] = [];
  periods.forEach((period, index) => {
    const why = exclusion(period, opts);
    if (why) {
      excluded.push({ index, period, ...why });
      return;
    }
    retained.push(index);
    // End dates are included; a function still held runs on indefinitely.
    intervals.push([
      toDayNumber(period.startDate),
      period.endDate === null ? Infinity : toDayNumber(period.endDate),
    ]);
  });

  // Union of the periods: overlapping or back-to-back periods (end + 1 day = next start) merge.
  intervals.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [s, e] of intervals) {
    const last = merged[merged.length - 1];
    if (last && s <= last[1] + 1) last[1] = Math.max(last[1], e);
    else merged.push([s, e]);
  }

  const schoolYears: string[] = [];
  const partialSchoolYears: string[] = [];
  const first = merged[0];
  if (first) {
    const observation = toDayNumber(opts.observationDate);
    for (let y = schoolYearOf(fromDayNumber(first[0])); ; y++) {
      const start = dayNumber(y, 9, 1);
      const end = dayNumber(y + 1, 8, 31);
      if (end > observation) break; // only school years ended by the observation date
      let full = false;
      let some = false;
      for (const [s, e] of merged) {
        if (s <= start && e >= end) full = true;
        if (s <= end && e >= start) some = true;
      }
      if (full) schoolYears.push(schoolYearLabel(y));
      else if (some) partialSchoolYears.push(schoolYearLabel(y));
    }
  }
  return { count: schoolYears.length, schoolYears, partialSchoolYears, retained, excluded };
}
