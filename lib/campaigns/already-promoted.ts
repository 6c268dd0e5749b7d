import type { Campaign, Prisma } from "@/generated/prisma/client";
import type { Db } from "@/lib/db";

// From publication on, an agent promoted by an earlier campaign of the same kind is never
// examined again for that grade, even before the promotion takes effect on 1 September
// (lib/campaigns/promotion-effect.ts) and even when the career data still show the old
// grade (e.g. a re-import from an outdated file).

/** Agent ids promoted by a published campaign of the same kind and an earlier year. */
export async function promotedEarlier(
  db: Db,
  campaign: Pick<Campaign, "kind" | "year">,
  scope: { agent?: Prisma.AgentWhereInput } = {},
): Promise<Set<string>> {
  const rows = await db.promotionResult.findMany({
    where: {
      ...scope,
      promoted: true,
      opposed: false,
      campaign: { kind: campaign.kind, status: "PUBLIEE", year: { lt: campaign.year } },
    },
    select: { agentId: true },
  });
  return new Set(rows.map((r) => r.agentId));
}
