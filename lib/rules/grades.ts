import type { GradeCode } from "./types";

// The three grades of the corps of professeurs des écoles, their order and their names:
// the one vocabulary of grades (no dependencies: imported by client components too).

/** In career order: classe normale, hors classe, classe exceptionnelle. */
export const GRADES = ["CN", "HC", "CE"] as const satisfies readonly GradeCode[];

export function isGradeCode(value: unknown): value is GradeCode {
  return typeof value === "string" && (GRADES as readonly string[]).includes(value);
}

/** Position in the career: CN 0, HC 1, CE 2. */
export const GRADE_RANK: Record<GradeCode, number> = { CN: 0, HC: 1, CE: 2 };

/** As a label on its own: « Hors classe ». */
export const GRADE_LABELS = {
  CN: "Classe normale",
  HC: "Hors classe",
  CE: "Classe exceptionnelle",
} as const satisfies Record<GradeCode, string>;

/** Inside a sentence: « échelon de la hors classe ». */
export const GRADE_NAMES: Record<GradeCode, string> = {
  CN: "classe normale",
  HC: "hors classe",
  CE: "classe exceptionnelle",
};

/** Échelons of each grade (PPCR grid of the PE: lib/rules/career-grid). */
export const ECHELON_COUNT: Record<GradeCode, number> = { CN: 11, HC: 7, CE: 5 };
