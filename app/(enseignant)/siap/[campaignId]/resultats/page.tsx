import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BaremeDetail } from "@/components/results/bareme-detail";
import { DataList } from "@/components/ui/data-list";
import { Notice } from "@/components/ui/notice";
import { findCampaign } from "@/lib/campaigns/queries";
import { requireOwnDossier } from "@/lib/dossier/access";
import { TableauFigures } from "@/components/results/tableau-figures";
import { formatRank, formatVivier } from "@/lib/results/format";
import { loadSummary, ownResult } from "@/lib/results/queries";
import { groupOf } from "@/lib/results/summary";
import { parseDetail } from "@/lib/results/tableau";
import { Breadcrumb } from "@/components/ui/breadcrumb";

export const metadata: Metadata = { title: "Résultats de la campagne" };

export default async function TeacherResults({
  params,
}: {
  params: Promise<{ campaignId: string }>;
}) {
  const { user } = await requireOwnDossier();
  const { campaignId } = await params;
  const campaign = await findCampaign(user, campaignId, { status: "PUBLIEE" });
  if (!campaign) notFound();
  const result = await ownResult(user, campaignId);
  const detail = result ? parseDetail(result.detail) : null;
  // Every figure read from the published rows themselves, as on the gestionnaire's table.
  const { summary, contingent } = await loadSummary(user, campaignId);
  const group = result ? groupOf(summary, result.vivier) : undefined;
  return (
    <div>
      <Breadcrumb
        items={[{ label: "Les services", href: "/iprof/services" }]}
        current="Résultats"
      />
      <h1 className="mb-4 text-3xl font-bold">
        Consulter les résultats de la campagne d&apos;avancement
      </h1>
      <h2 className="mb-4 text-2xl font-bold">{campaign.title}</h2>
      {!result ? (
        <Notice tone="info">
          <p>
            Vous n&apos;étiez pas examiné(e) pour cette campagne (non promouvable, ou sans
            candidature au 1er vivier).
          </p>
        </Notice>
      ) : (
        <>
          <Notice
            tone={result.promoted ? "success" : "info"}
            title={
              result.promoted
                ? "Vous êtes inscrit(e) au tableau d'avancement"
                : "Vous n'êtes pas promu(e) cette année"
            }
          >
            {result.promoted ? (
              <p>Votre promotion prend effet au 1er septembre {campaign.year}.</p>
            ) : (
              <p>
                {result.opposed
                  ? "Le DASEN s'est opposé à votre promotion."
                  : (detail?.note ??
                    "Votre rang ne vous place pas dans le contingent de promotions.")}
              </p>
            )}
            {result.opposed && result.oppositionReason ? (
              <p className="mt-2">Motif : {result.oppositionReason}</p>
            ) : null}
          </Notice>
          <DataList
            items={[
              [
                "Votre rang",
                `${formatRank(result.rank, group?.examined ?? summary.examined)} agent(s) examiné(s)${result.vivier ? ` (${formatVivier(result.vivier)})` : ""}`,
              ],
              [
                "Votre barème",
                result.bareme === null ? "sans barème (ordre des avis)" : `${result.bareme} points`,
              ],
              [
                "Promotions",
                `${group?.promoted ?? summary.promoted}${result.vivier ? ` (${formatVivier(result.vivier)})` : ""}`,
              ],
              [
                "Barre (barème du dernier promu)",
                !group || group.promoted === 0
                  ? "aucune promotion"
                  : group.barre === null
                    ? "sans barème (ordre des avis)"
                    : `${group.barre} points`,
              ],
            ]}
          />
          <BaremeDetail detail={detail!} bareme={result.bareme} />
          <h3 className="mb-2 text-xl font-bold">Le tableau publié</h3>
          <TableauFigures summary={summary} contingent={contingent} />
        </>
      )}
    </div>
  );
}
