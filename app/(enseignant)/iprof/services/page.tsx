import type { Metadata } from "next";
import Link from "next/link";
import { requireRole } from "@/lib/auth/session";
import { listCurrentCampaigns, listPublishedCampaigns } from "@/lib/campaigns/queries";
import { STATUS_LABELS } from "@/lib/campaigns/state-machine";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { Badge, CAMPAIGN_STATUS_TONES } from "@/components/ui/badge";

export const metadata: Metadata = { title: "Les services" };

export default async function Services() {
  const user = await requireRole("ENSEIGNANT");
  const [campaigns, published] = await Promise.all([
    listCurrentCampaigns(user),
    listPublishedCampaigns(user),
  ]);
  return (
    <div>
      <Breadcrumb items={[{ label: "I-Prof", href: "/iprof" }]} current="Les services" />
      <h1 className="mb-4 text-3xl font-bold">Les services</h1>
      <p className="mb-6">
        Plusieurs services internet peuvent vous être utiles pour gérer votre carrière :
      </p>
      <ul className="mb-8 list-disc space-y-4 pl-6">
        <li>
          SIAM, pour déposer votre demande de mutation inter-académique et/ou intra-académique et
          suivre son traitement <span className="text-gris">(non disponible sur ce portail)</span>.
        </li>
        <li>
          Le service <strong>SIAP/Iprof</strong>, en consultant et en complétant votre dossier de
          promotion, pour participer à la
          <ul className="mt-2 list-[circle] pl-6">
            <li>Hors Classe des professeurs des écoles ;</li>
            <li>Classe Exceptionnelle des professeurs des écoles ;</li>
            <li>Échelon spécial de la Classe Exceptionnelle des professeurs des écoles.</li>
          </ul>
          <p className="mt-2">
            Vous pourrez également consulter ultérieurement les résultats de la campagne
            d&apos;avancement.
          </p>
        </li>
      </ul>
      <section aria-labelledby="titre-campagnes" className="mb-8">
        <h2 id="titre-campagnes" className="mb-3 text-2xl font-bold">
          Campagnes en cours
        </h2>
        {campaigns.length === 0 ? (
          <p>Aucune campagne d&apos;avancement n&apos;est en cours actuellement.</p>
        ) : (
          <ul className="fr-raw-list space-y-3">
            {campaigns.map((c) => (
              <li key={c.id} className="fr-callout fr-mb-2w">
                <p className="font-bold">{c.title}</p>
                <Badge tone={CAMPAIGN_STATUS_TONES[c.status]}>{STATUS_LABELS[c.status]}</Badge>
                <Link href={`/siap/${c.id}`}>Accéder à la campagne</Link>
              </li>
            ))}
          </ul>
        )}
      </section>
      {published.length ? (
        <section aria-labelledby="titre-resultats" className="mb-8">
          <h2 id="titre-resultats" className="mb-3 text-2xl font-bold">
            Résultats publiés
          </h2>
          <ul className="fr-raw-list space-y-2">
            {published.map((c) => (
              <li key={c.id}>
                <Link href={`/siap/${c.id}/resultats`}>
                  Consulter les résultats de la campagne d&apos;avancement — {c.title}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <p className="fr-alert fr-alert--warning fr-alert--sm fr-mb-3w">
        Le service SIAP n&apos;est pas accessible pour saisir vos demandes de promotion hors corps.
      </p>
      <p className="text-gris">
        Utilisez SIAE pour gérer vos rendez-vous de carrière{" "}
        <span>(non disponible sur ce portail)</span>.
      </p>
    </div>
  );
}
