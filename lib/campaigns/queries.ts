import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { prisma } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import {
  agentScope,
  campaignInScope,
  campaignScope,
  ownedByAgentScope,
  requireWholeScope,
} from "@/lib/auth/scope";
import { SNAPSHOT_INCLUDE } from "@/lib/agents/snapshot";
import { campaignExport, type ExportKind } from "@/lib/exports/campaign-exports";
import { proposedAppreciations } from "@/lib/opinions/appreciations";
import { tableauStaleness } from "@/lib/results/staleness";
import { candidatureWindow } from "./candidature";
import { listCandidatures, type CandidatureFilters } from "./candidatures-query";
import { previousRemainder } from "./contingent";
import { campaignFigures } from "./figures";
import { loadExamined } from "./promouvables";
import { appreciationState, closingReadiness, publicationReadiness } from "./readiness";
import { evaluateAgent } from "./rules";

const SUMMARY = {
  id: true,
  kind: true,
  title: true,
  year: true,
  status: true,
  candidatureStart: true,
  candidatureEnd: true,
  opinionStart: true,
  opinionEnd: true,
} as const;

/** Campaigns under way: open, or closed and not yet published. */
export async function listCurrentCampaigns(actor: Actor) {
  return prisma.campaign.findMany({
    where: { AND: [{ status: { in: ["OUVERTE", "CLOSE"] } }, campaignScope(actor)] },
    orderBy: [{ year: "desc" }, { kind: "asc" }],
    select: SUMMARY,
  });
}

/** The titles of the départements' closed campaigns not yet published (an import changes them). */
export async function closedUnpublishedCampaigns(actor: Actor, departementIds: string[]) {
  const campaigns = await prisma.campaign.findMany({
    where: {
      AND: [{ status: "CLOSE", departementId: { in: departementIds } }, campaignScope(actor)],
    },
    orderBy: [{ year: "desc" }, { kind: "asc" }],
    select: { title: true },
  });
  return campaigns.map((c) => c.title);
}

export async function listPublishedCampaigns(actor: Actor, take = 5) {
  return prisma.campaign.findMany({
    where: { AND: [{ status: "PUBLIEE" }, campaignScope(actor)] },
    orderBy: [{ year: "desc" }, { kind: "asc" }],
    select: SUMMARY,
    take,
  });
}

// The reads of the campaign pages (docs/decisions/0009-read-boundary.md): each takes the
// signed-in user first and applies its scope (lib/auth/scope.ts).

/** A campaign the user may read (a teacher or an inspector never sees a draft), or null. */
export async function findCampaign(
  actor: Actor,
  campaignId: string,
  where: Prisma.CampaignWhereInput = {},
) {
  return campaignInScope(prisma, actor, campaignId, where);
}

/** The gestionnaire's list of campaigns, with their recorded candidatures. */
export async function listCampaigns(actor: Actor) {
  return prisma.campaign.findMany({
    where: campaignScope(actor),
    orderBy: [{ year: "desc" }, { kind: "asc" }],
    include: {
      _count: {
        select: { candidatures: { where: { status: "ENREGISTREE", ...ownedByAgentScope(actor) } } },
      },
    },
  });
}

/** Recorded and cancelled candidatures of one campaign. */
export async function candidatureCounts(actor: Actor, campaignId: string) {
  const [recorded, cancelled] = await Promise.all([
    prisma.candidature.count({
      where: { campaignId, status: "ENREGISTREE", ...ownedByAgentScope(actor) },
    }),
    prisma.candidature.count({
      where: { campaignId, status: "ANNULEE", ...ownedByAgentScope(actor) },
    }),
  ]);
  return { recorded, cancelled };
}

/** The candidatures of a campaign, filtered and paged (lib/campaigns/candidatures-query.ts). */
export async function listCampaignCandidatures(
  actor: Actor,
  campaignId: string,
  filters: CandidatureFilters,
  page?: { skip: number; take: number },
) {
  return listCandidatures(campaignId, filters, page, agentScope(actor));
}

