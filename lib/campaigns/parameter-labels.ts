import {
  FUNCTION_KIND_CODES,
  functionKindLabel,
  getRuleSet,
  RULE_SET_IDS,
  TIE_BREAK_KEYS,
  TIE_BREAK_LABELS,
} from "@/lib/rules";

// Bounds, choices and labels of the campaign parameters' fields, by path in the rule set's
// parameters ("*" for any array index or record key). The form (lib/campaigns/
// parameters-form.ts) is built from each rule set's defaults. A parameter without a line
// here takes its label and help from its rule set's `parameterLabels` (lib/rules), so a
// parameter the rules engine adds needs a line here only for bounds or a closed list.

export interface ParameterLabel {
  label: string;
  help?: string;
  min?: number;
  max?: number;
  /** Whole numbers only (default for numbers without `decimals`). */
  decimals?: boolean;
  /** A closed list of values (select, or checkboxes for a list of strings). */
  options?: () => readonly { value: string; label: string }[];
}

const LEVELS: Record<string, string> = {
  EXCELLENT: "Excellent",
  TRES_SATISFAISANT: "Très satisfaisant",
  SATISFAISANT: "Satisfaisant",
  A_CONSOLIDER: "À consolider",
  INSUFFISANT: "Insatisfaisant",
  INSATISFAISANT: "Insatisfaisant",
  TRES_FAVORABLE: "Très favorable",
  FAVORABLE: "Favorable",
  DEFAVORABLE: "Défavorable",
};

export const PARAMETER_LABELS: Record<string, ParameterLabel> = {
  "observation.month": {
    label: "Date d'observation : mois",
    help: "Mois de l'année de la campagne (8 : août).",
    min: 1,
    max: 12,
  },
  "observation.day": {
    label: "Date d'observation : jour",
    help: "Par défaut le 31 août.",
    min: 1,
    max: 31,
  },
  "promouvabilite.echelon": {
    label: "Échelon de classe normale requis",
    help: "9 : il faut au moins le 9e échelon.",
    min: 1,
    max: 11,
  },
  "promouvabilite.yearsInEchelon": {
    label: "Années d'ancienneté requises dans cet échelon",
    min: 0,
    max: 10,
  },
  "appreciationPoints.*": { label: "Points de l'appréciation « {key} »", min: 0, max: 500 },
  "appreciationCaps.*": {
    label: "Plafond de l'appréciation « {key} » (% des promouvables)",
    help: "Au-delà, la publication demande un motif.",
    min: 0,
    max: 100,
    decimals: true,
  },
  "seniorityPoints.*.echelon": { label: "Ligne {index} : échelon", min: 1, max: 11 },
  "seniorityPoints.*.years": {
    label: "Ligne {index} : années dans l'échelon",
    help: "La dernière ligne d'un échelon vaut pour toutes les années suivantes.",
    min: 0,
    max: 15,
  },
  "seniorityPoints.*.points": { label: "Ligne {index} : points d'ancienneté", min: 0, max: 240 },
  baremeMax: {
    label: "Barème maximal (plage d'appel)",
    help: "Laisser vide : pas de plafond.",
    min: 0,
    max: 1000,
  },
  "contingent.ratePercent": {
    label: "Taux de promotion (%)",
    help: "Ratio promus / promouvables, ou part cible du corps pour la classe exceptionnelle.",
    min: 0,
    max: 100,
    decimals: true,
  },
  "contingent.method": {
    label: "Mode de calcul du contingent",
    options: () => [
      { value: "RATE", label: "Taux × promouvables (ratio promus / promouvables)" },
      {
        value: "TARGET",
        label: "Pyramidage : part cible du grade, moins les agents qui y sont déjà",
      },
    ],
  },
  "contingent.previousRemainder": {
    label: "Reliquat de la campagne précédente",
    help: "Partie décimale reportée (de 0 à 0,9999), préremplie à la création.",
    min: 0,
    max: 0.9999,
    decimals: true,
  },
  "contingent.notified": {
    label: "Nombre de promotions notifié",
    help: "Laisser vide : nombre calculé. Renseigné, il remplace le nombre calculé.",
    min: 0,
    max: 100000,
  },
  "seniority.fromYears": {
    label: "Années dans l'échelon à partir desquelles l'ancienneté compte",
    min: 0,
    max: 20,
  },
  "tieBreaks.*.key": {
    label: "Départage {index} : critère",
    options: () => TIE_BREAK_KEYS.map((k) => ({ value: k, label: TIE_BREAK_LABELS[k] })),
  },
  "tieBreaks.*.order": {
    label: "Départage {index} : ordre",
    options: () => [
      { value: "desc", label: "Le plus élevé d'abord (le plus âgé pour l'âge)" },
      { value: "asc", label: "Le plus faible d'abord" },
    ],
  },
  balanceBySex: {
    label: "Équilibrer femmes et hommes dans le tableau",
    help: "Part des promus de chaque sexe alignée sur celle des promouvables.",
  },
  keepAppreciationUntilPromoted: {
    label: "Conserver l'appréciation d'une campagne à l'autre jusqu'à la promotion",
  },
  minEchelon: {
    label: "Échelon de hors classe requis",
    help: "5 : il faut au moins le 5e échelon de la hors classe.",
    min: 1,
    max: 7,
  },
  "avisOrder.*": {
    label: "Avis retenus pour le tableau, rang {index}",
    options: () =>
      ["TRES_FAVORABLE", "FAVORABLE", "DEFAVORABLE"].map((v) => ({ value: v, label: LEVELS[v]! })),
  },
  renewTresFavorable: {
    label: "Reconduire chaque année l'avis « Très favorable » de l'IEN",
    help: "Sauf avis contraire de l'IEN dans la nouvelle campagne.",
  },
  "vivier1.minEchelon": { label: "1er vivier : échelon de hors classe requis", min: 1, max: 7 },
  "vivier1.requiredYears": {
    label: "1er vivier : années de fonctions éligibles requises",
    min: 0,
    max: 40,
  },
  "vivier1.eligibleFunctionKinds": {
    label: "1er vivier : fonctions éligibles",
    options: () => FUNCTION_KIND_CODES.map((k) => ({ value: k, label: functionKindLabel(k) })),
  },
  "vivier1.educationPrioritaireMinShare": {
    label: "1er vivier : part minimale du service en éducation prioritaire (%)",
    min: 0,
    max: 100,
  },
  "vivier2.echelon": { label: "2e vivier : échelon de hors classe requis", min: 1, max: 7 },
  "vivierShares.*": { label: "Part du vivier {key} (%)", min: 0, max: 100, decimals: true },
  reportUnusedVivier1Places: { label: "Reporter les places non utilisées d'un vivier sur l'autre" },
  "seniority.fromEchelon": {
    label: "Ancienneté comptée depuis l'échelon de hors classe",
    min: 1,
    max: 7,
  },
  "seniority.basePoints": { label: "Points d'ancienneté de départ", min: 0, max: 100 },
  "seniority.pointsPerYear": { label: "Points par année", min: 0, max: 100 },
  "seniority.maxPoints": { label: "Points d'ancienneté au plus", min: 0, max: 500 },
};

