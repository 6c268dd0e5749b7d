import type { Metadata } from "next";
import { circonscriptionsWithCounts } from "@/lib/agents/queries";
import { requireRole } from "@/lib/auth/session";
import Link from "next/link";
import { listCurrentCampaigns, listPublishedCampaigns } from "@/lib/campaigns/queries";
import { inspectorCampaignList } from "@/lib/opinions/inspector-list";
import { formatCalendarDate } from "@/lib/format";

export const metadata: Metadata = { title: "Espace inspecteur" };

export default async function InspectorHome() {
  const user = await requireRole("INSPECTEUR");
  const [circonscriptions, campaigns, published] = await Promise.all([
    circonscriptionsWithCounts(user),
    listCurrentCampaigns(user),
    listPublishedCampaigns(user),
  ]);
  const progress = await Promise.all(campaigns.map((c) => inspectorCampaignList(user, c.id)));
  return (
    <div>
      <h1 className="mb-6 text-3xl font-bold">Espace inspecteur</h1>
      <section aria-labelledby="titre-circos" className="mb-8">
        <h2 id="titre-circos" className="mb-3 text-2xl font-bold">
          Vos circonscriptions
        </h2>
        <ul className="fr-raw-list space-y-2">
          {circonscriptions.map((c) => (
            <li key={c.id} className="fr-callout fr-mb-2w">
              <p className="font-bold">{c.name}</p>
              <p>
                {c._count.agents} enseignants, {c._count.schools} écoles
              </p>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="titre-campagnes">
        <h2 id="titre-campagnes" className="mb-3 text-2xl font-bold">
          Campagnes en cours
        </h2>
        {campaigns.length === 0 ? (
          <p>Aucune campagne n&apos;est en cours.</p>
        ) : (
          <ul className="fr-raw-list space-y-3">
            {campaigns.map((c, i) => (
              <li key={c.id} className="fr-callout fr-mb-2w">
                <p className="font-bold">{c.title}</p>
                <p className="text-sm">
                  Saisie des avis :{" "}
                  {c.opinionStart && c.opinionEnd
                    ? `du ${formatCalendarDate(c.opinionStart)} au ${formatCalendarDate(c.opinionEnd)}`
                    : "non programmée"}
                </p>
                <p>
                  {progress[i]?.given ?? 0} / {progress[i]?.asked ?? 0} avis saisis —{" "}
                  <Link href={`/inspection/campagnes/${c.id}`}>Saisir les avis</Link>
                </p>
              </li>
            ))}
          </ul>
        )}
        {published.length ? (
          <>
            <h2 className="mt-8 mb-3 text-2xl font-bold">Résultats publiés</h2>
            <ul className="list-disc pl-6">
              {published.map((c) => (
                <li key={c.id}>
                  <Link href={`/inspection/campagnes/${c.id}/resultats`}>
                    Résultats de vos circonscriptions — {c.title}
                  </Link>
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </section>
    </div>
  );
}