/** The agents a campaign examines, within the user's scope. */
export async function examinedAgents(
  actor: Actor,
  campaign: Parameters<typeof loadExamined>[1],
  where: Prisma.AgentWhereInput = {},
) {
  return loadExamined(prisma, campaign, { AND: [where, agentScope(actor)] });
}

/** The avis given in a campaign, for the agents of the user's scope. */
export async function campaignOpinions(actor: Actor, campaignId: string) {
  return prisma.opinion.findMany({
    where: { campaignId, ...ownedByAgentScope(actor) },
    select: { agentId: true, value: true, reason: true },
  });
}

/** The appreciation proposed or decided for each of these agents. */
export async function campaignProposedAppreciations(
  actor: Actor,
  campaignId: string,
  agentIds: string[],
) {
  const allowed = Object.keys(agentScope(actor)).length
    ? new Set(
        (
          await prisma.agent.findMany({
            where: { AND: [{ id: { in: agentIds } }, agentScope(actor)] },
            select: { id: true },
          })
        ).map((a) => a.id),
      )
    : null;
  return proposedAppreciations(
    prisma,
    campaignId,
    allowed ? agentIds.filter((id) => allowed.has(id)) : agentIds,
  );
}

// Figures and readiness of the whole campaign: a gestionnaire's, on a campaign of their
// départements (requireWholeScope).
export async function campaignFiguresOf(
  actor: Actor,
  campaigns: readonly { id: string; status: string; departementId: string }[],
) {
  for (const c of campaigns) requireWholeScope(actor, c);
  return campaignFigures(prisma, campaigns);
}

export async function campaignAppreciationState(
  actor: Actor,
  campaign: Parameters<typeof appreciationState>[1],
) {
  requireWholeScope(actor, campaign);
  return appreciationState(prisma, campaign);
}

export async function campaignClosingReadiness(
  actor: Actor,
  campaign: Parameters<typeof closingReadiness>[1],
  now: Date,
) {
  requireWholeScope(actor, campaign);
  return closingReadiness(prisma, campaign, now);
}

export async function campaignPublicationReadiness(
  actor: Actor,
  campaign: Parameters<typeof publicationReadiness>[1],
) {
  requireWholeScope(actor, campaign);
  return publicationReadiness(prisma, campaign);
}

export async function campaignTableauStaleness(
  actor: Actor,
  campaign: Parameters<typeof tableauStaleness>[1] & { departementId: string },
) {
  requireWholeScope(actor, campaign);
  return tableauStaleness(prisma, campaign);
}

/** A campaign's export table; null for a campaign the gestionnaire does not administer. */
export async function campaignTable(actor: Actor, campaignId: string, kind: ExportKind) {
  const campaign = await findCampaign(actor, campaignId);
  if (!campaign) return null;
  requireWholeScope(actor, campaign);
  return campaignExport(prisma, campaignId, kind);
}

export async function previousCampaignRemainder(
  actor: Actor,
  campaign: Parameters<typeof previousRemainder>[1],
) {
  requireWholeScope(actor, campaign);
  return previousRemainder(prisma, campaign);
}

/**
 * What the teacher's SIAP page shows of a campaign: the campaign (null: 404), their
 * situation, their candidature and the state of the candidature window, as
 * lib/campaigns/candidature.ts decides it for submitting.
 */
export async function teacherCampaignView(actor: Actor, campaignId: string, now = new Date()) {
  const campaign = await findCampaign(actor, campaignId);
  if (!campaign || !actor.agentId) return null;
  const [agent, candidature] = await Promise.all([
    prisma.agent.findFirstOrThrow({
      where: { AND: [{ id: actor.agentId }, agentScope(actor)] },
      include: SNAPSHOT_INCLUDE,
    }),
    prisma.candidature.findFirst({
      where: { campaignId, agentId: actor.agentId, ...ownedByAgentScope(actor) },
    }),
  ]);
  return {
    campaign,
    candidature,
    eligibility: evaluateAgent(campaign, agent),
    window: candidatureWindow(campaign, now),
  };
}
