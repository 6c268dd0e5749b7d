import { campaignInScope } from "@/lib/auth/scope";
import type { WriteResult } from "@/lib/actions/result";
import type { Db } from "@/lib/db";
import { writeAudit } from "@/lib/audit";
import type { Actor } from "@/lib/auth/permissions";
import { campaignRules } from "@/lib/campaigns/rules";
import {
  loadExaminedSnapshots,
  type ExaminedSnapshot,
  type LoadExaminedOptions,
} from "@/lib/campaigns/promouvables";
import { fastId, insertRows, sqlInstant } from "@/lib/agents/import-sql";
import { countPopulations } from "@/lib/campaigns/contingent";
import { proposedAppreciations } from "@/lib/opinions/appreciations";
import { encodeDetail } from "./detail";
import type { RankingResult } from "@/lib/rules/types";

// The tableau d'avancement: the campaign's rule set ranks the examined agents with their
// appréciation (the IEN avis for "CE depuis 2024"), the oppositions and the contingent.
// Stored rows are a draft while the campaign is closed, and frozen once published.

export interface Tableau {
  ranking: RankingResult;
  examined: ExaminedSnapshot[];
}

export async function computeTableau(
  db: Db,
  campaignId: string,
  options: LoadExaminedOptions = {},
): Promise<Tableau> {
  const campaign = await db.campaign.findUniqueOrThrow({ where: { id: campaignId } });
  const { ruleSet, context } = campaignRules(campaign);
  const examined = await loadExaminedSnapshots(db, campaign, options);
  const ids = examined.map((e) => e.agent.id);
  const usesAvis = ruleSet.ranksOn === "AVIS";
  const [proposed, opinions, population] = await Promise.all([
    proposedAppreciations(db, campaignId, ids),
    usesAvis
      ? db.opinion.findMany({ where: { campaignId }, select: { agentId: true, value: true } })
      : Promise.resolve([]),
    countPopulations(db, ruleSet.contingentPopulations(context.parameters), campaign),
  ]);
  const avis = new Map(opinions.map((o) => [o.agentId, o.value]));
  const ranking = ruleSet.rank(
    examined.map((e) => {
      const p = proposed.get(e.agent.id);
      return {
        agent: e.snapshot,
        eligibility: e.eligibility,
        appreciation: usesAvis ? (avis.get(e.agent.id) ?? null) : (p?.value ?? null),
        candidatureValid: e.applied,
        opposition: p?.opposed ? { reason: p.oppositionReason ?? "" } : null,
      };
    }),
    { ...context, population },
  );
  return { ranking, examined };
}

export type TableauResult = WriteResult<{ rows: number }>;

/** Computes and stores the draft tableau of a closed campaign (replacing the previous draft). */
export async function storeTableau(
  db: Db,
  actor: Actor,
  campaignId: string,
): Promise<TableauResult> {
  if (actor.role !== "GESTIONNAIRE") return { ok: false, message: "Réservé aux gestionnaires." };
  const campaign = await campaignInScope(db, actor, campaignId);
  if (!campaign) return { ok: false, message: "Cette campagne n'existe pas." };
  if (campaign.status !== "CLOSE") {
    return {
      ok: false,
      message:
        campaign.status === "PUBLIEE"
          ? "Les résultats sont publiés : le tableau est figé."
          : "Closez la campagne avant de calculer le tableau d'avancement.",
    };
  }
  // Stamped with the start of the computation: a change made while it runs marks it stale.
  const computedAt = new Date();
  const { ranking } = await computeTableau(db, campaignId);
  const rows = resultRowsOf(campaignId, ranking);
  await db.$transaction(async (tx) => {
    // Guard against a publication between the check above and this write.
    const still = await tx.campaign.count({ where: { id: campaignId, status: "CLOSE" } });
    if (!still) throw new Error("La campagne a changé d'état pendant le calcul.");
    await tx.promotionResult.deleteMany({ where: { campaignId } });
    // The remainder the next campaign of the same kind starts from (frozen with the table),
    // and when the table was computed (it goes stale when its data change).
    await tx.campaign.update({
      where: { id: campaignId },
      data: {
        contingentRemainder: ranking.contingent.remainder ?? null,
        tableauComputedAt: computedAt,
      },
    });
    // One statement per 10,000 rows, the rows as one JSON parameter (lib/agents/import-sql):
    // createMany binds and converts every value on its own (a minute for a country's table).
    const createdAt = sqlInstant(new Date());
    for (let i = 0; i < rows.length; i += 10_000) {
      const cells = rows
        .slice(i, i + 10_000)
        .map((r) => [
          fastId(),
          r.campaignId,
          r.agentId,
          r.vivier,
          r.bareme,
          r.detail,
          r.rank,
          r.promoted,
          r.opposed,
          r.oppositionReason,
          createdAt,
        ]);
      await insertRows(db, "PromotionResult", RESULT_COLUMNS, cells, tx);
    }
    await writeAudit(tx, {
      actorId: actor.id,
      action: "campaign.tableau.compute",
      entity: "Campaign",
      entityId: campaignId,
      after: {
        rows: rows.length,
        promoted: rows.filter((r) => r.promoted).length,
        contingent: ranking.contingent,
        barre: ranking.barre,
      },
    });
  });
  return { ok: true, rows: rows.length };
}

const RESULT_COLUMNS = [
  "id",
  "campaignId",
  "agentId",
  "vivier",
  "bareme",
  "detail",
  "rank",
  "promoted",
  "opposed",
  "oppositionReason",
  "createdAt",
] as const;

/** The stored rows of a ranking (also used by the demo seed, so both store the same detail). */
export function resultRowsOf(campaignId: string, ranking: RankingResult) {
  return ranking.rows.map((r) => ({
    campaignId,
    agentId: r.agentId,
    vivier: r.vivier,
    bareme: r.bareme,
    rank: r.rank,
    promoted: r.promoted,
    opposed: r.opposed,
    oppositionReason: r.oppositionReason,
    detail: encodeDetail(r, ranking),
  }));
}

// The stored detail's one encoder and parser (lib/results/detail), also read from here.
export { parseDetail, type StoredDetail } from "./detail";
