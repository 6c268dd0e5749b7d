import type { Db } from "@/lib/db";
import { writeAudit } from "@/lib/audit";
import { toIsoDate } from "@/lib/format";
import { addMonths, compareIsoDates } from "@/lib/rules/dates";
import type { CampaignKindCode, GradeCode, IsoDate } from "@/lib/rules/types";

// A published promotion takes effect on 1 September of the campaign year (domain.md): the
// agent is reclassed in the new grade by the reclassement table of the corps (décret
// 90-680), with a line in the career history and one in the audit trail. The scheduled
// job (lib/jobs.ts) applies what is due; each row is claimed once, so the job may run
// twice, in two processes, or after a restart.

/** Seniority in the old échelon carried into the new one, in months. */
export type KeptSeniority =
  { kind: "ACQUISE"; minusMonths: number; limitMonths: number | null } | { kind: "AUCUNE" };

export interface ReclassementRow {
  fromEchelon: number;
  toEchelon: number;
  kept: KeptSeniority;
  /** The row as the text words it, for the career history and the audit. */
  wording: string;
}

export interface ReclassementTable {
  kind: CampaignKindCode;
  fromGrade: GradeCode;
  toGrade: GradeCode;
  /** First campaign year the table applies to. */
  validFrom: number;
  citation: string;
  rows: ReclassementRow[];
}

const acquired = (minusMonths: number, limitMonths: number | null): KeptSeniority => ({
  kind: "ACQUISE",
  minusMonths,
  limitMonths,
});

/**
 * The tables in force since the PPCR reform (1 September 2017). Durations used as limits
 * are those of art. 24 of the same décret (HC: 1st and 2nd échelons 2 years, 3rd and 4th
 * 2 years 6 months, 5th and 6th 3 years; CE: 1st and 2nd 2 years, 3rd 2 years 6 months).
 */
export const RECLASSEMENT_TABLES: ReclassementTable[] = [
  {
    kind: "HORS_CLASSE",
    fromGrade: "CN",
    toGrade: "HC",
    validFrom: 2017,
    citation:
      "Décret n° 90-680 du 1er août 1990, art. 25 (tableau de classement à la hors-classe, rédaction issue du décret n° 2017-786 du 5 mai 2017, en vigueur depuis le 1er septembre 2017)",
    rows: [
      {
        fromEchelon: 9,
        toEchelon: 1,
        kept: acquired(24, 24),
        wording:
          "9e échelon (à partir de 2 ans) → 1er échelon, ancienneté acquise au-delà de 2 ans",
      },
      {
        fromEchelon: 10,
        toEchelon: 2,
        kept: acquired(0, 24),
        wording: "10e échelon → 2e échelon, ancienneté acquise",
      },
      {
        fromEchelon: 11,
        toEchelon: 3,
        kept: acquired(0, 30),
        wording: "11e échelon → 3e échelon, ancienneté acquise",
      },
    ],
  },
  {
    kind: "HORS_CLASSE",
    fromGrade: "CN",
    toGrade: "HC",
    // In force from the promotions of 1 September 2023: the 9th échelon goes to the 2nd.
    validFrom: 2023,
    citation:
      "Décret n° 90-680 du 1er août 1990, art. 25 (version en vigueur depuis août 2023, LEGIARTI000047971087 : « les agents situés au 9e échelon de la classe normale à la date de leur promotion sont classés au 2e échelon de leur nouveau grade, avec conservation de l'ancienneté acquise au-delà de 2 ans dans leur échelon d'origine » ; 11e échelon : ancienneté conservée dans la limite du temps nécessaire à une promotion d'échelon dans la hors-classe)",
    rows: [
      {
        fromEchelon: 9,
        toEchelon: 2,
        kept: acquired(24, 24),
        wording: "9e échelon (à partir de 2 ans) → 2e échelon, ancienneté acquise au-delà de 2 ans",
      },
      {
        fromEchelon: 10,
        toEchelon: 2,
        kept: acquired(0, 24),
        wording:
          "10e échelon → 2e échelon (indice égal ou immédiatement supérieur), ancienneté acquise",
      },
      {
        fromEchelon: 11,
        toEchelon: 3,
        kept: acquired(0, 30),
        wording: "11e échelon → 3e échelon, ancienneté acquise dans la limite de 2 ans 6 mois",
      },
    ],
  },
  {
    kind: "CLASSE_EXCEPTIONNELLE",
    fromGrade: "HC",
    toGrade: "CE",
    validFrom: 2017,
    citation:
      "Décret n° 90-680 du 1er août 1990, art. 25-2 (classement à l'échelon d'indice égal ou immédiatement supérieur, ancienneté conservée dans la limite de la durée de l'échelon lorsque le gain de la promotion est inférieur à celui d'un avancement d'échelon), rédaction issue du décret n° 2017-786 du 5 mai 2017",
    rows: [
      {
        fromEchelon: 3,
        toEchelon: 1,
        kept: acquired(0, 24),
        wording: "HC 3e échelon → CE 1er échelon, ancienneté conservée dans la limite de 2 ans",
      },
      {
        fromEchelon: 4,
        toEchelon: 2,
        kept: acquired(0, 24),
        wording: "HC 4e échelon → CE 2e échelon, ancienneté conservée dans la limite de 2 ans",
      },
      {
        fromEchelon: 5,
        toEchelon: 3,
        kept: acquired(0, 30),
        wording:
          "HC 5e échelon → CE 3e échelon, ancienneté conservée dans la limite de 2 ans 6 mois",
      },
      {
        fromEchelon: 6,
        toEchelon: 4,
        kept: { kind: "AUCUNE" },
        wording: "HC 6e échelon → CE 4e échelon, sans ancienneté",
      },
      {
        fromEchelon: 7,
        toEchelon: 4,
        kept: acquired(0, 36),
        wording: "HC 7e échelon → CE 4e échelon, ancienneté conservée dans la limite de 3 ans",
      },
    ],
  },
  {
    kind: "ECHELON_SPECIAL",
    fromGrade: "CE",
    toGrade: "CE",
    validFrom: 2017,
    citation:
      "Décret n° 90-680 du 1er août 1990, art. 25-3 (échelon spécial de la classe exceptionnelle ; 5e échelon depuis les décrets n° 2023-720 et 2023-721)",
    rows: [
      {
        fromEchelon: 4,
        toEchelon: 5,
        kept: { kind: "AUCUNE" },
        wording: "CE 4e échelon → échelon spécial, sans ancienneté",
      },
    ],
  },
];

