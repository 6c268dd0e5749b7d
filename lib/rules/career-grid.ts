// The PPCR career grid of the PE (échelon durations, reclassement on promotion) and the
// career histories it gives: from the current (grade, échelon, date) back to the entry in
// the corps. Used by the imports (an agent's history when the file gives none) and by the
// demo and test data (lib/seed).
import { addMonths, compareIsoDates, parseIsoDate } from "./dates";
import { ECHELON_COUNT } from "./grades";
import type { CareerStep, GradeCode, IsoDate } from "./types";

export interface CareerHistoryStep extends CareerStep {
  nature: string; // CareerEvent.nature
}

/** Months spent in each échelon before the next one (PPCR grid of the PE, usual pace). */
export const ECHELON_MONTHS: Record<GradeCode, Record<number, number>> = {
  CN: { 1: 12, 2: 12, 3: 24, 4: 24, 5: 30, 6: 36, 7: 36, 8: 42, 9: 48, 10: 48 },
  HC: { 1: 24, 2: 24, 3: 30, 4: 30, 5: 36, 6: 36 },
  CE: { 1: 24, 2: 24, 3: 30, 4: 36 },
};

// After a rendez-vous de carrière, 30 % of an age group move a year faster to the 7th and
// six months faster to the 9th échelon.
const ACCELERATION_MONTHS: Record<number, number> = { 6: 12, 8: 6 };

// Simplified reclassement on promotion: échelon of entry in the new grade → échelon held
// in the previous grade just before.
const RECLASSEMENT: Record<"HC" | "CE", Record<number, number>> = {
  HC: { 1: 9, 2: 10, 3: 11 },
  CE: { 1: 4, 2: 5, 3: 6 },
};

const PREVIOUS_GRADE = { HC: "CN", CE: "HC" } as const;

export const NATURE = {
  entry: "Titularisation",
  echelon: "Avancement d'échelon",
  accelerated: "Avancement d'échelon accéléré (rendez-vous de carrière)",
  promotion: "Promotion de grade",
} as const;

export interface DeriveCareerOptions {
  /** Échelon reached on entering HC / CE (1–3, capped by the current échelon); default 1. */
  entryEchelon?: Partial<Record<"HC" | "CE", number>>;
  /** Months spent in the last échelon of the previous grade before the promotion; default HC 36, CE 24. */
  monthsBeforePromotion?: Partial<Record<"HC" | "CE", number>>;
  /** Accelerated advancement to the CN 7th and 9th échelons. */
  accelerated?: boolean;
}

export function monthsInEchelon(grade: GradeCode, echelon: number, accelerated = false): number {
  const months = ECHELON_MONTHS[grade][echelon];
  if (months === undefined) throw new RangeError(`Pas d'échelon après le ${echelon}e (${grade})`);
  return accelerated ? months - (grade === "CN" ? (ACCELERATION_MONTHS[echelon] ?? 0) : 0) : months;
}

/** The last 1 September on or before `date`: rentrées and promotions take effect then. */
export function previousSeptemberFirst(date: IsoDate): IsoDate {
  const { year, month } = parseIsoDate(date);
  return `${month >= 9 ? year : year - 1}-09-01`;
}

/**
 * Full history, oldest first, ending with the current step. Steps derived before a grade
 * entry or the corps entry are moved back to the previous 1 September (the first échelon
 * of the grade then simply lasts a little longer); the current step is kept as given.
 */
export function deriveCareerSteps(
  current: CareerStep,
  options: DeriveCareerOptions = {},
): CareerHistoryStep[] {
  if (current.echelon < 1 || current.echelon > ECHELON_COUNT[current.grade]) {
    throw new RangeError(`Échelon ${current.echelon} impossible en ${current.grade}`);
  }
  // Échelon of entry in a grade: 1 in the CN (the corps), as asked in HC / CE.
  const entryEchelon = (grade: GradeCode, reached: number) =>
    grade === "CN" ? 1 : Math.min(options.entryEchelon?.[grade as "HC" | "CE"] ?? 1, 3, reached);
  const reversed: CareerHistoryStep[] = [];
  let step: CareerStep = current;
  let entry = entryEchelon(current.grade, current.echelon);
  for (;;) {
    const { grade, echelon } = step;
    const atGradeEntry = echelon <= entry;
    const date =
      atGradeEntry && reversed.length > 0 ? previousSeptemberFirst(step.date) : step.date;
    const added: CareerHistoryStep = { ...step, date, nature: NATURE.echelon };
    reversed.push(added);

    if (!atGradeEntry) {
      const previous = echelon - 1;
      const accelerated =
        options.accelerated === true && grade === "CN" && previous in ACCELERATION_MONTHS;
      if (accelerated) added.nature = NATURE.accelerated;
      step = {
        grade,
        echelon: previous,
        date: addMonths(date, -monthsInEchelon(grade, previous, accelerated)),
      };
      continue;
    }
    if (grade === "CN") {
      added.nature = NATURE.entry;
      break;
    }
    added.nature = NATURE.promotion;
    const previousGrade = PREVIOUS_GRADE[grade];
    const previousEchelon = RECLASSEMENT[grade][echelon];
    if (previousEchelon === undefined)
      throw new RangeError(`Entrée en ${grade} au ${echelon}e échelon non prévue`);
    const delay = options.monthsBeforePromotion?.[grade] ?? (grade === "HC" ? 36 : 24);
    const maxDelay = ECHELON_MONTHS[previousGrade][previousEchelon];
    if (delay < 1 || (maxDelay !== undefined && delay >= maxDelay)) {
      throw new RangeError(
        `${delay} mois au ${previousEchelon}e échelon avant la promotion en ${grade} : incohérent`,
      );
    }
    step = { grade: previousGrade, echelon: previousEchelon, date: addMonths(date, -delay) };
    entry = entryEchelon(previousGrade, previousEchelon);
  }
  return reversed.reverse();
}

/** Checks a history given by hand: ordered, and ending with the current step. */
export function assertCareerConsistent(steps: readonly CareerStep[], current: CareerStep): void {
  const last = steps.at(-1);
  if (
    !last ||
    last.grade !== current.grade ||
    last.echelon !== current.echelon ||
    last.date !== current.date
  ) {
    throw new Error("L'historique de carrière doit se terminer par la situation actuelle");
  }
  for (let i = 1; i < steps.length; i++) {
    const before = steps[i - 1];
    const after = steps[i];
    if (before && after && compareIsoDates(before.date, after.date) > 0) {
      throw new Error(
        `Historique de carrière non chronologique (${before.date} puis ${after.date})`,
      );
    }
  }
}

/** Date the grade of the last step was reached: first step of the final run in that grade. */
export function gradeEntryDate(steps: readonly CareerStep[]): IsoDate {
  const last = steps.at(-1);
  if (!last) throw new Error("Historique de carrière vide");
  let date = last.date;
  for (let i = steps.length - 1; i >= 0 && steps[i]?.grade === last.grade; i--)
    date = steps[i]?.date ?? date;
  return date;
}
