import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { prisma } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { campaignScope, ownedByAgentScope } from "@/lib/auth/scope";
import { parseDetail } from "./detail";
import { summarizeTableau } from "./summary";

/** Stored tableau rows (draft or published), in rank order within each vivier. */
export async function loadResults(
  campaignId: string,
  where: Prisma.PromotionResultWhereInput = {},
) {
  const rows = await prisma.promotionResult.findMany({
    where: { campaignId, ...where },
    orderBy: [{ vivier: "asc" }, { rank: "asc" }],
    include: {
      agent: {
        select: {
          id: true,
          nom: true,
          prenom: true,
          sexe: true,
          circonscription: { select: { name: true } },
        },
      },
    },
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

/**
 * The figures of the whole stored tableau (every circonscription), from its rows: shown to
 * whoever may read the campaign, teachers and inspectors included (aggregates only).
 */
export async function loadSummary(actor: Actor, campaignId: string) {
  const scope = campaignScope(actor);
  const rows = await prisma.promotionResult.findMany({
    where: { campaignId, ...(Object.keys(scope).length ? { campaign: scope } : {}) },
    select: {
      vivier: true,
      bareme: true,
      rank: true,
      promoted: true,
      detail: true,
      agent: { select: { sexe: true } },
    },
  });
  const first = rows[0] ? parseDetail(rows[0].detail) : null;
  return {
    summary: summarizeTableau(
      rows.map((r) => ({
        vivier: r.vivier,
        bareme: r.bareme,
        rank: r.rank,
        promoted: r.promoted,
        sexe: r.agent.sexe,
      })),
    ),
    /** The contingent the rule set computed (or the notified number), as stored with the rows. */
    contingent: first?.contingent ?? null,
  };
}

// Scoped reads (docs/decisions/0009-read-boundary.md): the signed-in user first.

/** The stored tableau rows of the agents in the user's scope (an inspector: their circonscriptions). */
export async function loadScopedResults(actor: Actor, campaignId: string) {
  return loadResults(campaignId, ownedByAgentScope(actor));
}

/** The teacher's own row of a campaign's tableau, or null. */
export async function ownResult(actor: Actor, campaignId: string) {
  if (!actor.agentId) return null;
  return prisma.promotionResult.findFirst({
    where: { campaignId, agentId: actor.agentId, ...ownedByAgentScope(actor) },
  });
}
