import "server-only";
import { prisma } from "@/lib/db";
import { SNAPSHOT_INCLUDE } from "@/lib/agents/snapshot";
import { currentCampaignYear } from "@/lib/campaigns/campaign-year";
import { ENTRY_QUERIES } from "./entry-kinds";

/** Everything the seven tabs show, in one round of queries. */
export async function loadDossier(agentId: string) {
  return prisma.agent.findUniqueOrThrow({
    where: { id: agentId },
    include: {
      school: true,
      circonscription: true,
      careerEvents: { orderBy: { date: "desc" } },
      affectations: { orderBy: { startDate: "desc" }, include: { school: true } },
      // Qualifications, activities, functions, distinctions… (lib/dossier/entry-kinds).
      ...ENTRY_QUERIES,
      corrections: { orderBy: { createdAt: "desc" }, include: { document: { select: { id: true, filename: true } } } },
      opinions: { include: { campaign: true, author: { select: { displayName: true } } }, orderBy: { createdAt: "desc" } },
      appreciations: { include: { campaign: true } },
    },
  });
}

export type Dossier = Awaited<ReturnType<typeof loadDossier>>;

/** The agent as the rules engine needs it. */
export async function loadAgentForRules(agentId: string) {
  return prisma.agent.findUniqueOrThrow({ where: { id: agentId }, include: SNAPSHOT_INCLUDE });
}

/**
 * The date at which seniority and eligible functions are counted in the dossier: the
 * observation date of the open classe exceptionnelle campaign, else the next 31 August.
 */
export async function dossierObservation(now = new Date()): Promise<{ date: Date; year: number; campaignTitle: string | null }> {
  const campaign = await prisma.campaign.findFirst({
    where: { status: "OUVERTE", kind: "CLASSE_EXCEPTIONNELLE" },
    orderBy: { year: "desc" },
    select: { observationDate: true, year: true, title: true },
  });
  if (campaign) return { date: campaign.observationDate, year: campaign.year, campaignTitle: campaign.title };
  const year = currentCampaignYear(now);
  return { date: new Date(Date.UTC(year, 7, 31)), year, campaignTitle: null };
}
