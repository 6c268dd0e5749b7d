import { campaignInScope } from "@/lib/auth/scope";
import type { WriteResult } from "@/lib/actions/result";
import type { Db } from "@/lib/db";
import { Prisma, type Campaign } from "@/generated/prisma/client";
import { writeAudit } from "@/lib/audit";
import { notifyAgent } from "@/lib/mail/notices";
import type { Actor } from "@/lib/auth/permissions";
import { SNAPSHOT_INCLUDE } from "@/lib/agents/snapshot";
import { formatCalendarDate } from "@/lib/format";
import { campaignAsksCandidature, evaluateAgent, mustApply } from "./rules";
import { windowState, type WindowState } from "./windows";

// Acte de candidature (classe exceptionnelle 2017–2023, vivier 1). One row per agent and
// campaign (unique key), so double clicks, two tabs and replays can never create two.
export type CandidatureResult = WriteResult<{
  candidatureId: string;
  alreadyDone?: boolean;
  at?: Date;
}>;

/** Where the campaign's candidature window stands: only an open campaign's can be "ouverte". */
export function candidatureWindow(
  campaign: Pick<Campaign, "status" | "candidatureStart" | "candidatureEnd">,
  now: Date,
): WindowState {
  return campaign.status === "OUVERTE"
    ? windowState(campaign.candidatureStart, campaign.candidatureEnd, now)
    : "fermee";
}

async function loadContext(db: Db, actor: Actor, campaignId: string, now: Date) {
  if (actor.role !== "ENSEIGNANT" || !actor.agentId)
    return { error: "Seul un enseignant peut faire acte de candidature." } as const;
  const campaign = await campaignInScope(db, actor, campaignId);
  if (!campaign || campaign.status === "BROUILLON")
    return { error: "Cette campagne n'existe pas." } as const;
  if (!campaignAsksCandidature(campaign)) {
    return {
      error:
        "Cette campagne ne demande pas d'acte de candidature : tous les agents promouvables sont examinés.",
    } as const;
  }
  const state = candidatureWindow(campaign, now);
  if (state !== "ouverte") {
    const period =
      campaign.candidatureStart && campaign.candidatureEnd
        ? ` (du ${formatCalendarDate(campaign.candidatureStart)} au ${formatCalendarDate(campaign.candidatureEnd)})`
        : "";
    return {
      error:
        state === "avant"
          ? `Le dépôt des candidatures n'est pas encore ouvert${period}.`
          : `Le dépôt des candidatures est clos${period}.`,
    } as const;
  }
  return { campaign, agentId: actor.agentId } as const;
}

export async function submitCandidature(
  db: Db,
  actor: Actor,
  campaignId: string,
  now = new Date(),
): Promise<CandidatureResult> {
  const ctx = await loadContext(db, actor, campaignId, now);
  if ("error" in ctx) return { ok: false, message: ctx.error! };
  const agent = await db.agent.findUniqueOrThrow({
    where: { id: ctx.agentId },
    include: SNAPSHOT_INCLUDE,
  });
  const eligibility = evaluateAgent(ctx.campaign, agent);
  if (!mustApply(eligibility)) {
    return {
      ok: false,
      message: [
        "Vous ne relevez pas du 1er vivier : vous n'avez pas à faire acte de candidature.",
        ...eligibility.reasons,
      ].join(" "),
    };
  }
  const key = { campaignId_agentId: { campaignId, agentId: ctx.agentId } };
  const existing = await db.candidature.findUnique({ where: key });
  if (existing?.status === "ENREGISTREE")
    return { ok: true, candidatureId: existing.id, alreadyDone: true };
  try {
    // The candidature, its history event and its audit record land together or not at all.
    // Only the request that moves the row to ENREGISTREE writes the event: concurrent
    // submissions (double clicks, two tabs) leave one line in the teacher's history.
    const saved = await db.$transaction(async (tx) => {
      let row: { id: string };
      if (existing) {
        const { count } = await tx.candidature.updateMany({
          where: { id: existing.id, status: "ANNULEE" },
          data: { status: "ENREGISTREE", vivier: 1, submittedAt: now, cancelledAt: null },
        });
        if (count === 0) return { id: existing.id, alreadyDone: true };
        row = existing;
      } else {
        row = await tx.candidature.create({
          data: { campaignId, agentId: ctx.agentId, vivier: 1, submittedAt: now },
        });
      }
      await tx.candidatureEvent.create({
        data: { candidatureId: row.id, status: "ENREGISTREE", at: now, actorId: actor.id },
      });
      await writeAudit(tx, {
        actorId: actor.id,
        action: "candidature.submit",
        entity: "Candidature",
        entityId: row.id,
        after: { campaignId, status: "ENREGISTREE" },
      });
      await notifyAgent(tx, ctx.agentId, {
        kind: "candidature.enregistree",
        campaignTitle: ctx.campaign.title,
        campaignId,
        at: now,
      });
      return { id: row.id, alreadyDone: false };
    });
    if (saved.alreadyDone) return { ok: true, candidatureId: saved.id, alreadyDone: true };
    return { ok: true, candidatureId: saved.id, at: now };
  } catch (error) {
    // A concurrent submission created the row first: that one is the candidature.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const row = await db.candidature.findUniqueOrThrow({ where: key });
      return { ok: true, candidatureId: row.id, alreadyDone: true };
    }
    throw error;
  }
}

export async function cancelCandidature(
  db: Db,
  actor: Actor,
  campaignId: string,
  now = new Date(),
): Promise<CandidatureResult> {
  const ctx = await loadContext(db, actor, campaignId, now);
  if ("error" in ctx) return { ok: false, message: ctx.error! };
  const row = await db.candidature.findUnique({
    where: { campaignId_agentId: { campaignId, agentId: ctx.agentId } },
  });
  if (!row || row.status === "ANNULEE")
    return {
      ok: false,
      message: "Vous n'avez pas de candidature enregistrée pour cette campagne.",
    };
  const cancelled = await db.$transaction(async (tx) => {
    // Only the request that moves the row to ANNULEE records it (a second tab finds it done).
    const { count } = await tx.candidature.updateMany({
      where: { id: row.id, status: "ENREGISTREE" },
      data: { status: "ANNULEE", cancelledAt: now },
    });
    if (count === 0) return false;
    await tx.candidatureEvent.create({
      data: { candidatureId: row.id, status: "ANNULEE", at: now, actorId: actor.id },
    });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "candidature.cancel",
      entity: "Candidature",
      entityId: row.id,
      before: { status: row.status },
      after: { status: "ANNULEE" },
    });
    await notifyAgent(tx, ctx.agentId, {
      kind: "candidature.annulee",
      campaignTitle: ctx.campaign.title,
      campaignId,
      at: now,
    });
    return true;
  });
  if (!cancelled)
    return {
      ok: false,
      message: "Vous n'avez pas de candidature enregistrée pour cette campagne.",
    };
  return { ok: true, candidatureId: row.id, at: now };
}
