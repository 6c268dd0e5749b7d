import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { CorrectionStatus } from "@/generated/prisma/enums";
import { prisma } from "@/lib/db";
import { AGENT_REF, type Actor } from "@/lib/auth/permissions";
import { agentScope, ownedByAgentScope, campaignScope } from "@/lib/auth/scope";
import { SNAPSHOT_INCLUDE } from "@/lib/agents/snapshot";
import { currentCampaignYear } from "@/lib/campaigns/campaign-year";
import { ENTRY_QUERIES } from "./entry-kinds";

/** Everything the seven tabs show, in one round of queries; throws out of the user's scope. */
export async function loadDossier(actor: Actor, agentId: string) {
  return prisma.agent.findFirstOrThrow({
    where: { AND: [{ id: agentId }, agentScope(actor)] },
    include: {
      school: true,
      circonscription: true,
      careerEvents: { orderBy: { date: "desc" } },
      affectations: { orderBy: { startDate: "desc" }, include: { school: true } },
      // Qualifications, activities, functions, distinctions… (lib/dossier/entry-kinds).
      ...ENTRY_QUERIES,
      corrections: {
        orderBy: { createdAt: "desc" },
        include: { document: { select: { id: true, filename: true } } },
      },
      opinions: {
        include: { campaign: true, author: { select: { displayName: true } } },
        orderBy: { createdAt: "desc" },
      },
      appreciations: { include: { campaign: true } },
    },
  });
}

export type Dossier = Awaited<ReturnType<typeof loadDossier>>;

/**
 * What the Synthèse shows, and nothing more: the teacher's most visited page reads 11
 * statements instead of loadDossier's 18 (BENCHMARKS.md, issue 13). Only published
 * appréciations are read.
 */
export async function loadSynthese(actor: Actor, agentId: string) {
  return prisma.agent.findFirstOrThrow({
    where: { AND: [{ id: agentId }, agentScope(actor)] },
    select: {
      prenom: true,
      nom: true,
      grade: true,
      echelon: true,
      echelonDate: true,
      position: true,
      modaliteService: true,
      circonscription: { select: { name: true } },
      affectations: {
        orderBy: { startDate: "desc" },
        take: SYNTHESE_AFFECTATIONS,
        select: {
          label: true,
          poste: true,
          zone: true,
          startDate: true,
          endDate: true,
          school: { select: { name: true } },
        },
      },
      ...ENTRY_QUERIES,
      opinions: {
        orderBy: { createdAt: "desc" },
        select: {
          id: true,
          campaignId: true,
          value: true,
          reason: true,
          campaign: { select: { title: true, ruleSet: true } },
        },
      },
      appreciations: {
        where: { campaign: { status: "PUBLIEE" } },
        select: { campaignId: true, value: true },
      },
    },
  });
}

/** The Synthèse lists the latest affectations only. */
export const SYNTHESE_AFFECTATIONS = 5;

export type Synthese = Awaited<ReturnType<typeof loadSynthese>>;

/** The staff's whole dossier read as the Synthèse shows it. */
export function syntheseOf(dossier: Dossier): Synthese {
  return {
    ...dossier,
    affectations: dossier.affectations.slice(0, SYNTHESE_AFFECTATIONS),
    appreciations: dossier.appreciations.filter((a) => a.campaign.status === "PUBLIEE"),
  };
}

/** The agent as the rules engine needs it. */
export async function loadAgentForRules(agentId: string) {
  return prisma.agent.findUniqueOrThrow({ where: { id: agentId }, include: SNAPSHOT_INCLUDE });
}

/**
 * The date at which seniority and eligible functions are counted in an agent's dossier: the
 * observation date of the open classe exceptionnelle campaign of the agent's département,
 * else the next 31 August.
 */