/** The table of a kind of campaign for its year: the latest one valid that year. */
export function reclassementTable(kind: CampaignKindCode, year: number): ReclassementTable {
  const table = RECLASSEMENT_TABLES.filter((t) => t.kind === kind && t.validFrom <= year).sort(
    (a, b) => b.validFrom - a.validFrom,
  )[0];
  if (!table) throw new Error(`Aucun tableau de reclassement pour ${kind} ${year}`);
  return table;
}

/** 1 September of the campaign year. */
export function effectDateOf(campaign: { year: number }): IsoDate {
  return `${campaign.year}-09-01`;
}

export interface Reclassement {
  grade: GradeCode;
  echelon: number;
  /** Date the new échelon counts from (the effect date minus the seniority kept). */
  echelonDate: IsoDate;
  gradeDate: IsoDate;
  row: ReclassementRow;
  citation: string;
}

export type ReclassementOutcome = { ok: true; value: Reclassement } | { ok: false; reason: string };

/** Pure: the agent's situation on the effect date, by the table. */
export function reclassify(
  table: ReclassementTable,
  current: { grade: GradeCode; echelon: number; echelonDate: IsoDate },
  effectDate: IsoDate,
): ReclassementOutcome {
  if (current.grade !== table.fromGrade)
    return { ok: false, reason: `L'agent n'est plus dans le grade d'origine (${current.grade}).` };
  // Above the last row (e.g. an échelon the table does not list), the highest row applies.
  const row =
    table.rows.find((r) => r.fromEchelon === current.echelon) ??
    (current.echelon > Math.max(...table.rows.map((r) => r.fromEchelon))
      ? table.rows.at(-1)
      : undefined);
  if (!row)
    return {
      ok: false,
      reason: `Le ${current.echelon}e échelon n'apparaît pas dans le tableau de reclassement.`,
    };
  let echelonDate = effectDate;
  if (row.kept.kind === "ACQUISE") {
    // Seniority counts from the old échelon date, shifted by what the text deducts, never
    // before the limit and never after the effect date.
    let from = addMonths(current.echelonDate, row.kept.minusMonths);
    if (row.kept.limitMonths !== null) {
      const limit = addMonths(effectDate, -row.kept.limitMonths);
      if (compareIsoDates(from, limit) < 0) from = limit;
    }
    if (compareIsoDates(from, effectDate) < 0) echelonDate = from;
  }
  return {
    ok: true,
    value: {
      grade: table.toGrade,
      echelon: row.toEchelon,
      echelonDate,
      gradeDate: effectDate,
      row,
      citation: table.citation,
    },
  };
}

