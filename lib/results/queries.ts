import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { prisma } from "@/lib/db";
import { parseDetail } from "./tableau";

/** Stored tableau rows (draft or published), in rank order within each vivier. */
export async function loadResults(campaignId: string, where: Prisma.PromotionResultWhereInput = {}) {
  const rows = await prisma.promotionResult.findMany({
    where: { campaignId, ...where },
    orderBy: [{ vivier: "asc" }, { rank: "asc" }],
    include: { agent: { select: { id: true, nom: true, prenom: true, sexe: true, circonscription: { select: { name: true } } } } },
  });
  return rows.map((r) => {
    const detail = parseDetail(r.detail);
    return {
      id: r.id,
      agentId: r.agentId,
      name: `${r.agent.prenom} ${r.agent.nom}`,
      sexe: r.agent.sexe,
      circonscription: r.agent.circonscription.name,
      vivier: r.vivier,
      bareme: r.bareme,
      rank: r.rank,
      promoted: r.promoted,
      opposed: r.opposed,
      oppositionReason: r.oppositionReason,
      note: detail.note,
      detail,
    };
  });
}
