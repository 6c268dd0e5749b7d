import type { Db } from "@/lib/db";
import { writeAudit } from "@/lib/audit";
import { campaignRules } from "@/lib/campaigns/rules";

// CE depuis 2024 (LDG of 27 November 2023): a Très favorable is renewed each year unless the
// IEN states otherwise. A new campaign therefore starts with the previous campaign's Très
// favorable avis carried over, marked with the campaign they come from; the IEN may change
// them while the campaign is open (saving an avis clears the mark).

type CampaignRow = { id: string; kind: string; ruleSet: string; year: number; parameters: string; observationDate: Date };

/**
 * Copies the renewable avis of the latest earlier campaign of the same kind and rule set into
 * `campaign`, for agents not promoted by it and without an avis yet. Idempotent. Returns the
 * number of avis carried over.
 */
export async function renewOpinions(db: Db, campaign: CampaignRow, actorId: string | null): Promise<number> {
  const { ruleSet, context } = campaignRules(campaign);
  const levels = ruleSet.renewedOpinionLevels(context.parameters);
  if (levels.length === 0) return 0;
  const previous = await db.campaign.findFirst({
    where: { kind: ruleSet.campaignKind, ruleSet: ruleSet.id, year: { lt: campaign.year } },
    orderBy: { year: "desc" },
    select: { id: true, title: true },
  });
  if (!previous) return 0;
  const [renewable, promoted, existing] = await Promise.all([
    db.opinion.findMany({ where: { campaignId: previous.id, value: { in: levels } } }),
    db.promotionResult.findMany({ where: { campaignId: previous.id, promoted: true }, select: { agentId: true } }),
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
