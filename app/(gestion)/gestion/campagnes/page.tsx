import type { Metadata } from "next";
import Link from "next/link";
import { Table } from "@/components/ui/table";
import { Notice } from "@/components/ui/notice";
import { buttonClass } from "@/components/ui/button";
import { campaignFiguresOf, listCampaigns } from "@/lib/campaigns/queries";
import { requireRole } from "@/lib/auth/session";
import { STATUS_LABELS } from "@/lib/campaigns/state-machine";
import { figuresLabel } from "@/lib/campaigns/figures";
import { formatCalendarDate } from "@/lib/format";
import { isRuleSetId, RULE_SETS } from "@/lib/rules";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { Badge, CAMPAIGN_STATUS_TONES } from "@/components/ui/badge";

export const metadata: Metadata = { title: "Campagnes d'avancement" };

export default async function Campaigns({
  searchParams,
}: {
  searchParams: Promise<{ supprimee?: string }>;
}) {
  const user = await requireRole("GESTIONNAIRE");
  const { supprimee } = await searchParams;
  const campaigns = await listCampaigns(user);
  // From the stored tableau: frozen once published (lib/campaigns/figures.ts).
  const figures = await campaignFiguresOf(user, campaigns);
  return (
    <div>
      <Breadcrumb
        items={[{ label: "Espace gestionnaire", href: "/gestion" }]}
        current="Campagnes"
      />
      <div className="mb-6 flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-3xl font-bold">Campagnes d&apos;avancement</h1>
        <Link href="/gestion/campagnes/nouvelle" className={buttonClass()}>
          Créer une campagne
        </Link>
      </div>
      {supprimee ? (
        <Notice tone="success" role="status">
          <p>La campagne en préparation a été supprimée.</p>
        </Notice>
      ) : null}
      <Table
        caption="Campagnes"
        headers={["Campagne", "Règle de gestion", "État", "Candidatures", "Dépôt", "Tableau"]}
        empty="Aucune campagne."
        rows={campaigns.map((c) => [
          <Link key="t" href={`/gestion/campagnes/${c.id}`}>
            {c.title}
          </Link>,
          isRuleSetId(c.ruleSet) ? RULE_SETS[c.ruleSet].label : c.ruleSet,
          <Badge key="e" tone={CAMPAIGN_STATUS_TONES[c.status]}>
            {STATUS_LABELS[c.status]}
          </Badge>,
          c.candidatureStart ? String(c._count.candidatures) : "—",
          c.candidatureStart && c.candidatureEnd
            ? `${formatCalendarDate(c.candidatureStart)} – ${formatCalendarDate(c.candidatureEnd)}`
            : "—",
          figuresLabel(figures.get(c.id)),
        ])}
      />
    </div>
  );
}
