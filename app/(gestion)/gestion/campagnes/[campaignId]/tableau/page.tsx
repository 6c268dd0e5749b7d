import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ResultsTable } from "@/components/results/results-table";
import { ComputeTableauForm } from "@/components/results/compute-form";
import { DataList } from "@/components/ui/data-list";
import { Notice } from "@/components/ui/notice";
import { prisma } from "@/lib/db";
import { requireRole } from "@/lib/auth/session";
import { loadResults } from "@/lib/results/queries";
import { formatVivier } from "@/lib/results/format";
import { describeContingent } from "@/lib/campaigns/contingent";
import { computeTableauAction } from "../../actions";

export const metadata: Metadata = { title: "Tableau d'avancement" };

export default async function Tableau({ params }: { params: Promise<{ campaignId: string }> }) {
  await requireRole("GESTIONNAIRE");
  const { campaignId } = await params;
  const campaign = await prisma.campaign.findUnique({ where: { id: campaignId } });
  if (!campaign) notFound();
  const rows = await loadResults(campaignId);
  const first = rows[0]?.detail;
  const promoted = rows.filter((r) => r.promoted);
  const share = (list: typeof rows) => {
    const women = list.filter((r) => r.sexe === "F").length;
    return list.length ? `${women} femmes, ${list.length - women} hommes (${Math.round((100 * women) / list.length)} % de femmes)` : "—";
  };
  return (
    <div>
      <p className="mb-1 text-sm">
        <Link href="/gestion/campagnes">Campagnes</Link> › <Link href={`/gestion/campagnes/${campaignId}`}>{campaign.title}</Link> › Tableau d&apos;avancement
      </p>
      <h1 className="mb-4 text-3xl font-bold">Tableau d&apos;avancement — {campaign.title}</h1>
      {campaign.status === "PUBLIEE" ? (
        <Notice tone="success" title="Résultats publiés">
          <p>Ce tableau est figé : une modification ultérieure des dossiers ne le change pas.</p>
        </Notice>
      ) : campaign.status === "CLOSE" ? (
        <ComputeTableauForm campaignId={campaignId} action={computeTableauAction} recompute={rows.length > 0} />
      ) : (
        <Notice tone="warning">
          <p>Le tableau se calcule une fois la campagne close.</p>
        </Notice>
      )}
      {rows.length ? (
        <>
          <h2 className="mb-2 text-2xl font-bold">{campaign.status === "PUBLIEE" ? "Tableau publié" : "Aperçu avant publication"}</h2>
          <DataList
            items={[
              ["Agents examinés", String(rows.length)],
              ["Promotions", `${promoted.length}${first ? ` (contingent ${first.contingent.total}${Object.keys(first.contingent.byVivier).length ? ` : ${Object.entries(first.contingent.byVivier).map(([v, n]) => `${formatVivier(Number(v))} ${n}`).join(", ")}` : ""})` : ""}`],
              // Computed and notified numbers side by side (the notified one, when typed, wins).
              ...(first ? describeContingent(first.contingent).map((c) => [c.label, c.value] as [string, string]) : []),
              ["Barre (barème du dernier promu)", first ? Object.entries(first.barre).map(([v, b]) => `${v === "all" ? "" : `${formatVivier(Number(v))} : `}${b ?? "—"}`).join(" ; ") || "—" : "—"],
              ["Promouvables examinés", share(rows)],
              ["Promus", share(promoted)],
            ]}
          />
          <ResultsTable rows={rows} agentHref={(id) => `/gestion/agents/${id}`} />
        </>
      ) : null}
    </div>
  );
}
