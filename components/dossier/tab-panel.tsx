import type { ReactNode } from "react";
import { DOSSIER_TABS, type DossierTabSlug } from "./tabs";

export function TabPanel({ slug, children }: { slug: DossierTabSlug; children: ReactNode }) {
  const tab = DOSSIER_TABS.find((t) => t.slug === slug)!;
  return (
    <section id="panneau-dossier" role="tabpanel" aria-labelledby={`onglet-${slug}`} tabIndex={-1}>
      <h2 className="mb-4 text-2xl font-bold">{tab.label}</h2>
      {children}
    </section>
  );
}
