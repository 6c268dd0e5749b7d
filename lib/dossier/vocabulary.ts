// Lists offered in the dossier forms (no dependencies: imported by client components too).
export const QUALIFICATION_KINDS = ["Diplôme", "Certification", "Compétence"] as const;
// Distinctions and their grades: lib/dossier/distinctions.ts.
export { DISTINCTION_LEVELS, DISTINCTION_NAMES } from "./distinctions";
export const ENTRY_KINDS = ["qualification", "activite", "fonction", "distinction"] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];
