import { campaignInScope } from "@/lib/auth/scope";
import type { WriteResult } from "@/lib/actions/result";
import { z } from "zod";
import type { Db } from "@/lib/db";
import { writeAudit } from "@/lib/audit";
import { notifyAgents } from "@/lib/mail/notices";
import type { Actor } from "@/lib/auth/permissions";
import {
  getRuleSet,
  parseParameters,
  RULE_SET_IDS,
  validateParameters,
  defaultObservationDate,
} from "@/lib/rules";
import type { CampaignKindCode, RuleSetId } from "@/lib/rules/types";
import { formatCalendarDate, parseIsoDate } from "@/lib/format";
import {
  acceptsNotifiedContingent,
  checkTransition,
  isEditable,
  type CampaignTransition,
} from "./state-machine";
import { FIELD_PREFIX, readParameterForm } from "./parameters-form";
import { issueReceipts } from "./receipts";
import { previousRemainder } from "./contingent";
import { renewOpinions, renewOpinionsAfterPublication } from "@/lib/opinions/renewal";
import { checkPublication, closingReadiness, publicationReadiness } from "./readiness";
import { NOTIFIED_CONTINGENT_AUDIT } from "@/lib/results/staleness";

// Administrators run the campaigns: create from a rule set (parameters prefilled with its
// defaults), edit while in preparation, then open, close and publish.

export const CAMPAIGN_TITLES: Record<CampaignKindCode, string> = {
  HORS_CLASSE: "Hors classe des professeurs des écoles",
  CLASSE_EXCEPTIONNELLE: "Classe exceptionnelle des professeurs des écoles",
  ECHELON_SPECIAL: "Échelon spécial de la classe exceptionnelle des professeurs des écoles",
};

export function campaignTitle(kind: CampaignKindCode, year: number): string {
  return `${CAMPAIGN_TITLES[kind]} — campagne ${year}`;
}

const optionalDay = (label: string) =>
  z
    .string()
    .trim()
    .optional()
    .transform((v, ctx) => {
      if (!v) return null;
      const d = parseIsoDate(v);
      if (!d) ctx.addIssue({ code: "custom", message: `${label} : date invalide.` });
      return d;
    });

export const campaignFormSchema = z
  .object({
    ruleSet: z.enum(RULE_SET_IDS as [RuleSetId, ...RuleSetId[]], {
      error: "Choisissez une règle de gestion.",
    }),
    year: z.coerce
      .number({ error: "Année invalide." })
      .int("Année invalide.")
      .min(2017, "Année entre 2017 et 2100.")
      .max(2100, "Année entre 2017 et 2100."),
    title: z.string().trim().max(200, "Intitulé : 200 caractères au maximum.").optional(),
    observationDate: optionalDay("Date d'observation"),
    candidatureStart: optionalDay("Début du dépôt des candidatures"),
    candidatureEnd: optionalDay("Fin du dépôt des candidatures"),
    opinionStart: optionalDay("Début de la saisie des avis"),
    opinionEnd: optionalDay("Fin de la saisie des avis"),
    parameters: z.string().max(20_000, "Paramètres trop longs.").optional(),
  })
  .superRefine((v, ctx) => {
    for (const [start, end, label] of [
      ["candidatureStart", "candidatureEnd", "du dépôt des candidatures"],
      ["opinionStart", "opinionEnd", "de saisie des avis"],
    ] as const) {
      const s = v[start];
      const e = v[end];
      if ((s && !e) || (!s && e))
        ctx.addIssue({
          code: "custom",
          path: [end],
          message: `Indiquez le début et la fin de la période ${label}.`,
        });
      if (s && e && e < s)
        ctx.addIssue({
          code: "custom",
          path: [end],
          message: `La fin de la période ${label} précède son début.`,
        });
    }
  });

export type CampaignForm = z.infer<typeof campaignFormSchema>;

