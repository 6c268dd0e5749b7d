import type { Metadata } from "next";
import Link from "next/link";
import { DefaultPasswordBanner } from "@/components/account/default-password-banner";
import { requireUser } from "@/lib/auth/session";
import { lastLoginLine } from "@/lib/auth/last-login";

export const metadata: Metadata = { title: "Accédez à vos applications" };

// The ARENA portal page of the seeds: only "Gestion des personnels" is served here.
const OTHER_SECTIONS = [
  "Scolarité du 1er degré",
  "Scolarité du 2nd degré",
  "Examens et concours",
  "Enquêtes et Pilotage",
  "Formation et Ressources",
  "Intranet, Référentiels et Outils",
  "Support et Assistance",
];

export default async function PortalHome() {
  const user = await requireUser();
  const applications =
    user.role === "ENSEIGNANT"
      ? [{ group: "I-Prof Assistant Carrière", href: "/iprof", label: "I-Prof Enseignant" }]
      : user.role === "INSPECTEUR"
        ? [{ group: "I-Prof Assistant Carrière", href: "/inspection", label: "I-Prof Inspecteur — avis sur les promotions" }]
        : user.role === "ACADEMIE"
          ? [{ group: "I-Prof Assistant Carrière", href: "/academie", label: "I-Prof Rectorat — chiffres des départements de l'académie" }]
          : [{ group: "I-Prof Assistant Carrière", href: "/gestion", label: "I-Prof Gestionnaire — campagnes d'avancement" }];

  return (
    <div>
      <p className="mb-1 text-sm text-gris">ARENA — Accédez à vos applications</p>
      <h1 className="mb-2 text-3xl font-bold">Bienvenue {user.displayName}</h1>
      <p className="mb-6">
        {lastLoginLine(user)}
      </p>
      <DefaultPasswordBanner user={user} />
      <div className="grid gap-8 md:grid-cols-[1fr_2fr]">
        <nav aria-labelledby="titre-rubriques">
          <h2 id="titre-rubriques" className="mb-3 text-lg font-bold">
            Rubriques
          </h2>
          <ul className="space-y-1">
            <li>
              <a href="#gestion-personnels" aria-current="true" className="block border-l-4 border-bleu bg-bleu-clair px-3 py-2 font-bold">
                Gestion des personnels
              </a>
            </li>
            {OTHER_SECTIONS.map((label) => (
              <li key={label} className="px-3 py-2 text-gris">
                {label} <span className="sr-only">(non disponible sur ce portail)</span>
              </li>
            ))}
          </ul>
        </nav>
        <section id="gestion-personnels" aria-labelledby="titre-gestion">
          <h2 id="titre-gestion" className="mb-4 text-2xl font-bold">
            Gestion des personnels
          </h2>
          {applications.map((app) => (
            <div key={app.href} className="mb-4 border border-bordure/40 p-4">
              <h3 className="mb-2 font-bold">➤ {app.group}</h3>
              <Link href={app.href} className="text-lg">
                {app.label}
              </Link>
            </div>
          ))}
        </section>
      </div>
    </div>
  );
}
