import { z } from "zod";
import type { Db } from "@/lib/db";
import { writeAudit } from "@/lib/audit";
import type { Actor } from "@/lib/auth/permissions";
import { campaignRules } from "@/lib/campaigns/rules";
import { loadExamined } from "@/lib/campaigns/promouvables";
import { normalizeNumen, verifySecret } from "@/lib/auth/password";
import Papa from "papaparse";

// The final appréciation, set by the administration for the DASEN: prefilled from the IEN's
// avis, or kept from an earlier hors classe campaign (domain.md: kept until promoted).

export const appreciationSchema = z
  .object({
    campaignId: z.string().min(1).max(40),
    agentId: z.string().min(1).max(40),
    value: z.string().min(1, "Choisissez une appréciation.").max(40),
    opposed: z.literal("on").optional().transform((v) => v === "on"),
    oppositionReason: z.string().trim().max(2000, "Le motif : 2000 caractères au maximum.").optional().transform((v) => v || null),
  })
  .refine((v) => !v.opposed || v.oppositionReason, { message: "L'opposition à une promotion doit être motivée par écrit.", path: ["oppositionReason"] });

export type AppreciationInput = z.infer<typeof appreciationSchema>;
export type AppreciationResult = { ok: true; id: string } | { ok: false; message: string; field?: string };

export async function saveAppreciation(db: Db, actor: Actor, input: AppreciationInput): Promise<AppreciationResult> {
  if (actor.role !== "GESTIONNAIRE") return { ok: false, message: "Réservé aux gestionnaires." };
  const campaign = await db.campaign.findUnique({ where: { id: input.campaignId } });
  if (!campaign) return { ok: false, message: "Cette campagne n'existe pas." };
  if (campaign.status === "PUBLIEE" || campaign.status === "BROUILLON") {
    return { ok: false, message: campaign.status === "PUBLIEE" ? "Les résultats sont publiés : les appréciations sont figées." : "La campagne n'est pas ouverte." };
  }
  const { ruleSet } = campaignRules(campaign);
  const level = ruleSet.appreciationLevels.find((l) => l.value === input.value);
  if (!level) return { ok: false, field: "value", message: "Choisissez une appréciation dans la liste." };
  if ((await loadExamined(db, campaign, { id: input.agentId })).length === 0) {
    return { ok: false, message: "Cet agent n'est pas promouvable pour cette campagne." };
  }
  const key = { campaignId_agentId: { campaignId: campaign.id, agentId: input.agentId } };
  const before = await db.appreciation.findUnique({ where: key });
  const data = { value: level.value, opposed: input.opposed, oppositionReason: input.opposed ? input.oppositionReason : null, source: "DASEN", setById: actor.id };
  const saved = await db.appreciation.upsert({ where: key, create: { ...data, campaignId: campaign.id, agentId: input.agentId }, update: data });
  await writeAudit(db, { actorId: actor.id, action: "appreciation.set", entity: "Appreciation", entityId: saved.id, before: before ?? undefined, after: data });
  return { ok: true, id: saved.id };
}

/**
 * The appréciation to propose for each agent: the one already set, else (hors classe) the
 * last one of an earlier HC campaign, else the IEN's avis when its level exists.
 */