/** Coherence warnings that do not block saving: the gestionnaire may have a reason. */
export function campaignWarnings(c: {
  ruleSet: string;
  year: number;
  candidatureStart: Date | null;
  candidatureEnd: Date | null;
  opinionStart: Date | null;
  opinionEnd: Date | null;
  observationDate: Date;
}): string[] {
  const out: string[] = [];
  const ruleSet = getRuleSet(c.ruleSet as RuleSetId);
  const years = ruleSet.validYears;
  if (c.year < years[0] || (years[1] !== null && c.year > years[1])) {
    out.push(
      `La règle de gestion « ${ruleSet.label} » vaut pour les campagnes ${years[0]}${years[1] ? `–${years[1]}` : " et suivantes"} : vérifiez qu'elle convient à ${c.year}.`,
    );
  }
  if (c.candidatureEnd && c.opinionStart && c.opinionStart <= c.candidatureEnd)
    out.push(
      "La saisie des avis commence avant la fin du dépôt des candidatures : les deux périodes se chevauchent.",
    );
  if (c.observationDate.getUTCFullYear() !== c.year)
    out.push(`La date d'observation n'est pas dans l'année de la campagne (${c.year}).`);
  return out;
}
export type AdminResult = WriteResult<{ id: string; ids?: string[]; warnings?: string[] }>;

type ParametersOutcome = WriteResult<{ json: string; asksCandidature: boolean }>;

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/**
 * The form's parameters (one field each, or JSON), validated. When they leave
 * contingent.previousRemainder out and the rule set carries the decimal part over, it is
 * prefilled from the previous campaign of the same kind (décret 2005-1090, art. 2).
 */
async function parametersFrom(
  db: Db,
  form: CampaignForm,
  departementId: string,
  fields?: { template: unknown; entries: Record<string, string> },
): Promise<ParametersOutcome> {
  let value: unknown = {};
  if (fields && Object.keys(fields.entries).length) {
    // One field per parameter (components/campaigns/parameters-fields.tsx).
    const read = readParameterForm(fields.template, fields.entries);
    if (!read.ok) {
      const errors = Object.fromEntries(
        Object.entries(read.errors).map(([path, message]) => [`${FIELD_PREFIX}${path}`, message]),
      );
      return {
        ok: false,
        message: `Paramètres : ${Object.keys(errors).length} champ(s) à corriger.`,
        errors,
      };
    }
    value = read.value;
  } else if (form.parameters?.trim()) {
    try {
      value = JSON.parse(form.parameters);
    } catch {
      return { ok: false, message: "Les paramètres ne sont pas un JSON valide." };
    }
  }
  const check = validateParameters(form.ruleSet, value, form.year);
  if (!check.success)
    return {
      ok: false,
      message: `Paramètres refusés par la règle de gestion : ${check.errors.join(" ; ")}`,
    };
  const data = check.data as {
    contingent: { carryOverRemainder: boolean; previousRemainder: number };
  };
  const given =
    isObject(value) && isObject(value.contingent) && "previousRemainder" in value.contingent;
  if (data.contingent.carryOverRemainder && !given) {
    const previous = await previousRemainder(db, {
      departementId,
      kind: getRuleSet(form.ruleSet).campaignKind,
      ruleSet: form.ruleSet,
      year: form.year,
    });
    if (previous?.remainder != null) data.contingent.previousRemainder = previous.remainder;
  }
  const ruleSet = getRuleSet(form.ruleSet) as { requiresCandidature(p: unknown): boolean };
  const asksCandidature = ruleSet.requiresCandidature(check.data);
  if (asksCandidature && (!form.candidatureStart || !form.candidatureEnd)) {
    return {
      ok: false,
      field: "candidatureStart",
      message: "Cette campagne demande une période de dépôt des candidatures.",
    };
  }
  // Dates typed for a campaign without candidatures would otherwise be dropped unseen.
  if (!asksCandidature && (form.candidatureStart || form.candidatureEnd)) {
    return {
      ok: false,
      field: "candidatureStart",
      message:
        "Avec ces paramètres, cette campagne ne demande pas de candidature : laissez vides les dates du dépôt des candidatures.",
    };
  }
  return { ok: true, json: JSON.stringify(check.data, null, 2), asksCandidature };
}

