import {
  ENTRY_KIND_DEFS,
  ENTRY_KINDS,
  type EntryKind,
  type FieldDef,
} from "@/lib/dossier/entry-kinds";

// Form fields of each entry kind of "Compléter votre dossier", from the registry
// (lib/dossier/entry-kinds); the rules are in lib/dossier/entries.ts.
export type { FieldDef };

export const ENTRY_FORMS = Object.fromEntries(
  ENTRY_KINDS.map((k) => [k, { noun: ENTRY_KIND_DEFS[k].noun, fields: ENTRY_KIND_DEFS[k].fields }]),
) as Record<EntryKind, { noun: string; fields: FieldDef[] }>;
