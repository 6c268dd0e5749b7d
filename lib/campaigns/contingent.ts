import { formatCount } from "@/lib/format";
import type { Campaign, Prisma } from "@/generated/prisma/client";
import { parseParameters } from "@/lib/rules";
import type { Db } from "@/lib/db";
import type {
  ContingentDetail,
  ContingentPopulations,
  PopulationCounts,
  PopulationSpec,
  RuleSetId,
} from "@/lib/rules/types";
import type { CampaignKindCode } from "@/lib/rules/types";

// The database side of the contingent: counting the populations a rule set asks for at the
// observation date, and the remainder carried from one campaign to the next of the same kind.

/** Agents of the corps in the population at the observation date (current rows, dates ≤ observation). */
export function populationWhere(
  spec: PopulationSpec,
  observationDate: Date,
  departementId: string,
): Prisma.AgentWhereInput {
  // Inactive agents (lib/agents/status.ts) have left the corps of the département.
  const where: Prisma.AgentWhereInput = {
    departementId,
    corps: "PE",
    corpsDate: { lte: observationDate },
    inactiveAt: null,
  };
  if (spec.grade) Object.assign(where, { grade: spec.grade, gradeDate: { lte: observationDate } });
  if (spec.minEchelon !== undefined)
    Object.assign(where, {
      echelon: { gte: spec.minEchelon },
      echelonDate: { lte: observationDate },
    });
  return where;
}

/** The contingent's populations in the campaign's département. */
export async function countPopulations(
  db: Db,
  needs: ContingentPopulations,
  campaign: { observationDate: Date; departementId: string },
): Promise<PopulationCounts> {
  const { observationDate, departementId } = campaign;
  const [base, alreadyPromoted] = await Promise.all([
    needs.base === "PROMOUVABLES"
      ? undefined
      : db.agent.count({ where: populationWhere(needs.base, observationDate, departementId) }),
    needs.alreadyPromoted
      ? db.agent.count({
          where: populationWhere(needs.alreadyPromoted, observationDate, departementId),
        })
      : undefined,
  ]);
  return { base, alreadyPromoted };
}

/**
 * The remainder stored by the latest earlier campaign of the same kind, rule set and département, with its
 * title; null when there is no such campaign. Only that campaign is read (décret 2005-1090,
 * art. 2: the remainder goes to the next year): when it stored none (its tableau was never
 * computed) `remainder` is null, and the caller says so rather than silently starting from 0.
 */
export async function previousRemainder(
  db: Db,
  campaign: { departementId: string; kind: CampaignKindCode; ruleSet: RuleSetId; year: number },
): Promise<{ remainder: number | null; from: string } | null> {
  const previous = await db.campaign.findFirst({
    where: {
      departementId: campaign.departementId,
      kind: campaign.kind,
      ruleSet: campaign.ruleSet,
      year: { lt: campaign.year },
    },
    orderBy: { year: "desc" },
    select: { title: true, contingentRemainder: true },
  });
  if (!previous) return null;
  return { remainder: previous.contingentRemainder, from: previous.title };
}

/** "12 (calculé : 11,4 + 0,6 reporté → 12 ; notifié : 12)" pieces for the tables, in French. */
export function describeContingent(c: ContingentDetail): { label: string; value: string }[] {
  const rows: { label: string; value: string }[] = [];
  const fr = (n: number) => n.toLocaleString("fr-FR", { maximumFractionDigits: 4 });
  if (c.computed !== undefined) {
    let how = "";
    if (c.method === "RATE" && c.ratePercent !== undefined && c.base !== undefined) {
      how = ` (${fr(c.ratePercent)} % de ${c.base}${c.previousRemainder ? ` + reliquat ${fr(c.previousRemainder)}` : ""})`;
    } else if (c.method === "TARGET" && c.ratePercent !== undefined && c.base !== undefined) {
      how = ` (${fr(c.ratePercent)} % de ${c.base}, moins ${formatCount(c.alreadyPromoted ?? 0, "agent déjà dans le grade ou l'échelon visé", "agents déjà dans le grade ou l'échelon visé")})`;
    }
    rows.push({ label: "Contingent calculé", value: `${c.computed}${how}` });
  }
  rows.push({
    label: "Contingent notifié",
    value: c.notified === null || c.notified === undefined ? "non saisi" : String(c.notified),
  });
  if (c.remainder !== null && c.remainder !== undefined)
    rows.push({ label: "Reliquat reporté à la campagne suivante", value: fr(c.remainder) });
  return rows;
}

/** The contingent notified for a campaign (contingent.notified), null when none was entered. */
export function notifiedContingentOf(
  campaign: Pick<Campaign, "ruleSet" | "parameters" | "year">,
): number | null {
  const parameters = parseParameters(
    campaign.ruleSet as RuleSetId,
    campaign.parameters,
    campaign.year,
  ) as { contingent?: { notified?: number | null } };
  return parameters.contingent?.notified ?? null;
}