function campaignData(form: CampaignForm, parameters: string, asksCandidature: boolean) {
  const ruleSet = getRuleSet(form.ruleSet);
  return {
    kind: ruleSet.campaignKind,
    ruleSet: form.ruleSet,
    year: form.year,
    title: form.title || campaignTitle(ruleSet.campaignKind, form.year),
    observationDate:
      form.observationDate ??
      new Date(`${defaultObservationDate(form.ruleSet, form.year)}T00:00:00Z`),
    candidatureStart: asksCandidature ? form.candidatureStart : null,
    candidatureEnd: asksCandidature ? form.candidatureEnd : null,
    opinionStart: form.opinionStart,
    opinionEnd: form.opinionEnd,
    parameters,
  };
}

/**
 * Creates the campaign in each chosen département of the gestionnaire's scope (each DASEN
 * publishes their own tableau), all or none; with a single département, that one. Each gets
 * its own parameters: the remainder carried over is its département's.
 */
export async function createCampaignFromForm(
  db: Db,
  actor: Actor,
  form: CampaignForm,
  departementIds: readonly string[] = [],
): Promise<AdminResult> {
  if (actor.role !== "GESTIONNAIRE") return { ok: false, message: "Réservé aux gestionnaires." };
  const chosen = departementIds.length
    ? [...new Set(departementIds)]
    : actor.departementIds.length === 1
      ? actor.departementIds
      : [];
  if (chosen.length === 0)
    return { ok: false, field: "departementIds", message: "Choisissez au moins un département." };
  if (chosen.some((id) => !actor.departementIds.includes(id)))
    return { ok: false, field: "departementIds", message: "Vous ne gérez pas ce département." };
  const departements = await db.departement.findMany({
    where: { id: { in: chosen } },
    orderBy: { code: "asc" },
  });
  const planned: {
    departement: (typeof departements)[number];
    data: ReturnType<typeof campaignData>;
  }[] = [];
  for (const departement of departements) {
    const parameters = await parametersFrom(db, form, departement.id);
    if (!parameters.ok)
      return { ok: false, field: parameters.field ?? "parameters", message: parameters.message };
    const data = campaignData(form, parameters.json, parameters.asksCandidature);
    if (
      await db.campaign.count({
        where: { departementId: departement.id, kind: data.kind, year: data.year },
      })
    ) {
      const where = departements.length > 1 ? ` en ${departement.name}` : "";
      return {
        ok: false,
        field: "year",
        message: `Une campagne « ${CAMPAIGN_TITLES[data.kind]} » existe déjà pour ${data.year}${where}.`,
      };
    }
    planned.push({ departement, data });
  }
  const created = await db.$transaction(async (tx) => {
    const ids: string[] = [];
    for (const { departement, data } of planned) {
      const campaign = await tx.campaign.create({
        data: { ...data, departementId: departement.id },
      });
      await writeAudit(tx, {
        actorId: actor.id,
        action: "campaign.create",
        entity: "Campaign",
        entityId: campaign.id,
        departementId: departement.id,
        after: { ...data, departement: departement.code },
      });
      ids.push(campaign.id);
    }
    return ids;
  });
  for (const id of created)
    await renewOpinions(db, await db.campaign.findUniqueOrThrow({ where: { id } }), actor.id);
  return { ok: true, id: created[0]!, ...(created.length > 1 ? { ids: created } : {}) };
}

export async function updateCampaignFromForm(
  db: Db,
  actor: Actor,
  id: string,
  form: CampaignForm,
  entries: Record<string, string> = {},
): Promise<AdminResult> {
  if (actor.role !== "GESTIONNAIRE") return { ok: false, message: "Réservé aux gestionnaires." };
  const before = await campaignInScope(db, actor, id);
  if (!before) return { ok: false, message: "Cette campagne n'existe pas." };
  if (!isEditable(before.status))
    return { ok: false, message: "Une campagne ouverte ne peut plus être modifiée." };
  if (before.ruleSet !== form.ruleSet || before.year !== form.year) {
    return {
      ok: false,
      message:
        "La règle de gestion et l'année d'une campagne ne se modifient pas : créez une autre campagne.",
    };
  }
  const parameters = await parametersFrom(db, form, before.departementId, {
    template: parseParameters(form.ruleSet, before.parameters, before.year),
    entries,
  });
  if (!parameters.ok)
    return {
      ok: false,
      field: parameters.errors ? undefined : (parameters.field ?? "parameters"),
      errors: parameters.errors,
      message: parameters.message,
    };
  const data = campaignData(form, parameters.json, parameters.asksCandidature);
  await db.campaign.update({ where: { id }, data });
  await writeAudit(db, {
    actorId: actor.id,
    action: "campaign.update",
    entity: "Campaign",
    entityId: id,
    before,
    after: data,
  });
  return { ok: true, id, warnings: campaignWarnings(data) };
}

