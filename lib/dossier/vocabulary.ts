// Lists offered in the dossier forms (no dependencies: imported by client components too).
// The kinds of entry and their words: the registry, ./entry-kinds.
export {
  ENTRY_KINDS,
  FUNCTION_STATUS_LABELS,
  QUALIFICATION_KINDS,
  type EntryKind,
} from "./entry-kinds";
// Distinctions and their grades: lib/dossier/distinctions.ts.
export { DISTINCTION_LEVELS, DISTINCTION_NAMES } from "./distinctions";
