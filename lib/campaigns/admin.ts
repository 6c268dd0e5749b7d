import { z } from "zod";
import type { Db } from "@/lib/db";
import { writeAudit } from "@/lib/audit";
import type { Actor } from "@/lib/auth/permissions";
import { getRuleSet, RULE_SET_IDS, validateParameters, defaultObservationDate } from "@/lib/rules";
import type { CampaignKindCode, RuleSetId } from "@/lib/rules/types";
import { parseIsoDate } from "@/lib/format";
import { checkTransition, isEditable, type CampaignTransition } from "./state-machine";
import { issueReceipts } from "./receipts";
import { previousRemainder } from "./contingent";
import { renewOpinions, renewOpinionsAfterPublication } from "@/lib/opinions/renewal";

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
    ruleSet: z.enum(RULE_SET_IDS as [RuleSetId, ...RuleSetId[]], { error: "Choisissez une règle de gestion." }),
    year: z.coerce.number({ error: "Année invalide." }).int("Année invalide.").min(2017, "Année entre 2017 et 2100.").max(2100, "Année entre 2017 et 2100."),
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
      if ((s && !e) || (!s && e)) ctx.addIssue({ code: "custom", path: [end], message: `Indiquez le début et la fin de la période ${label}.` });
      if (s && e && e < s) ctx.addIssue({ code: "custom", path: [end], message: `La fin de la période ${label} précède son début.` });
    }
  });

export type CampaignForm = z.infer<typeof campaignFormSchema>;
export type AdminResult = { ok: true; id: string } | { ok: false; message: string; field?: string };

type ParametersOutcome = { ok: true; json: string; asksCandidature: boolean } | { ok: false; message: string; field?: string };

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/**
 * The form's parameters, validated. When they leave contingent.previousRemainder out and the
 * rule set carries the decimal part over, it is prefilled from the previous campaign of the
 * same kind (décret 2005-1090, art. 2).
 */
async function parametersFrom(db: Db, form: CampaignForm): Promise<ParametersOutcome> {
  let value: unknown = {};
  if (form.parameters?.trim()) {
    try {
      value = JSON.parse(form.parameters);
    } catch {
      return { ok: false, message: "Les paramètres ne sont pas un JSON valide." };
    }
  }
  const check = validateParameters(form.ruleSet, value, form.year);
  if (!check.success) return { ok: false, message: `Paramètres invalides : ${check.errors.join(" ; ")}` };
  const data = check.data as { contingent: { carryOverRemainder: boolean; previousRemainder: number } };
  const given = isObject(value) && isObject(value.contingent) && "previousRemainder" in value.contingent;
  if (data.contingent.carryOverRemainder && !given) {
    const previous = await previousRemainder(db, { kind: getRuleSet(form.ruleSet).campaignKind, ruleSet: form.ruleSet, year: form.year });
    if (previous?.remainder != null) data.contingent.previousRemainder = previous.remainder;
  }
  const ruleSet = getRuleSet(form.ruleSet) as { requiresCandidature(p: unknown): boolean };
  const asksCandidature = ruleSet.requiresCandidature(check.data);
  if (asksCandidature && (!form.candidatureStart || !form.candidatureEnd)) {
    return { ok: false, field: "candidatureStart", message: "Cette campagne demande une période de dépôt des candidatures." };
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
    observationDate: form.observationDate ?? new Date(`${defaultObservationDate(form.ruleSet, form.year)}T00:00:00Z`),
    candidatureStart: asksCandidature ? form.candidatureStart : null,
    candidatureEnd: asksCandidature ? form.candidatureEnd : null,
    opinionStart: form.opinionStart,
    opinionEnd: form.opinionEnd,
    parameters,
  };
}

export async function createCampaignFromForm(db: Db, actor: Actor, form: CampaignForm): Promise<AdminResult> {
  if (actor.role !== "GESTIONNAIRE") return { ok: false, message: "Réservé aux gestionnaires." };
  const parameters = await parametersFrom(db, form);
  if (!parameters.ok) return { ok: false, field: parameters.field ?? "parameters", message: parameters.message };
  const data = campaignData(form, parameters.json, parameters.asksCandidature);
  if (await db.campaign.count({ where: { kind: data.kind, year: data.year } })) {
    return { ok: false, field: "year", message: `Une campagne « ${CAMPAIGN_TITLES[data.kind]} » existe déjà pour ${data.year}.` };
  }
  const campaign = await db.campaign.create({ data });
  await writeAudit(db, { actorId: actor.id, action: "campaign.create", entity: "Campaign", entityId: campaign.id, after: data });
  await renewOpinions(db, campaign, actor.id);
  return { ok: true, id: campaign.id };
}

export async function updateCampaignFromForm(db: Db, actor: Actor, id: string, form: CampaignForm): Promise<AdminResult> {
  if (actor.role !== "GESTIONNAIRE") return { ok: false, message: "Réservé aux gestionnaires." };
  const before = await db.campaign.findUnique({ where: { id } });
  if (!before) return { ok: false, message: "Cette campagne n'existe pas." };
  if (!isEditable(before.status)) return { ok: false, message: "Une campagne ouverte ne peut plus être modifiée." };
  if (before.ruleSet !== form.ruleSet || before.year !== form.year) {
    return { ok: false, message: "La règle de gestion et l'année d'une campagne ne se modifient pas : créez une autre campagne." };
  }
  const parameters = await parametersFrom(db, form);
  if (!parameters.ok) return { ok: false, field: parameters.field ?? "parameters", message: parameters.message };
  const data = campaignData(form, parameters.json, parameters.asksCandidature);
  await db.campaign.update({ where: { id }, data });
  await writeAudit(db, { actorId: actor.id, action: "campaign.update", entity: "Campaign", entityId: id, before, after: data });
  return { ok: true, id };
}

/** Opens, closes or publishes; closing issues the accusés de réception at once. */
export async function transitionCampaign(db: Db, actor: Actor, id: string, transition: CampaignTransition, now = new Date()): Promise<AdminResult> {
  if (actor.role !== "GESTIONNAIRE") return { ok: false, message: "Réservé aux gestionnaires." };
  const campaign = await db.campaign.findUnique({ where: { id } });
  if (!campaign) return { ok: false, message: "Cette campagne n'existe pas." };
  const check = checkTransition(campaign.status, transition);
  if (!check.ok) return check;
  if (transition === "publier" && (await db.promotionResult.count({ where: { campaignId: id } })) === 0) {
    return { ok: false, message: "Calculez et vérifiez le tableau d'avancement avant de publier." };
  }
  const stamp = { ouvrir: { openedAt: now }, clore: { closedAt: now }, publier: { publishedAt: now } }[transition];
  // The status in the where clause makes two concurrent clicks apply the transition once.
  const { count } = await db.campaign.updateMany({ where: { id, status: campaign.status }, data: { status: check.to, ...stamp } });
  if (count === 0) return { ok: false, message: "La campagne vient d'être modifiée par ailleurs : rechargez la page." };
  await writeAudit(db, { actorId: actor.id, action: `campaign.${transition}`, entity: "Campaign", entityId: id, before: { status: campaign.status }, after: { status: check.to } });
  if (transition === "clore" && campaign.candidatureStart) await issueReceipts(db, id, now);
  // Avis published since the creation of this campaign (previous one published late) are renewed too.
  if (transition === "ouvrir") await renewOpinions(db, campaign, actor.id);
  // Published after the next campaign was created: its avis reach that campaign now.
  if (transition === "publier") await renewOpinionsAfterPublication(db, campaign, actor.id);
  return { ok: true, id };
}
