import "server-only";
import { matchesSearch } from "@/lib/agents/search";
import { parseVivier } from "@/lib/campaigns/vocabulary";
import { prisma } from "@/lib/db";
import { loadExamined } from "@/lib/campaigns/promouvables";
import { keptAppreciations } from "@/lib/opinions/appreciations";
import type { Actor } from "@/lib/auth/permissions";
import { agentScope, campaignInScope, ownedByAgentScope } from "@/lib/auth/scope";

// The inspector's list of a campaign: the examined agents of their circonscriptions with
// the avis already given, filtered in memory (a circonscription is a few hundred agents).
export interface InspectorFilters {
  q?: string;
  school?: string;
  echelon?: number;
  vivier?: number;
  saisi?: "oui" | "non";
}

export function parseInspectorFilters(p: Record<string, string | undefined>): InspectorFilters {
  const echelon = Number(p.echelon);
  return {
    q: p.q?.trim().toLowerCase().slice(0, 80) || undefined,
    school: p.ecole || undefined,
    echelon: Number.isInteger(echelon) && echelon > 0 ? echelon : undefined,
    vivier: parseVivier(p.vivier),
    saisi: p.saisi === "oui" || p.saisi === "non" ? p.saisi : undefined,
  };
}

/**
 * The examined agents of the user's scope (an inspector: their circonscriptions), with their
 * avis; null when the campaign is out of the user's reach.
 */
export async function inspectorCampaignList(actor: Actor, campaignId: string) {
  const campaign = await campaignInScope(prisma, actor, campaignId);
  if (!campaign) return null;
  const [examined, opinions] = await Promise.all([
    loadExamined(prisma, campaign, agentScope(actor)),
    prisma.opinion.findMany({ where: { campaignId, ...ownedByAgentScope(actor) } }),
  ]);
  const kept = await keptAppreciations(
    prisma,
    campaign,
    examined.map((e) => e.agent.id),
  );
  const byAgent = new Map(opinions.map((o) => [o.agentId, o]));
  const rows = examined.map((e) => ({
    ...e,
    opinion: byAgent.get(e.agent.id) ?? null,
    /** Hors classe: an earlier appréciation kept until promoted; no avis is asked for. */
    kept: kept.get(e.agent.id) ?? null,
  }));
  const asked = rows.filter((r) => !r.kept);
  return { campaign, rows, asked: asked.length, given: asked.filter((r) => r.opinion).length };
}

export function filterRows<
  R extends NonNullable<Awaited<ReturnType<typeof inspectorCampaignList>>>["rows"][number],
>(rows: R[], f: InspectorFilters): R[] {
  return rows.filter(
    (r) =>
      (!f.q || matchesSearch(r.agent, f.q)) &&
      (!f.school || r.agent.school?.id === f.school) &&
      (!f.echelon || r.agent.echelon === f.echelon) &&
      (!f.vivier || r.viviers.includes(f.vivier)) &&
      (!f.saisi || (f.saisi === "oui" ? Boolean(r.opinion) : !r.opinion && !r.kept)),
  );
}