export const PROMOTION_NATURE = "Promotion de grade";

/** Published promotions whose effect date is reached and that are not applied yet. */
async function dueResults(db: Db, now: Date) {
  const today = toIsoDate(now);
  const campaigns = await db.campaign.findMany({
    where: { status: "PUBLIEE" },
    select: { id: true, kind: true, year: true, title: true },
  });
  const due = campaigns.filter((c) => compareIsoDates(effectDateOf(c), today) <= 0);
  if (!due.length) return [];
  const results = await db.promotionResult.findMany({
    where: {
      campaignId: { in: due.map((c) => c.id) },
      promoted: true,
      opposed: false,
      effectAppliedAt: null,
    },
    select: { id: true, agentId: true, campaignId: true },
  });
  const byId = new Map(due.map((c) => [c.id, c]));
  return results.map((r) => ({ ...r, campaign: byId.get(r.campaignId)! }));
}

export interface EffectReport {
  applied: number;
  skipped: { agentId: string; reason: string }[];
}

/** Applies every published promotion whose effect date is reached. Idempotent. */
export async function applyDuePromotionEffects(db: Db, now = new Date()): Promise<EffectReport> {
  const report: EffectReport = { applied: 0, skipped: [] };
  for (const result of await dueResults(db, now)) {
    const { campaign } = result;
    const table = reclassementTable(campaign.kind, campaign.year);
    const effectDate = effectDateOf(campaign);
    const outcome = await db.$transaction(async (tx) => {
      // Claim the row first: a second run (or process) finds it taken and does nothing.
      const claimed = await tx.promotionResult.updateMany({
        where: { id: result.id, effectAppliedAt: null },
        data: { effectAppliedAt: now },
      });
      if (claimed.count === 0) return null;
      const agent = await tx.agent.findUniqueOrThrow({
        where: { id: result.agentId },
        select: { grade: true, echelon: true, echelonDate: true, gradeDate: true },
      });
      const r = reclassify(
        table,
        { grade: agent.grade, echelon: agent.echelon, echelonDate: toIsoDate(agent.echelonDate) },
        effectDate,
      );
      if (!r.ok) {
        await writeAudit(tx, {
          actorId: null,
          action: "promotion.effect.skipped",
          entity: "Agent",
          entityId: result.agentId,
          after: { campaignId: campaign.id, reason: r.reason },
        });
        return r;
      }
      const v = r.value;
      const at = (d: IsoDate) => new Date(`${d}T00:00:00Z`);
      await tx.agent.update({
        where: { id: result.agentId },
        data: {
          grade: v.grade,
          echelon: v.echelon,
          echelonDate: at(v.echelonDate),
          gradeDate: at(v.gradeDate),
        },
      });
      await tx.careerEvent.create({
        data: {
          agentId: result.agentId,
          grade: v.grade,
          echelon: v.echelon,
          date: at(v.echelonDate),
          nature: `${PROMOTION_NATURE} (${campaign.title})`,
        },
      });
      await writeAudit(tx, {
        actorId: null,
        action: "promotion.effect",
        entity: "Agent",
        entityId: result.agentId,
        before: {
          grade: agent.grade,
          echelon: agent.echelon,
          echelonDate: toIsoDate(agent.echelonDate),
          gradeDate: toIsoDate(agent.gradeDate),
        },
        after: {
          grade: v.grade,
          echelon: v.echelon,
          echelonDate: v.echelonDate,
          gradeDate: v.gradeDate,
          campaignId: campaign.id,
          effectDate,
          rule: v.row.wording,
          citation: v.citation,
        },
      });
      return r;
    });
    if (!outcome) continue;
    if (outcome.ok) report.applied++;
    else report.skipped.push({ agentId: result.agentId, reason: outcome.reason });
  }
  return report;
}
