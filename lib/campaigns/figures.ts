import type { Db } from "@/lib/db";

// A campaign's figures on the campaigns list and the campaign page: agents examined and
// promotions, read from its stored tableau (PromotionResult), never recomputed from the
// agents as they are now. Once the campaign is published its tableau cannot be computed
// again (lib/results/tableau.ts), so the figures are those frozen at publication, whatever
// happens to the agents afterwards (promotion applied, échelon change, agent gone).

export interface CampaignFigures {
  examined: number;
  promoted: number;
  /** True for a published campaign: the figures are final. */
  frozen: boolean;
}

export async function campaignFigures(
  db: Db,
  campaigns: readonly { id: string; status: string }[],
): Promise<Map<string, CampaignFigures>> {
  const ids = campaigns.map((c) => c.id);
  const out = new Map<string, CampaignFigures>();
  if (ids.length === 0) return out;
  const groups = await db.promotionResult.groupBy({
    by: ["campaignId", "promoted"],
    where: { campaignId: { in: ids } },
    _count: { _all: true },
  });
  const status = new Map(campaigns.map((c) => [c.id, c.status]));
  for (const g of groups) {
    const f = out.get(g.campaignId) ?? {
      examined: 0,
      promoted: 0,
      frozen: status.get(g.campaignId) === "PUBLIEE",
    };
    f.examined += g._count._all;
    if (g.promoted) f.promoted += g._count._all;
    out.set(g.campaignId, f);
  }
  return out;
}

/** "120 examinés, 18 promotions" (figées à la publication / tableau provisoire). */
export function figuresLabel(f: CampaignFigures | undefined): string {
  if (!f) return "—";
  const text = `${f.examined} examiné(s), ${f.promoted} promotion(s)`;
  return f.frozen ? text : `${text} (tableau provisoire)`;
}
