// Distinctions honorifiques a teacher may declare, with the grades of each order (or the
// échelons of a medal); no dependencies: the dossier forms import it too.
//
// - Légion d'honneur and ordre national du Mérite: chevalier, officier, commandeur, and the
//   dignities grand officier and grand-croix.
// - Palmes académiques, Mérite agricole, Arts et Lettres: chevalier, officier, commandeur.
// - Médailles d'honneur (du travail…): no grade but an échelon, argent, vermeil, or, grand or.
// - « Autre distinction »: named by the teacher, without grade.

const ORDER_WITH_DIGNITIES = [
  "Chevalier",
  "Officier",
  "Commandeur",
  "Grand officier",
  "Grand-croix",
] as const;
const ORDER = ["Chevalier", "Officier", "Commandeur"] as const;
const MEDAL = ["Argent", "Vermeil", "Or", "Grand or"] as const;

export const OTHER_DISTINCTION = "Autre distinction";

export interface DistinctionKind {
  name: string;
  /** "grade" for an order, "échelon" for a medal; none for « Autre distinction ». */
  levelKind: "grade" | "échelon" | null;
  levels: readonly string[];
}

export const DISTINCTIONS: readonly DistinctionKind[] = [
  { name: "Légion d'honneur", levelKind: "grade", levels: ORDER_WITH_DIGNITIES },
  { name: "Ordre national du Mérite", levelKind: "grade", levels: ORDER_WITH_DIGNITIES },
  { name: "Palmes académiques", levelKind: "grade", levels: ORDER },
  { name: "Mérite agricole", levelKind: "grade", levels: ORDER },
  { name: "Arts et Lettres", levelKind: "grade", levels: ORDER },
  { name: "Médaille d'honneur", levelKind: "échelon", levels: MEDAL },
  { name: OTHER_DISTINCTION, levelKind: null, levels: [] },
];

export const DISTINCTION_NAMES = DISTINCTIONS.map((d) => d.name) as [string, ...string[]];
/** Every grade and échelon, for the form's list (the pair is checked on saving). */
export const DISTINCTION_LEVELS = [...new Set(DISTINCTIONS.flatMap((d) => d.levels))] as [
  string,
  ...string[],
];

/** The form's values of a stored distinction: a name outside the list is an « Autre distinction ». */
export function distinctionFormValues(name: string): { name: string; otherName: string } {
  return distinctionKind(name)
    ? { name, otherName: "" }
    : { name: OTHER_DISTINCTION, otherName: name };
}

export function distinctionKind(name: string): DistinctionKind | undefined {
  return DISTINCTIONS.find((d) => d.name === name);
}

const list = (values: readonly string[]) => values.join(", ").toLowerCase();

/** Why this grade or échelon does not belong to this distinction, or null when it does. */
export function distinctionLevelError(name: string, level: string | null): string | null {
  const kind = distinctionKind(name);
  if (!kind || kind.levelKind === null)
    return level
      ? "Une autre distinction n'a pas de grade à indiquer ici : laissez ce champ vide."
      : null;
  if (!level)
    return kind.levelKind === "grade"
      ? `Indiquez votre grade dans l'ordre (${list(kind.levels)}).`
      : `Indiquez l'échelon de la médaille (${list(kind.levels)}).`;
  if (!kind.levels.includes(level)) {
    return kind.levelKind === "grade"
      ? `« ${level} » n'est pas un grade de la distinction « ${name} » : choisissez parmi ${list(kind.levels)}.`
      : `La distinction « ${name} » a des échelons, pas de grade : choisissez parmi ${list(kind.levels)}.`;
  }
  return null;
}
