import { campaignInScope } from "@/lib/auth/scope";
import type { WriteResult } from "@/lib/actions/result";
import { z } from "zod";
import type { Db } from "@/lib/db";
import { writeAudit } from "@/lib/audit";
import type { Actor } from "@/lib/auth/permissions";
import type { Campaign } from "@/generated/prisma/client";
import { campaignRules } from "@/lib/campaigns/rules";
import { loadExamined } from "@/lib/campaigns/promouvables";
import { normalizeNumen, verifySecret } from "@/lib/auth/password";
import { checkLevelCaps } from "@/lib/rules";
import { decodeCsv, readCsv } from "@/lib/csv";

// The final appréciation, set by the administration for the DASEN: prefilled from the IEN's
// avis, or kept from an earlier hors classe campaign (domain.md: kept until promoted).

export const appreciationSchema = z
  .object({
    campaignId: z.string().min(1).max(40),
    agentId: z.string().min(1).max(40),
    value: z.string().min(1, "Choisissez une appréciation.").max(40),
    opposed: z
      .literal("on")
      .optional()
      .transform((v) => v === "on"),
    oppositionReason: z
      .string()
      .trim()
      .max(2000, "Le motif : 2000 caractères au maximum.")
      .optional()
      .transform((v) => v || null),
  })
  .refine((v) => !v.opposed || v.oppositionReason, {
    message: "L'opposition à une promotion doit être motivée par écrit.",
    path: ["oppositionReason"],
  })
  // A reason typed without ticking the box would be dropped without a word.
  .refine((v) => v.opposed || !v.oppositionReason, {
    message: "Cochez « Opposition du DASEN » pour enregistrer ce motif, ou effacez-le.",
    path: ["opposed"],
  });

export type AppreciationInput = z.infer<typeof appreciationSchema>;
export type AppreciationResult = WriteResult<{ id: string; warning: string | null }>;

export async function saveAppreciation(
  db: Db,
  actor: Actor,
  input: AppreciationInput,
): Promise<AppreciationResult> {
  if (actor.role !== "GESTIONNAIRE") return { ok: false, message: "Réservé aux gestionnaires." };
  const campaign = await campaignInScope(db, actor, input.campaignId);
  if (!campaign) return { ok: false, message: "Cette campagne n'existe pas." };
  if (campaign.status === "PUBLIEE" || campaign.status === "BROUILLON") {
    return {
      ok: false,
      message:
        campaign.status === "PUBLIEE"
          ? "Les résultats sont publiés : les appréciations sont figées."
          : "La campagne n'est pas ouverte.",
    };
  }
  const { ruleSet } = campaignRules(campaign);
  const level = ruleSet.appreciationLevels.find((l) => l.value === input.value);
  if (!level)
    return { ok: false, field: "value", message: "Choisissez une appréciation dans la liste." };
  if ((await loadExamined(db, campaign, { id: input.agentId })).length === 0) {
    return { ok: false, message: "Cet agent n'est pas promouvable pour cette campagne." };
  }
  const key = { campaignId_agentId: { campaignId: campaign.id, agentId: input.agentId } };
  const before = await db.appreciation.findUnique({ where: key });
  const data = {
    value: level.value,
    opposed: input.opposed,
    oppositionReason: input.opposed ? input.oppositionReason : null,
    source: "DASEN",
    setById: actor.id,
  };
  const saved = await db.appreciation.upsert({
    where: key,
    create: { ...data, campaignId: campaign.id, agentId: input.agentId },
    update: data,
  });
  await writeAudit(db, {
    actorId: actor.id,
    action: "appreciation.set",
    entity: "Appreciation",
    entityId: saved.id,
    before: before ?? undefined,
    after: data,
  });
  return { ok: true, id: saved.id, warning: await capWarning(db, campaign, level.value) };
}

/**
 * While entering: the warning when the level just given passes its cap (about 20 % of the
 * promouvables for each of the CE's two best levels, a parameter of the campaign).
 */
async function capWarning(db: Db, campaign: Campaign, value: string): Promise<string | null> {
  const { ruleSet, context } = campaignRules(campaign);
  const caps =
    (context.parameters as { appreciationCaps?: Record<string, number> }).appreciationCaps ?? {};
  if (caps[value] === undefined) return null;
  const examined = await loadExamined(db, campaign);
  const ids = examined.map((e) => e.agent.id);
  const count = await db.appreciation.count({
    where: { campaignId: campaign.id, value, agentId: { in: ids } },
  });
  const [check] = checkLevelCaps({ [value]: count }, ids.length, { [value]: caps[value] });
  if (!check?.exceeded) return null;
  const label = ruleSet.appreciationLevels.find((l) => l.value === value)?.label ?? value;
  return `Attention : ${count} « ${label} » pour ${check.max} au plus (${caps[value]} % de ${ids.length} promouvable(s)). La publication demandera un motif.`;
}

/**
 * Bulk decision: every examined agent without an arrêtée appréciation gets the proposed
 * one (kept from an earlier campaign, or the IEN avis). Agents without any proposal are
 * left for a decision one by one. Returns how many were set.
 */
