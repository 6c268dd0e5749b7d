import { campaignInScope } from "@/lib/auth/scope";
import type { WriteResult } from "@/lib/actions/result";
import { z } from "zod";
import type { Db } from "@/lib/db";
import { writeAudit } from "@/lib/audit";
import { AGENT_REF, canAccessAgent, type Actor } from "@/lib/auth/permissions";
import { campaignRules } from "@/lib/campaigns/rules";
import { loadExamined } from "@/lib/campaigns/promouvables";
import { windowState } from "@/lib/campaigns/windows";
import { formatCalendarDate } from "@/lib/format";
import { keptAppreciations } from "./appreciations";

// The IEN's avis on the promouvable agents of their circonscriptions, in the campaign's
// opinion window; levels and mandatory reasons come from the campaign's rule set.

export const opinionSchema = z.object({
  campaignId: z.string().min(1).max(40),
  agentId: z.string().min(1).max(40),
  value: z.string().min(1, "Choisissez un avis.").max(40),
  reason: z
    .string()
    .trim()
    .max(2000, "L'appréciation écrite : 2000 caractères au maximum.")
    .optional()
    .transform((v) => v || null),
  comment: z
    .string()
    .trim()
    .max(1000, "Le commentaire : 1000 caractères au maximum.")
    .optional()
    .transform((v) => v || null),
});

export type OpinionInput = z.infer<typeof opinionSchema>;
/** `created`: the agent had no avis yet (the page's «N / M avis saisis» counts one more). */
/** `counted`: a first avis for an agent whose avis is expected (no kept appréciation). */
export type OpinionResult = WriteResult<{ id: string; created: boolean; counted: boolean }>;

const REFUSED = "Cet agent ne relève pas de vos circonscriptions.";

export async function saveOpinion(
  db: Db,
  actor: Actor,
  input: OpinionInput,
  now = new Date(),
): Promise<OpinionResult> {
  if (actor.role !== "INSPECTEUR")
    return { ok: false, message: "Seul un inspecteur saisit un avis." };
  const campaign = await campaignInScope(db, actor, input.campaignId);
  if (!campaign || campaign.status === "BROUILLON")
    return { ok: false, message: "Cette campagne n'existe pas." };
  const state =
    campaign.status === "OUVERTE"
      ? windowState(campaign.opinionStart, campaign.opinionEnd, now)
      : "fermee";
  if (state !== "ouverte") {
    const period =
      campaign.opinionStart && campaign.opinionEnd
        ? ` (du ${formatCalendarDate(campaign.opinionStart)} au ${formatCalendarDate(campaign.opinionEnd)})`
        : "";
    return {
      ok: false,
      message:
        state === "avant"
          ? `La saisie des avis n'est pas encore ouverte${period}.`
          : `La saisie des avis est close${period}.`,
    };
  }
  const agent = await db.agent.findUnique({ where: { id: input.agentId }, select: AGENT_REF });
  if (!agent || !canAccessAgent(actor, agent, "read")) return { ok: false, message: REFUSED };
  const examined = await loadExamined(db, campaign, { id: agent.id });
  if (examined.length === 0)
    return { ok: false, message: "Cet agent n'est pas promouvable pour cette campagne." };

  const { ruleSet } = campaignRules(campaign);
  const level = ruleSet.opinionLevels.find((l) => l.value === input.value);
  if (!level) return { ok: false, field: "value", message: "Choisissez un avis dans la liste." };
  if (level.requiresReason && !input.reason) {
    return {
      ok: false,
      field: "reason",
      message: `L'avis « ${level.label} » doit être motivé par écrit.`,
    };
  }
  const key = { campaignId_agentId: { campaignId: campaign.id, agentId: agent.id } };
  const [before, kept] = await Promise.all([
    db.opinion.findUnique({ where: key }),
    keptAppreciations(db, campaign, [agent.id]),
  ]);
  // Saving an avis makes it the IEN's own: it is no longer one renewed from last campaign.
  const data = {
    value: level.value,
    reason: input.reason,
    comment: input.comment,
    authorId: actor.id,
    renewedFromCampaignId: null,
  };
  const saved = await db.opinion.upsert({
    where: key,
    create: { ...data, campaignId: campaign.id, agentId: agent.id },
    update: data,
  });
  await writeAudit(db, {
    actorId: actor.id,
    action: before ? "opinion.update" : "opinion.create",
    entity: "Opinion",
    entityId: saved.id,
    before: before ?? undefined,
    after: data,
  });
  return { ok: true, id: saved.id, created: !before, counted: !before && !kept.has(agent.id) };
}
