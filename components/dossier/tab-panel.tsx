import type { ReactNode } from "react";
import { DOSSIER_TABS, type DossierTabSlug } from "./tabs";

/** One section of the dossier: a page of its own, titled by its entry in the side menu. */
export function TabPanel({ slug, children }: { slug: DossierTabSlug; children: ReactNode }) {
  const tab = DOSSIER_TABS.find((t) => t.slug === slug)!;
  return (
    <section id="panneau-dossier" aria-labelledby="titre-panneau-dossier" tabIndex={-1}>
      <h2 id="titre-panneau-dossier" className="fr-h3">
        {tab.label}
      </h2>
      {children}
    </section>
  );
}
