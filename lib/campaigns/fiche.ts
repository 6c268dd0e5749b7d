import "server-only";
import { candidatureHistory } from "./candidature-history";
import { prisma } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { agentScope, campaignInScope } from "@/lib/auth/scope";
import { candidatureWindow } from "./candidature";
import { toFunctionPeriod } from "@/lib/agents/snapshot";
import { formatCalendarDate, GRADE_LABELS, ordinalEchelon, toIsoDate } from "@/lib/format";
import { countEligibleSchoolYears } from "@/lib/rules/functions";
import { functionKindLabel } from "@/lib/rules/function-kinds";
import { evaluateAgent } from "./rules";

/**
 * The fiche de candidature: the dossier data that counts for the campaign, the fonctions
 * et missions retained and the vivier. Shown before validation and printed as a PDF.
 * Null when the campaign is out of the actor's reach.
 */
export async function loadFiche(
  actor: Actor,
  agentId: string,
  campaignId: string,
  now = new Date(),
) {
  const [campaign, agent, candidature] = await Promise.all([
    campaignInScope(prisma, actor, campaignId),
    prisma.agent.findFirstOrThrow({
      where: { AND: [{ id: agentId }, agentScope(actor)] },
      include: {
        school: true,
        circonscription: true,
        careerEvents: { orderBy: { date: "asc" } },
        functions: { orderBy: { startDate: "asc" } },
      },
    }),
    prisma.candidature.findUnique({
      where: { campaignId_agentId: { campaignId, agentId } },
      include: { events: { select: { status: true, at: true }, orderBy: { at: "asc" } } },
    }),
  ]);
  if (!campaign) return null;
  const eligibility = evaluateAgent(campaign, agent);
  const periods = agent.functions.map(toFunctionPeriod);
  const count = countEligibleSchoolYears(periods, {
    campaignYear: campaign.year,
    observationDate: toIsoDate(campaign.observationDate),
  });
  const retained = new Set(count.retained);
  return {
    campaign: {
      id: campaign.id,
      title: campaign.title,
      observationDate: formatCalendarDate(campaign.observationDate),
      window: candidatureWindow(campaign, now),
    },
    agent: {
      name: `${agent.civilite} ${agent.prenom} ${agent.nom}`,
      situation: `${GRADE_LABELS[agent.grade]}, ${ordinalEchelon(agent.echelon)} échelon depuis le ${formatCalendarDate(agent.echelonDate)}`,
      affectation: agent.school ? `${agent.school.name} (${agent.school.commune})` : "—",
      circonscription: agent.circonscription.name,
    },
    eligibility,
    vivier: eligibility.viviers.length
      ? eligibility.viviers.map((v) => `${v === 1 ? "1er" : "2e"} vivier`).join(" et ")
      : "aucun",
    functions: agent.functions
      .map((f, index) => ({
        label: `${functionKindLabel(f.kind)}${f.label && f.label !== functionKindLabel(f.kind) ? ` — ${f.label}` : ""}`,
        period: `du ${formatCalendarDate(f.startDate)} ${f.endDate ? `au ${formatCalendarDate(f.endDate)}` : "à ce jour"}`,
        retained: retained.has(index),
      }))
      .filter((f) => f.retained),
    schoolYears: count.schoolYears,
    candidature: candidature
      ? {
          status: candidature.status,
          submittedAt: candidature.submittedAt,
          cancelledAt: candidature.cancelledAt,
          receiptNumber: candidature.receiptNumber,
          receiptAt: candidature.receiptAt,
          history: candidatureHistory(candidature),
        }
      : null,
  };
}

export type Fiche = NonNullable<Awaited<ReturnType<typeof loadFiche>>>;