/** The label entry of a path, with {key} / {index} filled in. */
export function labelFor(path: string): ParameterLabel & { pattern: string | null } {
  const parts = path.split(".");
  for (const [pattern, entry] of Object.entries(PARAMETER_LABELS)) {
    const p = pattern.split(".");
    if (p.length !== parts.length || !p.every((seg, i) => seg === "*" || seg === parts[i]))
      continue;
    const star = p.indexOf("*");
    const key = star >= 0 ? parts[star]! : "";
    const index = /^\d+$/.test(key) ? String(Number(key) + 1) : key;
    return {
      ...entry,
      label: entry.label.replace("{key}", LEVELS[key] ?? key).replace("{index}", index),
      pattern,
    };
  }
  const own = ruleSetLabel(path);
  return own ? { ...own, pattern: null } : { label: path, pattern: null };
}

// Every rule set's own labels; an array item ("positionRule.excluded.0") takes its list's.
const RULE_SET_LABELS: Record<string, { label: string; help?: string }> = Object.assign(
  {},
  ...RULE_SET_IDS.map((id) => getRuleSet(id).parameterLabels),
);

function ruleSetLabel(path: string): { label: string; help?: string } | null {
  const item = /^(.*)\.(\d+)$/.exec(path);
  if (RULE_SET_LABELS[path]) return RULE_SET_LABELS[path]!;
  if (item && RULE_SET_LABELS[item[1]!])
    return {
      ...RULE_SET_LABELS[item[1]!]!,
      label: `${RULE_SET_LABELS[item[1]!]!.label} (${Number(item[2]) + 1})`,
    };
  return null;
}
