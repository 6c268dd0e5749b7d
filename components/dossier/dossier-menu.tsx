"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { DOSSIER_TABS } from "./tabs";

/**
 * The sections of the dossier as a DSFR side menu (fr-sidemenu): a navigation of links
 * between pages, each deep-linkable, the current one marked aria-current="page". Not an ARIA
 * tablist (the «tabs» are pages, not panels of one page): Tab moves from link to link.
 * Always unfolded — DSFR folds it on small screens with its JavaScript, which we do not ship.
 */
export function DossierMenu({ basePath }: { basePath: string }) {
  const pathname = usePathname();
  return (
    <nav className="fr-sidemenu no-print" role="navigation" aria-labelledby="titre-menu-dossier">
      <div className="fr-sidemenu__inner">
        <p className="fr-sidemenu__title" id="titre-menu-dossier">
          Onglets du dossier
        </p>
        <ul className="fr-sidemenu__list">
          {DOSSIER_TABS.map((tab) => {
            const href = `${basePath}/${tab.slug}`;
            const current = pathname.startsWith(href);
            return (
              <li
                key={tab.slug}
                className={`fr-sidemenu__item ${current ? "fr-sidemenu__item--active" : ""}`.trim()}
              >
                <Link
                  className="fr-sidemenu__link"
                  href={href}
                  aria-current={current ? "page" : undefined}
                >
                  {tab.label}
                </Link>
              </li>
            );
          })}
        </ul>
      </div>
    </nav>
  );
}
