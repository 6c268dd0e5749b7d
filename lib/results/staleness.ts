import type { Campaign } from "@/generated/prisma/client";
import type { Db } from "@/lib/db";
import { getRuleSet } from "@/lib/rules";
import type { RuleSetId } from "@/lib/rules/types";
import { formatDateTime } from "@/lib/format";

// A computed tableau is a picture of the data at one moment: any later change to what it
// ranks (an appréciation, an avis, an accepted correction, an imported or edited agent, a
// validated function) makes it out of date. Read from the data's own timestamps, so no
// write path can forget to flag it.

/** The audit action of a notified contingent entered after the draft (lib/campaigns/admin.ts). */
export const NOTIFIED_CONTINGENT_AUDIT = "campaign.contingent.notified";

export type Staleness = { computedAt: Date | null; stale: boolean; reasons: string[] };

type CampaignForStaleness = Pick<
  Campaign,
  "id" | "departementId" | "ruleSet" | "status" | "tableauComputedAt"
>;

export async function tableauStaleness(db: Db, campaign: CampaignForStaleness): Promise<Staleness> {
  const at = campaign.tableauComputedAt;
  if (campaign.status === "PUBLIEE") return { computedAt: at, stale: false, reasons: [] };
  if (!at) {
    const rows = await db.promotionResult.count({ where: { campaignId: campaign.id } });
    return {
      computedAt: null,
      stale: rows > 0,
      reasons: rows > 0 ? ["date de calcul inconnue"] : [],
    };
  }
  const after = { gt: at };
  const grade = getRuleSet(campaign.ruleSet as RuleSetId).fromGrade;
  // Only the campaign's own département's dossiers change its table.
  const { departementId } = campaign;
  const [appreciations, opinions, corrections, agents, functions, contingent] = await Promise.all([
    db.appreciation.count({ where: { campaignId: campaign.id, updatedAt: after } }),
    db.opinion.count({ where: { campaignId: campaign.id, updatedAt: after } }),
    db.correctionRequest.count({
      where: { status: "ACCEPTEE", treatedAt: after, agent: { departementId } },
    }),
    db.agent.count({ where: { updatedAt: after, grade, departementId } }),
    db.functionMission.count({ where: { updatedAt: after, agent: { grade, departementId } } }),
    db.auditLog.count({
      where: {
        entity: "Campaign",
        entityId: campaign.id,
        action: NOTIFIED_CONTINGENT_AUDIT,
        at: after,
      },
    }),
  ]);
  const reasons = [
    appreciations ? `${appreciations} appréciation(s) modifiée(s)` : null,
    opinions ? `${opinions} avis modifié(s)` : null,
    corrections ? `${corrections} correction(s) de dossier acceptée(s)` : null,
    agents ? `${agents} dossier(s) d'agent modifié(s)` : null,
    functions ? `${functions} fonction(s) modifiée(s) ou validée(s)` : null,
    contingent ? "contingent notifié modifié" : null,
  ].filter((r): r is string => r !== null);
  return { computedAt: at, stale: reasons.length > 0, reasons };
}

export function stalenessMessage(s: Staleness): string {
  const when = s.computedAt
    ? `calculé ${formatDateTime(s.computedAt)}`
    : "de date de calcul inconnue";
  return `Le tableau (${when}) n'est plus à jour : ${s.reasons.join(", ")} depuis son calcul. Recalculez-le avant de publier.`;
}