export async function confirmProposedAppreciations(
  db: Db,
  actor: Actor,
  campaignId: string,
): Promise<WriteResult<{ confirmed: number; left: number }>> {
  if (actor.role !== "GESTIONNAIRE") return { ok: false, message: "Réservé aux gestionnaires." };
  const campaign = await campaignInScope(db, actor, campaignId);
  if (!campaign) return { ok: false, message: "Cette campagne n'existe pas." };
  if (campaign.status !== "OUVERTE" && campaign.status !== "CLOSE")
    return {
      ok: false,
      message:
        campaign.status === "PUBLIEE"
          ? "Les résultats sont publiés : les appréciations sont figées."
          : "La campagne n'est pas ouverte.",
    };
  const examined = await loadExamined(db, campaign);
  const proposed = await proposedAppreciations(
    db,
    campaignId,
    examined.map((e) => e.agent.id),
  );
  const toSet = [...proposed.entries()].filter(([, p]) => p.source !== "SAISIE" && p.value);
  const left = [...proposed.values()].filter((p) => p.source !== "SAISIE" && !p.value).length;
  await db.$transaction(async (tx) => {
    for (let i = 0; i < toSet.length; i += 500) {
      await tx.appreciation.createMany({
        data: toSet.slice(i, i + 500).map(([agentId, p]) => ({
          campaignId,
          agentId,
          value: p.value!,
          source: p.source === "REPRISE" ? "REPRISE" : "DASEN",
          setById: actor.id,
        })),
      });
    }
    await writeAudit(tx, {
      actorId: actor.id,
      action: "appreciation.confirm-proposed",
      entity: "Campaign",
      entityId: campaignId,
      after: {
        confirmed: toSet.length,
        left,
        agents: toSet.map(([agentId, p]) => ({ agentId, value: p.value, from: p.source })),
      },
    });
  });
  return { ok: true, confirmed: toSet.length, left };
}

export interface KeptAppreciation {
  value: string;
  /** The earlier campaign's title. */
  from: string;
  /** Whether that campaign is published (its appréciations are then no longer the DASEN's draft). */
  published: boolean;
}

/**
 * Hors classe: the appréciation of an earlier campaign of the same kind, kept until the agent
 * is promoted (keepAppreciationUntilPromoted), by agent: the latest one at a level of this
 * campaign's rule set. Empty when the rule set keeps none.
 */
export async function keptAppreciations(
  db: Db,
  campaign: Pick<Campaign, "kind" | "year" | "ruleSet" | "parameters" | "observationDate">,
  agentIds: string[],
): Promise<Map<string, KeptAppreciation>> {
  const { ruleSet, context } = campaignRules(campaign);
  const kept = new Map<string, KeptAppreciation>();
  if (!ruleSet.keepsAppreciation(context.parameters) || agentIds.length === 0) return kept;
  const levels = new Set(ruleSet.appreciationLevels.map((l) => l.value));
  const { ofAgents, mine } = agentFilter(agentIds);
  // No orderBy in the query (sorted below): Prisma cannot split an ordered query into
  // chunks, and a département has more agents than SQLite's 999 bind parameters (P2029).
  const earlier = mine(
    await db.appreciation.findMany({
      where: { ...ofAgents, campaign: { kind: campaign.kind, year: { lt: campaign.year } } },
      include: { campaign: { select: { title: true, year: true, status: true } } },
    }),
  ).sort((a, b) => a.campaign.year - b.campaign.year);
  for (const e of earlier)
    if (levels.has(e.value))
      kept.set(e.agentId, {
        value: e.value,
        from: e.campaign.title,
        published: e.campaign.status === "PUBLIEE",
      });
  return kept;
}

/**
 * For a whole table (a country's: 83,000 ids), the campaign's rows filtered here rather than
 * an IN list Prisma splits into 999-id queries: the same rows.
 */
function agentFilter(agentIds: string[]) {
  const wanted = agentIds.length > 900 ? new Set(agentIds) : null;
  return {
    ofAgents: wanted ? {} : { agentId: { in: agentIds } },
    mine: <R extends { agentId: string }>(rows: R[]) =>
      wanted ? rows.filter((r) => wanted.has(r.agentId)) : rows,
  };
}

/**
 * The appréciation to propose for each agent: the one already set, else (hors classe) the
 * last one of an earlier HC campaign, else the IEN's avis when its level exists.
 */
