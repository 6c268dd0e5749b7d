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
        ? [
            {
              group: "I-Prof Assistant Carrière",
              href: "/inspection",
              label: "I-Prof Inspecteur — avis sur les promotions",
            },
          ]
        : user.role === "ACADEMIE"
          ? [
              {
                group: "I-Prof Assistant Carrière",
                href: "/academie",
                label: "I-Prof Rectorat — chiffres des départements de l'académie",
              },
            ]
          : [
              {
                group: "I-Prof Assistant Carrière",
                href: "/gestion",
                label: "I-Prof Gestionnaire — campagnes d'avancement",
              },
            ];

  return (
    <div>
      <p className="fr-text--sm text-gris fr-mb-1v">ARENA — Accédez à vos applications</p>
      <h1 className="mb-2 text-3xl font-bold">Bienvenue {user.displayName}</h1>
      <p className="mb-6">{lastLoginLine(user)}</p>
      <DefaultPasswordBanner user={user} />
      <div className="grid gap-8 md:grid-cols-[1fr_2fr]">
        <nav className="fr-sidemenu" role="navigation" aria-labelledby="titre-rubriques">
          <div className="fr-sidemenu__inner">
            <h2 id="titre-rubriques" className="fr-sidemenu__title">
              Rubriques
            </h2>
            <ul className="fr-sidemenu__list">
              <li className="fr-sidemenu__item fr-sidemenu__item--active">
                <a href="#gestion-personnels" aria-current="true" className="fr-sidemenu__link">
                  Gestion des personnels
                </a>
              </li>
              {OTHER_SECTIONS.map((label) => (
                <li key={label} className="fr-sidemenu__item">
                  <p className="fr-sidemenu__link text-gris">
                    {label} <span className="fr-sr-only">(non disponible sur ce portail)</span>
                  </p>
                </li>
              ))}
            </ul>
          </div>
        </nav>
        <section id="gestion-personnels" aria-labelledby="titre-gestion">
          <h2 id="titre-gestion" className="mb-4 text-2xl font-bold">
            Gestion des personnels
          </h2>
          {applications.map((app) => (
            <div key={app.href} className="fr-tile fr-enlarge-link fr-mb-3w">
              <div className="fr-tile__body">
                <div className="fr-tile__content">
                  <h3 className="fr-tile__title">
                    <Link href={app.href}>{app.label}</Link>
                  </h3>
                  <p className="fr-tile__detail">{app.group}</p>
                </div>
              </div>
            </div>
          ))}
        </section>
      </div>
    </div>
  );
}
