import type { Db } from "@/lib/db";
import { Prisma } from "@/generated/prisma/client";
import { writeAudit } from "@/lib/audit";
import type { Actor } from "@/lib/auth/permissions";
import { SNAPSHOT_INCLUDE } from "@/lib/agents/snapshot";
import { formatCalendarDate } from "@/lib/format";
import { campaignAsksCandidature, evaluateAgent, mustApply } from "./rules";
import { windowState } from "./windows";

// Acte de candidature (classe exceptionnelle 2017–2023, vivier 1). One row per agent and
// campaign (unique key), so double clicks, two tabs and replays can never create two.
export type CandidatureResult =
  | { ok: true; candidatureId: string; alreadyDone?: boolean }
  | { ok: false; message: string };

async function loadContext(db: Db, actor: Actor, campaignId: string, now: Date) {
  if (actor.role !== "ENSEIGNANT" || !actor.agentId) return { error: "Seul un enseignant peut faire acte de candidature." } as const;
  const campaign = await db.campaign.findUnique({ where: { id: campaignId } });
  if (!campaign || campaign.status === "BROUILLON") return { error: "Cette campagne n'existe pas." } as const;
  if (!campaignAsksCandidature(campaign)) {
    return { error: "Cette campagne ne demande pas d'acte de candidature : tous les agents promouvables sont examinés." } as const;
  }
  const state = campaign.status === "OUVERTE" ? windowState(campaign.candidatureStart, campaign.candidatureEnd, now) : "fermee";
  if (state !== "ouverte") {
    const period = campaign.candidatureStart && campaign.candidatureEnd ? ` (du ${formatCalendarDate(campaign.candidatureStart)} au ${formatCalendarDate(campaign.candidatureEnd)})` : "";
    return {
      error: state === "avant" ? `Le dépôt des candidatures n'est pas encore ouvert${period}.` : `Le dépôt des candidatures est clos${period}.`,
    } as const;
  }
  return { campaign, agentId: actor.agentId } as const;
}

export async function submitCandidature(db: Db, actor: Actor, campaignId: string, now = new Date()): Promise<CandidatureResult> {
  const ctx = await loadContext(db, actor, campaignId, now);
  if ("error" in ctx) return { ok: false, message: ctx.error! };
  const agent = await db.agent.findUniqueOrThrow({ where: { id: ctx.agentId }, include: SNAPSHOT_INCLUDE });
  const eligibility = evaluateAgent(ctx.campaign, agent);
  if (!mustApply(eligibility)) {
    return { ok: false, message: ["Vous ne relevez pas du 1er vivier : vous n'avez pas à faire acte de candidature.", ...eligibility.reasons].join(" ") };
  }
  const key = { campaignId_agentId: { campaignId, agentId: ctx.agentId } };
  const existing = await db.candidature.findUnique({ where: key });
  if (existing?.status === "ENREGISTREE") return { ok: true, candidatureId: existing.id, alreadyDone: true };
  try {
    // The candidature and its audit record land together or not at all.
    const saved = await db.$transaction(async (tx) => {
      const row = await tx.candidature.upsert({
        where: key,
        create: { campaignId, agentId: ctx.agentId, vivier: 1, submittedAt: now },
        update: { status: "ENREGISTREE", vivier: 1, submittedAt: now, cancelledAt: null },
      });
      await writeAudit(tx, { actorId: actor.id, action: "candidature.submit", entity: "Candidature", entityId: row.id, after: { campaignId, status: "ENREGISTREE" } });
      return row;
    });
    return { ok: true, candidatureId: saved.id };
  } catch (error) {
    // A concurrent submission created the row first: that one is the candidature.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const row = await db.candidature.findUniqueOrThrow({ where: key });
      return { ok: true, candidatureId: row.id, alreadyDone: true };
    }
    throw error;
  }
}

export async function cancelCandidature(db: Db, actor: Actor, campaignId: string, now = new Date()): Promise<CandidatureResult> {
  const ctx = await loadContext(db, actor, campaignId, now);
  if ("error" in ctx) return { ok: false, message: ctx.error! };
  const row = await db.candidature.findUnique({ where: { campaignId_agentId: { campaignId, agentId: ctx.agentId } } });
  if (!row || row.status === "ANNULEE") return { ok: false, message: "Vous n'avez pas de candidature enregistrée pour cette campagne." };
  await db.$transaction(async (tx) => {
    await tx.candidature.update({ where: { id: row.id }, data: { status: "ANNULEE", cancelledAt: now } });
    await writeAudit(tx, { actorId: actor.id, action: "candidature.cancel", entity: "Candidature", entityId: row.id, before: { status: row.status }, after: { status: "ANNULEE" } });
  });
  return { ok: true, candidatureId: row.id };
}