/**
 * The number of promotions notified by the ministry or the rectorat (contingent.notified),
 * which overrides the computed one. It often arrives while the campaign runs, so it may be
 * entered until publication; null goes back to the computed number. A tableau computed
 * before must then be computed again (its staleness reads this audit entry).
 */
export async function setNotifiedContingent(
  db: Db,
  actor: Actor,
  id: string,
  notified: number | null,
): Promise<AdminResult> {
  if (actor.role !== "GESTIONNAIRE") return { ok: false, message: "Réservé aux gestionnaires." };
  const campaign = await campaignInScope(db, actor, id);
  if (!campaign) return { ok: false, message: "Cette campagne n'existe pas." };
  if (!acceptsNotifiedContingent(campaign.status))
    return {
      ok: false,
      message:
        campaign.status === "PUBLIEE"
          ? "Les résultats sont publiés : le contingent ne change plus."
          : "Une campagne en préparation se modifie par le formulaire de ses paramètres.",
    };
  const ruleSet = campaign.ruleSet as RuleSetId;
  const parameters = parseParameters(ruleSet, campaign.parameters, campaign.year) as {
    contingent: { notified: number | null };
  };
  const before = parameters.contingent.notified;
  if (before === notified) return { ok: true, id };
  const check = validateParameters(
    ruleSet,
    { ...parameters, contingent: { ...parameters.contingent, notified } },
    campaign.year,
  );
  if (!check.success) return { ok: false, field: "notified", message: check.errors.join(" ; ") };
  // Conditional on what was read: a publication or another change in between wins, and the
  // audit entry the tableau's staleness reads is written with the change or not at all.
  const written = await db.$transaction(async (tx) => {
    const { count } = await tx.campaign.updateMany({
      where: { id, status: campaign.status, parameters: campaign.parameters },
      data: { parameters: JSON.stringify(check.data, null, 2) },
    });
    if (count === 0) return false;
    await writeAudit(tx, {
      actorId: actor.id,
      action: NOTIFIED_CONTINGENT_AUDIT,
      entity: "Campaign",
      entityId: id,
      before: { notified: before },
      after: { notified },
      departementId: campaign.departementId,
    });
    return true;
  });
  if (!written)
    return {
      ok: false,
      message: "La campagne a changé entre-temps : rechargez la page et saisissez de nouveau.",
    };
  return { ok: true, id };
}

export interface TransitionOptions {
  /** Closing before the end of a window was confirmed with its consequences shown. */
  confirmEarly?: boolean;
  /** Why the caps on the best appréciations are passed; recorded in the audit. */
  capsReason?: string | null;
}

/**
 * Opens, closes or publishes; closing issues the accusés de réception at once. Closing
 * early and publishing past the caps need an explicit confirmation; publishing needs
 * every appréciation decided and a tableau computed after the last change of its data.
 */
