import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ResultsTable } from "@/components/results/results-table";
import { ComputeTableauForm } from "@/components/results/compute-form";
import { TableauFigures } from "@/components/results/tableau-figures";
import { ExportLinks } from "@/components/results/export-links";
import { Notice } from "@/components/ui/notice";
import { campaignTableauStaleness, findCampaign } from "@/lib/campaigns/queries";
import { requireRole } from "@/lib/auth/session";
import { loadScopedResults, loadSummary } from "@/lib/results/queries";
import { formatDateTime } from "@/lib/format";
import { computeTableauAction, setNotifiedContingentAction } from "../../actions";
import { NotifiedContingentForm } from "@/components/results/notified-contingent-form";
import { notifiedContingentOf } from "@/lib/campaigns/contingent";
import { acceptsNotifiedContingent } from "@/lib/campaigns/state-machine";
import { Breadcrumb } from "@/components/ui/breadcrumb";

export const metadata: Metadata = { title: "Tableau d'avancement" };

export default async function Tableau({ params }: { params: Promise<{ campaignId: string }> }) {
  const user = await requireRole("GESTIONNAIRE");
  const { campaignId } = await params;
  const campaign = await findCampaign(user, campaignId);
  if (!campaign) notFound();
  const [rows, { summary, contingent }, staleness] = await Promise.all([
    loadScopedResults(user, campaignId),
    loadSummary(user, campaignId),
    campaignTableauStaleness(user, campaign),
  ]);
  return (
    <div>
      <Breadcrumb
        items={[
          { label: "Campagnes", href: "/gestion/campagnes" },
          { label: campaign.title, href: `/gestion/campagnes/${campaignId}` },
        ]}
        current="Tableau d'avancement"
      />
      <h1 className="mb-4 text-3xl font-bold">Tableau d&apos;avancement — {campaign.title}</h1>
      {campaign.status === "PUBLIEE" ? (
        <Notice tone="success" title="Résultats publiés">
          <p>Ce tableau est figé : une modification ultérieure des dossiers ne le change pas.</p>
        </Notice>
      ) : campaign.status === "CLOSE" ? (
        <ComputeTableauForm
          campaignId={campaignId}
          action={computeTableauAction}
          recompute={rows.length > 0}
        />
      ) : (
        <Notice tone="warning">
          <p>Le tableau se calcule une fois la campagne close.</p>
        </Notice>
      )}
      {acceptsNotifiedContingent(campaign.status) ? (
        <NotifiedContingentForm
          campaignId={campaignId}
          action={setNotifiedContingentAction}
          notified={notifiedContingentOf(campaign)}
        />
      ) : null}
      {rows.length ? (
        <>
          <h2 className="mb-2 text-2xl font-bold">
            {campaign.status === "PUBLIEE" ? "Tableau publié" : "Aperçu avant publication"}
          </h2>
          <p className="mb-2">
            {staleness.computedAt
              ? `Calculé ${formatDateTime(staleness.computedAt)}.`
              : "Date de calcul inconnue."}
          </p>
          {staleness.stale ? (
            <Notice tone="warning" title="Tableau à recalculer">
              <p>
                Ce tableau n&apos;est plus à jour : {staleness.reasons.join(", ")} depuis son
                calcul. Recalculez-le : la publication d&apos;un tableau périmé est refusée.
              </p>
            </Notice>
          ) : null}
          <TableauFigures summary={summary} contingent={contingent} />
          <ExportLinks
            href={`/gestion/campagnes/${campaignId}/export/tableau`}
            label="Exporter le tableau"
          />
          {campaign.status === "PUBLIEE" ? (
            <ExportLinks
              href={`/gestion/campagnes/${campaignId}/export/resultats`}
              label="Exporter les résultats (promus)"
            />
          ) : null}
          <ResultsTable rows={rows} summary={summary} agentHref={(id) => `/gestion/agents/${id}`} />
        </>
      ) : null}
    </div>
  );
}
