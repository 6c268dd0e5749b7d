import { ENTRY_KIND_DEFS, ENTRY_KINDS, type EntryKind } from "./entry-kinds";

// What the dossier tabs say after a change (no dependencies: pages and actions share them).

/** After a function is changed: it goes back to « À vérifier » (lib/dossier/mutations). */
export const SAVED_FUNCTION_MESSAGE =
  "Modifications enregistrées. La fonction repasse « À vérifier » : elle comptera de nouveau après vérification par votre gestionnaire.";

/** After « Supprimer », the precise thing deleted. */
export const DELETED_MESSAGES = Object.fromEntries(
  ENTRY_KINDS.map((k) => [k, ENTRY_KIND_DEFS[k].deleted]),
) as Record<EntryKind, string>;