export async function transitionCampaign(
  db: Db,
  actor: Actor,
  id: string,
  transition: CampaignTransition,
  now = new Date(),
  options: TransitionOptions = {},
): Promise<AdminResult> {
  if (actor.role !== "GESTIONNAIRE") return { ok: false, message: "Réservé aux gestionnaires." };
  const campaign = await campaignInScope(db, actor, id);
  if (!campaign) return { ok: false, message: "Cette campagne n'existe pas." };
  const check = checkTransition(campaign.status, transition);
  if (!check.ok) return check;
  const audit: Record<string, unknown> = {};
  if (transition === "clore") {
    const readiness = await closingReadiness(db, campaign, now);
    if (readiness.early.length && !options.confirmEarly) {
      return {
        ok: false,
        field: "confirmEarly",
        message: `Clôture anticipée : ${readiness.early.map((w) => `${w.label} court jusqu'au ${formatCalendarDate(w.end)}`).join(" et ")}. Confirmez la clôture anticipée pour continuer.`,
      };
    }
    if (readiness.early.length)
      audit.early = readiness.early.map((w) => ({ window: w.label, plannedEnd: w.end }));
    if (readiness.missingAvis) audit.missingAvis = readiness.missingAvis;
  }
  if (transition === "publier") {
    const readiness = await publicationReadiness(db, campaign);
    const decision = checkPublication(readiness, options);
    if (!decision.ok) return decision;
    const exceeded = readiness.appreciations?.caps.filter((c) => c.exceeded) ?? [];
    if (exceeded.length)
      audit.capsExceeded = { caps: exceeded, reason: options.capsReason?.trim() };
  }
  const stamp = {
    ouvrir: { openedAt: now },
    clore: { closedAt: now },
    publier: { publishedAt: now },
  }[transition];
  const applied = await db.$transaction(async (tx) => {
    // The status in the where clause makes two concurrent clicks apply the transition once.
    const { count } = await tx.campaign.updateMany({
      where: { id, status: campaign.status },
      data: { status: check.to, ...stamp },
    });
    if (count === 0) return false;
    await writeAudit(tx, {
      actorId: actor.id,
      action: `campaign.${transition}`,
      entity: "Campaign",
      entityId: id,
      before: { status: campaign.status },
      after: { status: check.to, ...audit },
    });
    if (transition === "publier") {
      // Every agent examined learns that their result is there, with the publication.
      const examined = await tx.promotionResult.findMany({
        where: { campaignId: id },
        select: { agentId: true },
      });
      await notifyAgents(
        tx,
        examined.map((r) => r.agentId),
        { kind: "resultats.publies", campaignTitle: campaign.title, campaignId: id },
      );
    }
    return true;
  });
  if (!applied)
    return {
      ok: false,
      message: "La campagne vient d'être modifiée par ailleurs : rechargez la page.",
    };
  if (transition === "clore" && campaign.candidatureStart) await issueReceipts(db, id, now);
  // Avis published since the creation of this campaign (previous one published late) are renewed too.
  if (transition === "ouvrir") await renewOpinions(db, campaign, actor.id);
  // Published after the next campaign was created: its avis reach that campaign now.
  if (transition === "publier") await renewOpinionsAfterPublication(db, campaign, actor.id);
  return { ok: true, id };
}

/** A campaign still in preparation may be deleted: nobody has seen it, nothing hangs on it. */
export async function deleteDraftCampaign(db: Db, actor: Actor, id: string): Promise<AdminResult> {
  if (actor.role !== "GESTIONNAIRE") return { ok: false, message: "Réservé aux gestionnaires." };
  return db.$transaction(async (tx) => {
    const campaign = await campaignInScope(tx, actor, id);
    if (!campaign) return { ok: false, message: "Cette campagne n'existe pas." };
    if (campaign.status !== "BROUILLON")
      return { ok: false, message: "Seule une campagne en préparation peut être supprimée." };
    const [candidatures, opinions, appreciations, results] = await Promise.all([
      tx.candidature.count({ where: { campaignId: id } }),
      tx.opinion.count({ where: { campaignId: id } }),
      tx.appreciation.count({ where: { campaignId: id } }),
      tx.promotionResult.count({ where: { campaignId: id } }),
    ]);
    if (candidatures + opinions + appreciations + results > 0)
      return {
        ok: false,
        message:
          "Cette campagne a déjà des candidatures, avis ou résultats : elle ne peut pas être supprimée.",
      };
    // The status in the where clause: an opening in between wins over the deletion.
    const { count } = await tx.campaign.deleteMany({ where: { id, status: "BROUILLON" } });
    if (count === 0)
      return {
        ok: false,
        message: "La campagne vient d'être modifiée par ailleurs : rechargez la page.",
      };
    await writeAudit(tx, {
      actorId: actor.id,
      action: "campaign.delete",
      entity: "Campaign",
      entityId: id,
      before: campaign,
    });
    return { ok: true, id };
  });
}