export async function proposedAppreciations(db: Db, campaignId: string, agentIds: string[]) {
  const campaign = await db.campaign.findUniqueOrThrow({ where: { id: campaignId } });
  const { ruleSet } = campaignRules(campaign);
  const levels = new Set(ruleSet.appreciationLevels.map((l) => l.value));
  const { ofAgents, mine } = agentFilter(agentIds);
  const [own, opinions, kept] = await Promise.all([
    db.appreciation.findMany({ where: { campaignId, ...ofAgents } }).then(mine),
    db.opinion.findMany({ where: { campaignId, ...ofAgents } }).then(mine),
    keptAppreciations(db, campaign, agentIds),
  ]);
  const result = new Map<
    string,
    {
      value: string | null;
      source: "SAISIE" | "REPRISE" | "AVIS_IEN" | null;
      from?: string;
      opposed: boolean;
      oppositionReason: string | null;
    }
  >();
  for (const id of agentIds)
    result.set(id, { value: null, source: null, opposed: false, oppositionReason: null });
  for (const o of opinions)
    if (levels.has(o.value))
      result.set(o.agentId, {
        value: o.value,
        source: "AVIS_IEN",
        opposed: false,
        oppositionReason: null,
      });
  for (const [agentId, k] of kept)
    result.set(agentId, {
      value: k.value,
      source: "REPRISE",
      from: k.from,
      opposed: false,
      oppositionReason: null,
    });
  for (const a of own)
    result.set(a.agentId, {
      value: a.value,
      source: "SAISIE",
      opposed: a.opposed,
      oppositionReason: a.oppositionReason,
    });
  return result;
}

export interface CsvImportReport {
  saved: number;
  /** One entry per rejected line of the file, in line order; a line is never counted twice. */
  rejected: { line: number; message: string }[];
  encoding: "utf-8" | "windows-1252";
}

/**
 * Bulk appréciations from a CSV file `identifiant;appreciation` (or `numen;appreciation`),
 * semicolon or comma separated, UTF-8 or Windows-1252 (lib/csv.ts, the agent import's
 * decoder). Each line of the file has one outcome: saved, or rejected with its reason;
 * a second line for the same agent is rejected, naming the first.
 */
export async function importAppreciationsCsv(
  db: Db,
  actor: Actor,
  campaignId: string,
  file: Uint8Array | string,
): Promise<CsvImportReport> {
  const { text, encoding } =
    typeof file === "string" ? { text: file, encoding: "utf-8" as const } : decodeCsv(file);
  const report: CsvImportReport = { saved: 0, rejected: [], encoding };
  const reject = (line: number, message: string) => report.rejected.push({ line, message });
  const campaign = await campaignInScope(db, actor, campaignId);
  if (!campaign) return { ...report, rejected: [{ line: 1, message: "Campagne inconnue." }] };
  const { ruleSet } = campaignRules(campaign);
  const byLabel = new Map(
    ruleSet.appreciationLevels.flatMap((l) => [
      [l.value, l.value] as const,
      [l.label.toLowerCase(), l.value] as const,
    ]),
  );
  const { header, records } = readCsv(text);
  const columns = header.map((h) => h.trim().toLowerCase());
  const at = {
    identifiant: columns.indexOf("identifiant"),
    numen: columns.indexOf("numen"),
    appreciation: columns.indexOf("appreciation"),
  };
  if (at.appreciation < 0 || (at.identifiant < 0 && at.numen < 0)) {
    reject(1, "Colonnes attendues : identifiant;appreciation (ou numen;appreciation).");
    return report;
  }
  const firstLineOf = new Map<string, number>();
  for (const { line, cells, problem } of records) {
    if (problem) {
      reject(line, `Ligne illisible (${problem}) : vérifiez les guillemets et le séparateur.`);
      continue;
    }
    if (cells.some((c) => c.includes("\uFFFD"))) {
      reject(line, "Caractère illisible : enregistrez le fichier en UTF-8.");
      continue;
    }
    const raw = (cells[at.appreciation] ?? "").trim();
    const value = byLabel.get(raw) ?? byLabel.get(raw.toLowerCase());
    if (!value) {
      reject(
        line,
        `Appréciation inconnue « ${raw} » (attendu : ${ruleSet.appreciationLevels.map((l) => l.label).join(", ")}).`,
      );
      continue;
    }
    let agentId: string | null = null;
    const identifiant =
      at.identifiant >= 0 ? (cells[at.identifiant] ?? "").trim().toLowerCase() : "";
    const numenCell = at.numen >= 0 ? (cells[at.numen] ?? "").trim() : "";
    if (identifiant) {
      agentId =
        (await db.user.findUnique({ where: { identifiant }, select: { agentId: true } }))
          ?.agentId ?? null;
    } else if (numenCell) {
      const numen = normalizeNumen(numenCell);
      const candidates = await db.agent.findMany({
        where: { numenHint: numen.slice(-3) },
        select: { id: true, numenHash: true },
      });
      for (const c of candidates) if (await verifySecret(numen, c.numenHash)) agentId = c.id;
    }
    if (!agentId) {
      reject(line, "Agent introuvable (colonne identifiant ou numen).");
      continue;
    }
    const first = firstLineOf.get(agentId);
    if (first !== undefined) {
      reject(line, `Agent déjà présent ligne ${first} : cette ligne n'est pas prise en compte.`);
      continue;
    }
    firstLineOf.set(agentId, line);
    const result = await saveAppreciation(db, actor, {
      campaignId,
      agentId,
      value,
      opposed: false,
      oppositionReason: null,
    });
    if (result.ok) report.saved++;
    else reject(line, result.message);
  }
  return report;
}
