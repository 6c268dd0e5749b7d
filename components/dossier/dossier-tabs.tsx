"use client";

import Link from "next/link";
import { usePathname, useRouter } from "next/navigation";
import { useRef, type KeyboardEvent } from "react";
import { DOSSIER_TABS } from "./tabs";

/**
 * The tab list of the dossier. Each tab is a link (deep-linkable, back button works) with
 * the ARIA tabs keyboard model: arrows, Home and End move between tabs, Enter opens one.
 */
export function DossierTabs({ basePath }: { basePath: string }) {
  const pathname = usePathname();
  const router = useRouter();
  const refs = useRef<(HTMLAnchorElement | null)[]>([]);
  // -1 on pages of the dossier that are not tabs (e.g. personal data): none is selected.
  const active = DOSSIER_TABS.findIndex((t) => pathname.startsWith(`${basePath}/${t.slug}`));

  function onKeyDown(event: KeyboardEvent<HTMLAnchorElement>, index: number) {
    const last = DOSSIER_TABS.length - 1;
    const target =
      event.key === "ArrowRight" ? (index === last ? 0 : index + 1)
      : event.key === "ArrowLeft" ? (index === 0 ? last : index - 1)
      : event.key === "Home" ? 0
      : event.key === "End" ? last
      : null;
    if (target === null) return;
    event.preventDefault();
    refs.current[target]?.focus();
    router.push(`${basePath}/${DOSSIER_TABS[target]!.slug}`);
  }

  return (
    <div role="tablist" aria-label="Onglets du dossier" className="no-print mb-6 flex flex-wrap border-b-2 border-bleu">
      {DOSSIER_TABS.map((tab, index) => {
        const selected = index === active;
        return (
          <Link
            key={tab.slug}
            ref={(el) => {
              refs.current[index] = el;
            }}
            id={`onglet-${tab.slug}`}
            role="tab"
            aria-selected={selected}
            aria-controls="panneau-dossier"
            tabIndex={selected || (active === -1 && index === 0) ? 0 : -1}
            href={`${basePath}/${tab.slug}`}
            onKeyDown={(e) => onKeyDown(e, index)}
            className={`-mb-0.5 border-2 px-3 py-2 text-sm no-underline ${
              selected ? "border-bleu border-b-white bg-white font-bold text-bleu" : "border-transparent bg-bleu-clair text-texte hover:bg-[#cacafb]"
            }`}
          >
            {tab.label}
          </Link>
        );
      })}
    </div>
  );
}