export async function proposedAppreciations(db: Db, campaignId: string, agentIds: string[]) {
  const campaign = await db.campaign.findUniqueOrThrow({ where: { id: campaignId } });
  const { ruleSet, context } = campaignRules(campaign);
  const levels = new Set(ruleSet.appreciationLevels.map((l) => l.value));
  // HC PE: the appréciation of an earlier campaign of the same kind is kept until promoted.
  const keep = ruleSet.keepsAppreciation(context.parameters);
  const [own, opinions, earlier] = await Promise.all([
    db.appreciation.findMany({ where: { campaignId, agentId: { in: agentIds } } }),
    db.opinion.findMany({ where: { campaignId, agentId: { in: agentIds } } }),
    // No orderBy in the query (sorted below): Prisma cannot split an ordered query into
    // chunks, and a département has more agents than SQLite's 999 bind parameters (P2029).
    keep
      ? db.appreciation
          .findMany({
            where: { agentId: { in: agentIds }, campaign: { kind: campaign.kind, year: { lt: campaign.year } } },
            include: { campaign: { select: { title: true, year: true } } },
          })
          .then((rows) => rows.sort((a, b) => b.campaign.year - a.campaign.year))
      : Promise.resolve([]),
  ]);
  const result = new Map<string, { value: string | null; source: "SAISIE" | "REPRISE" | "AVIS_IEN" | null; from?: string; opposed: boolean; oppositionReason: string | null }>();
  for (const id of agentIds) result.set(id, { value: null, source: null, opposed: false, oppositionReason: null });
  for (const o of opinions) if (levels.has(o.value)) result.set(o.agentId, { value: o.value, source: "AVIS_IEN", opposed: false, oppositionReason: null });
  for (const e of [...earlier].reverse()) if (levels.has(e.value)) result.set(e.agentId, { value: e.value, source: "REPRISE", from: e.campaign.title, opposed: false, oppositionReason: null });
  for (const a of own) result.set(a.agentId, { value: a.value, source: "SAISIE", opposed: a.opposed, oppositionReason: a.oppositionReason });
  return result;
}

export interface CsvImportReport {
  saved: number;
  rejected: { line: number; message: string }[];
}

/**
 * Bulk appréciations from a CSV file `identifiant;appreciation` (or `numen;appreciation`),
 * semicolon or comma separated; each rejected row is reported with its line and reason.
 */
export async function importAppreciationsCsv(db: Db, actor: Actor, campaignId: string, csv: string): Promise<CsvImportReport> {
  const parsed = Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ""), { header: true, skipEmptyLines: "greedy", delimiter: "", transformHeader: (h) => h.trim().toLowerCase() });
  const report: CsvImportReport = { saved: 0, rejected: [] };
  const campaign = await db.campaign.findUnique({ where: { id: campaignId } });
  if (!campaign) return { saved: 0, rejected: [{ line: 1, message: "Campagne inconnue." }] };
  const { ruleSet } = campaignRules(campaign);
  const byLabel = new Map(ruleSet.appreciationLevels.flatMap((l) => [[l.value, l.value] as const, [l.label.toLowerCase(), l.value] as const]));
  for (const [index, row] of parsed.data.entries()) {
    const line = index + 2; // line 1 is the header
    const raw = (row.appreciation ?? "").trim();
    const value = byLabel.get(raw) ?? byLabel.get(raw.toLowerCase());
    if (!value) {
      report.rejected.push({ line, message: `Appréciation inconnue « ${raw} » (attendu : ${ruleSet.appreciationLevels.map((l) => l.label).join(", ")}).` });
      continue;
    }
    let agentId: string | null = null;
    if (row.identifiant) {
      agentId = (await db.user.findUnique({ where: { identifiant: row.identifiant.trim().toLowerCase() }, select: { agentId: true } }))?.agentId ?? null;
    } else if (row.numen) {
      const numen = normalizeNumen(row.numen);
      const candidates = await db.agent.findMany({ where: { numenHint: numen.slice(-3) }, select: { id: true, numenHash: true } });
      for (const c of candidates) if (await verifySecret(numen, c.numenHash)) agentId = c.id;
    }
    if (!agentId) {
      report.rejected.push({ line, message: "Agent introuvable (colonne identifiant ou numen)." });
      continue;
    }
    const result = await saveAppreciation(db, actor, { campaignId, agentId, value, opposed: false, oppositionReason: null });
    if (result.ok) report.saved++;
    else report.rejected.push({ line, message: result.message });
  }
  for (const error of parsed.errors) report.rejected.push({ line: (error.row ?? 0) + 2, message: `Ligne illisible : ${error.message}` });
  report.rejected.sort((a, b) => a.line - b.line);
  return report;
}
