import type { CandidatureStatus } from "@/generated/prisma/enums";

// Words of the campaigns shown on several pages, defined once (no dependencies: imported
// by client components too). Campaign states: STATUS_LABELS of ./state-machine.

export const CANDIDATURE_STATUS_LABELS: Record<CandidatureStatus, string> = {
  ENREGISTREE: "Enregistrée",
  ANNULEE: "Annulée",
};

/** The filter « État » of the candidature lists. */
export const CANDIDATURE_STATUS_OPTIONS = (["ENREGISTREE", "ANNULEE"] as const).map((value) => ({
  value,
  label: CANDIDATURE_STATUS_LABELS[value],
}));

/** The two viviers of the classe exceptionnelle (décret 2017-786). */
export const VIVIERS = [1, 2] as const;
export type Vivier = (typeof VIVIERS)[number];

export const VIVIER_LABELS: Record<Vivier, string> = { 1: "1er vivier", 2: "2e vivier" };

/** With what each vivier is about: « 1er vivier (fonctions particulières) ». */
export const VIVIER_TITLES: Record<Vivier, string> = {
  1: "1er vivier (fonctions particulières)",
  2: "2e vivier (valeur professionnelle)",
};

/** The filter « Vivier » of the lists (value "1" or "2", as in the URL). */
export const VIVIER_OPTIONS = VIVIERS.map((v) => ({ value: String(v), label: VIVIER_LABELS[v] }));

/** "1" or "2" from a URL parameter, else undefined. */
export function parseVivier(value: string | undefined): Vivier | undefined {
  return value === "1" || value === "2" ? (Number(value) as Vivier) : undefined;
}

/** « 1er vivier », « 2e vivier »; « — » for a row without vivier. */
export function vivierLabel(vivier: number | null): string {
  return (vivier !== null && VIVIER_LABELS[vivier as Vivier]) || "—";
}

/** The title of each group of parameters (the first segment of their path). */
export const PARAMETER_GROUP_LABELS: Record<string, string> = {
  observation: "Date d'observation",
  promouvabilite: "Promouvabilité",
  appreciationPoints: "Points des appréciations",
  appreciationCaps: "Plafonds des meilleures appréciations",
  seniorityPoints: "Points d'ancienneté (plage d'appel)",
  seniority: "Points d'ancienneté",
  baremeMax: "Barème maximal",
  contingent: "Contingent de promotions",
  tieBreaks: "Départage des ex aequo, dans l'ordre",
  balanceBySex: "Équilibre femmes-hommes",
  keepAppreciationUntilPromoted: "Appréciation conservée",
  vivier1: VIVIER_TITLES[1],
  vivier2: VIVIER_TITLES[2],
  vivierShares: "Répartition entre viviers",
  reportUnusedVivier1Places: "Places non utilisées",
  minEchelon: "Promouvabilité",
  avisOrder: "Ordre du tableau",
  renewTresFavorable: "Reconduction des avis",
};
