// Lists offered in the dossier forms (no dependencies: imported by client components too).
export const QUALIFICATION_KINDS = ["Diplôme", "Certification", "Compétence"] as const;
export const DISTINCTION_NAMES = [
  "Palmes académiques",
  "Ordre national du Mérite",
  "Légion d'honneur",
  "Médaille d'honneur",
  "Autre distinction",
] as const;
export const DISTINCTION_RANKS = ["Chevalier", "Officier", "Commandeur"] as const;
export const ENTRY_KINDS = ["qualification", "activite", "fonction", "distinction"] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];
