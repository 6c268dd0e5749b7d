// The seven I-Prof tabs, in the seeds' order; each is a route of its own.
export const DOSSIER_TABS = [
  { slug: "situation-de-carriere", label: "Situation de carrière" },
  { slug: "affectations", label: "Affectations" },
  { slug: "qualifications-et-competences", label: "Qualifications et compétences" },
  { slug: "activites-professionnelles", label: "Activités professionnelles" },
  { slug: "fonctions-et-missions", label: "Fonctions et missions" },
  { slug: "distinctions-honorifiques", label: "Distinctions honorifiques" },
  { slug: "synthese", label: "Synthèse" },
] as const;

export type DossierTabSlug = (typeof DOSSIER_TABS)[number]["slug"];

export function tabLabel(slug: DossierTabSlug): string {
  return DOSSIER_TABS.find((t) => t.slug === slug)!.label;
}
