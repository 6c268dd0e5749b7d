import type { CampaignKind } from "@/generated/prisma/client";
import type { Db } from "@/lib/db";
import { writeAudit } from "@/lib/audit";
import { campaignRules } from "@/lib/campaigns/rules";

// CE depuis 2024 (LDG of 27 November 2023): a Très favorable is renewed each year unless the
// IEN states otherwise. A new campaign therefore starts with the previous campaign's Très
// favorable avis carried over, marked with the campaign they come from; the IEN may change
// them while the campaign is open (saving an avis clears the mark).
//
// Only from a published campaign: before publication its table (who was promoted, hence whose
// avis lapses) is not final. When the previous campaign is published after the new one was
// created, its avis are renewed at that publication into the next campaign of the same kind,
// if it is still in draft or open (renewOpinionsAfterPublication); once that campaign is
// closed its avis are frozen and nothing is renewed. Opening a campaign renews again
// (idempotent): an avis the IEN already gave is never replaced.

type CampaignRow = {
  id: string;
  departementId: string;
  kind: CampaignKind;
  ruleSet: string;
  year: number;
  parameters: string;
  observationDate: Date;
};
const CAMPAIGN_ROW = {
  id: true,
  departementId: true,
  kind: true,
  ruleSet: true,
  year: true,
  parameters: true,
  observationDate: true,
} as const;

/**
 * Copies the renewable avis of the latest earlier campaign of the same kind and rule set, when
 * it is published, into `campaign`, for agents not promoted by it and without an avis yet. Idempotent. Returns the
 * number of avis carried over.
 */
export async function renewOpinions(
  db: Db,
  campaign: CampaignRow,
  actorId: string | null,
): Promise<number> {
  const { ruleSet, context } = campaignRules(campaign);
  const levels = ruleSet.renewedOpinionLevels(context.parameters);
  if (levels.length === 0) return 0;
  const previous = await db.campaign.findFirst({
    where: {
      departementId: campaign.departementId,
      kind: ruleSet.campaignKind,
      ruleSet: ruleSet.id,
      year: { lt: campaign.year },
    },
    orderBy: { year: "desc" },
    select: { id: true, title: true, status: true },
  });
  if (!previous || previous.status !== "PUBLIEE") return 0;
  const [renewable, promoted, existing] = await Promise.all([
    db.opinion.findMany({ where: { campaignId: previous.id, value: { in: levels } } }),
    db.promotionResult.findMany({
      where: { campaignId: previous.id, promoted: true },
      select: { agentId: true },
    }),
    db.opinion.findMany({ where: { campaignId: campaign.id }, select: { agentId: true } }),
  ]);
  const skip = new Set([...promoted, ...existing].map((r) => r.agentId));
  const data = renewable
    .filter((o) => !skip.has(o.agentId))
    .map((o) => ({
      campaignId: campaign.id,
      agentId: o.agentId,
      authorId: o.authorId,
      value: o.value,
      reason: o.reason,
      comment: o.comment,
      renewedFromCampaignId: previous.id,
    }));
  if (data.length === 0) return 0;
  await db.opinion.createMany({ data });
  await writeAudit(db, {
    actorId,
    action: "opinion.renew",
    entity: "Campaign",
    entityId: campaign.id,
    after: { from: previous.id, count: data.length, levels },
  });
  return data.length;
}

/**
 * `published` has just been published: the next campaign of the same kind and rule set, if it
 * follows it directly and is still in draft or open, receives its renewable avis now.
 */
export async function renewOpinionsAfterPublication(
  db: Db,
  published: CampaignRow,
  actorId: string | null,
): Promise<number> {
  const next = await db.campaign.findFirst({
    where: {
      departementId: published.departementId,
      kind: published.kind,
      ruleSet: published.ruleSet,
      year: { gt: published.year },
    },
    orderBy: { year: "asc" },
    select: { ...CAMPAIGN_ROW, status: true },
  });
  if (!next || (next.status !== "BROUILLON" && next.status !== "OUVERTE")) return 0;
  return renewOpinions(db, next, actorId);
}