export async function dossierObservation(
  actor: Actor,
  agentId: string,
  now = new Date(),
): Promise<{ date: Date; year: number; campaignTitle: string | null }> {
  const campaign = await prisma.campaign.findFirst({
    where: {
      AND: [
        {
          status: "OUVERTE",
          kind: "CLASSE_EXCEPTIONNELLE",
          departement: { agents: { some: { id: agentId } } },
        },
        campaignScope(actor),
      ],
    },
    orderBy: { year: "desc" },
    select: { observationDate: true, year: true, title: true },
  });
  if (campaign)
    return { date: campaign.observationDate, year: campaign.year, campaignTitle: campaign.title };
  const year = currentCampaignYear(now);
  return { date: new Date(Date.UTC(year, 7, 31)), year, campaignTitle: null };
}

// The reads of the dossier pages, actions and routes (docs/decisions/0009-read-boundary.md):
// each takes the signed-in user first and applies its scope (lib/auth/scope.ts).

/** The review status of one function of the agent's dossier, or null (unknown, out of scope). */
export async function functionStatus(actor: Actor, agentId: string, functionId: string) {
  const row = await prisma.functionMission.findFirst({
    where: { id: functionId, agentId, ...ownedByAgentScope(actor) },
    select: { status: true },
  });
  return row?.status ?? null;
}

/** The functions waiting for review, oldest first, filtered by the agent's name. */
export async function listFunctionsToReview(
  actor: Actor,
  q: string,
  page: { skip: number; take: number },
) {
  const where: Prisma.FunctionMissionWhereInput = {
    status: "A_VERIFIER",
    ...(q
      ? {
          agent: {
            AND: [
              { OR: [{ nom: { contains: q } }, { prenom: { contains: q } }] },
              agentScope(actor),
            ],
          },
        }
      : ownedByAgentScope(actor)),
  };
  const [items, total] = await Promise.all([
    prisma.functionMission.findMany({
      where,
      orderBy: { createdAt: "asc" },
      ...page,
      include: {
        agent: { select: { prenom: true, nom: true, circonscription: { select: { name: true } } } },
        proof: { select: { id: true, filename: true } },
      },
    }),
    prisma.functionMission.count({ where }),
  ]);
  return { items, total };
}

/** The signalements in one state, oldest first. */
export async function listCorrections(
  actor: Actor,
  status: CorrectionStatus,
  page: { skip: number; take: number },
) {
  const where: Prisma.CorrectionRequestWhereInput = { status, ...ownedByAgentScope(actor) };
  const [items, total] = await Promise.all([
    prisma.correctionRequest.findMany({
      where,
      orderBy: { createdAt: "asc" },
      ...page,
      include: { agent: { select: { prenom: true, nom: true } } },
    }),
    prisma.correctionRequest.count({ where }),
  ]);
  return { items, total };
}

/** One signalement with the agent's career and the affectation it is about, or null. */
export async function findCorrection(actor: Actor, correctionId: string) {
  const request = await prisma.correctionRequest.findFirst({
    where: { id: correctionId, ...ownedByAgentScope(actor) },
    include: {
      agent: { include: { careerEvents: { orderBy: { date: "asc" } } } },
      document: { select: { id: true, filename: true, mimeType: true, size: true } },
    },
  });
  if (!request) return null;
  const target = request.targetId
    ? await prisma.affectation.findFirst({
        where: { id: request.targetId, agentId: request.agentId },
        include: { school: true },
      })
    : null;
  return { request, target };
}

/** The agent's candidatures, newest first (staff dossier). */
export async function agentCandidatures(actor: Actor, agentId: string) {
  return prisma.candidature.findMany({
    where: { agentId, ...ownedByAgentScope(actor) },
    include: { campaign: { select: { title: true } } },
    orderBy: { submittedAt: "desc" },
  });
}

/** A pièce justificative with its content, when its agent is in the user's scope; else null. */
export async function findDocumentForDownload(actor: Actor, documentId: string) {
  return prisma.document.findFirst({
    where: { id: documentId, ...ownedByAgentScope(actor) },
    omit: { content: false },
    include: { agent: { select: AGENT_REF } },
  });
}
