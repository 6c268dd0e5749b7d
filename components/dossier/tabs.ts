import { ENTRY_KIND_DEFS, ENTRY_KINDS, type EntryTabSlug } from "@/lib/dossier/entry-kinds";

// The seven I-Prof tabs, in the seeds' order; each is a route of its own. Those of the
// entry kinds come from their registry (lib/dossier/entry-kinds), in its order.
export type DossierTabSlug = "situation-de-carriere" | "affectations" | EntryTabSlug | "synthese";

export const DOSSIER_TABS: readonly { slug: DossierTabSlug; label: string }[] = [
  { slug: "situation-de-carriere", label: "Situation de carrière" },
  { slug: "affectations", label: "Affectations" },
  ...ENTRY_KINDS.map((k) => ENTRY_KIND_DEFS[k].tab),
  { slug: "synthese", label: "Synthèse" },
];

export function tabLabel(slug: DossierTabSlug): string {
  return DOSSIER_TABS.find((t) => t.slug === slug)!.label;
}
