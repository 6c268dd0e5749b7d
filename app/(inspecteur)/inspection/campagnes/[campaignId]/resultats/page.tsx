import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ResultsTable } from "@/components/results/results-table";
import { findCampaign } from "@/lib/campaigns/queries";
import { requireRole } from "@/lib/auth/session";
import { TableauFigures } from "@/components/results/tableau-figures";
import { loadScopedResults, loadSummary } from "@/lib/results/queries";
import { Breadcrumb } from "@/components/ui/breadcrumb";

export const metadata: Metadata = { title: "Résultats de vos circonscriptions" };

export default async function InspectorResults({
  params,
}: {
  params: Promise<{ campaignId: string }>;
}) {
  const user = await requireRole("INSPECTEUR");
  const { campaignId } = await params;
  const campaign = await findCampaign(user, campaignId, { status: "PUBLIEE" });
  if (!campaign) notFound();
  const [rows, { summary, contingent }] = await Promise.all([
    loadScopedResults(user, campaignId),
    loadSummary(user, campaignId),
  ]);
  return (
    <div>
      <Breadcrumb
        items={[{ label: "Espace inspecteur", href: "/inspection" }]}
        current="Résultats"
      />
      <h1 className="mb-4 text-3xl font-bold">
        Résultats de vos circonscriptions — {campaign.title}
      </h1>
      <p className="mb-4">
        {rows.filter((r) => r.promoted).length} promotion(s) sur {rows.length} agent(s) examiné(s)
        de vos circonscriptions.
      </p>
      <h2 className="mb-2 text-2xl font-bold">Tableau du département</h2>
      <TableauFigures summary={summary} contingent={contingent} />
      <ResultsTable rows={rows} summary={summary} agentHref={(id) => `/inspection/agents/${id}`} />
    </div>
  );
}
