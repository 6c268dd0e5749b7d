import { inDepartements } from "@/lib/auth/scope";
import { z } from "zod";
import type { Db } from "@/lib/db";
import { writeAudit } from "@/lib/audit";
import { notifyAgent } from "@/lib/mail/notices";
import type { Actor } from "@/lib/auth/permissions";
import { isoDate } from "@/lib/validation/fields";
import { EARLIEST_YEAR, educationPrioritaireShareField } from "./entries";
import type { MutationResult } from "./mutations";

// The administration's side of the dossier: checking fonctions et missions against their
// pièce justificative, and treating error reports.

const ONLY_ADMIN: MutationResult = {
  ok: false,
  message: "Seul un gestionnaire peut traiter cette demande.",
};
// A corrected date is as plausible as a dossier entry's (no year 1: lib/dossier/entries).
const plausibleDate = (label: string) =>
  isoDate(label).refine(
    (d) => d.getUTCFullYear() >= EARLIEST_YEAR,
    `${label} n'est pas plausible : l'année doit être ${EARLIEST_YEAR} ou après.`,
  );
const optionalDate = (label: string) =>
  z
    .union([z.literal("").transform(() => null), plausibleDate(label)])
    .optional()
    .transform((v) => v ?? null);

export const functionReviewSchema = z
  .object({
    id: z.string().min(1).max(40),
    decision: z.enum(["VALIDEE", "REFUSEE"], { error: "Choisissez : valider ou refuser." }),
    note: z
      .string()
      .trim()
      .max(1000, "Le motif : 1000 caractères au maximum.")
      .optional()
      .transform((v) => v || null),
    /** Éducation prioritaire: the share checked against the proof (empty: the declared one is kept). */
    educationPrioritaireShare: educationPrioritaireShareField,
  })
  .refine((v) => v.decision === "VALIDEE" || v.note, {
    message: "Indiquez le motif du refus : il sera affiché à l'agent.",
    path: ["note"],
  });

const EP_SHARE_TO_VALIDATE =
  "Indiquez la part du service en éducation prioritaire (en %) justifiée par la pièce avant de valider.";

export async function reviewFunction(
  db: Db,
  actor: Actor,
  input: z.infer<typeof functionReviewSchema>,
  now = new Date(),
): Promise<MutationResult> {
  if (actor.role !== "GESTIONNAIRE") return ONLY_ADMIN;
  return db.$transaction(async (tx) => {
    const before = await tx.functionMission.findFirst({
      where: { id: input.id, agent: inDepartements(actor) },
    });
    if (!before) return { ok: false, message: "Cette fonction n'existe plus." };
    // The share of the service in éducation prioritaire is part of what is validated: without
    // it the entry could not count (lib/rules/functions.ts), so it is asked for here.
    const isEp = before.kind === "EDUCATION_PRIORITAIRE";
    const share = isEp
      ? (input.educationPrioritaireShare ?? before.educationPrioritaireShare)
      : before.educationPrioritaireShare;
    if (isEp && input.decision === "VALIDEE" && share == null) {
      return { ok: false, field: "educationPrioritaireShare", message: EP_SHARE_TO_VALIDATE };
    }
    const after = {
      status: input.decision,
      reviewNote: input.note,
      reviewedAt: now,
      reviewedById: actor.id,
      ...(isEp && share !== before.educationPrioritaireShare
        ? { educationPrioritaireShare: share }
        : {}),
    };
    await tx.functionMission.update({ where: { id: input.id }, data: after });
    await writeAudit(tx, {
      actorId: actor.id,
      action: `dossier.fonction.${input.decision === "VALIDEE" ? "validate" : "refuse"}`,
      entity: "fonction",
      entityId: input.id,
      before,
      after,
    });
    await notifyAgent(tx, before.agentId, {
      kind: input.decision === "VALIDEE" ? "fonction.validee" : "fonction.refusee",
      label: before.label,
      note: input.note,
    });
    return { ok: true, id: input.id };
  });
}

/** Positions an agent may be in (domain.md: only activity, détachement and mise à disposition are promouvables). */
export const POSITIONS = [
  "Activité",
  "Détachement",
  "Mise à disposition",
  "Disponibilité",
  "Congé parental",
] as const;
const optionalInt = (label: string, min: number, max: number) =>
  z
    .union([
      z.literal(""),
      z.coerce
        .number({ error: `${label} : nombre entier attendu.` })
        .int(`${label} : nombre entier attendu.`)
        .min(min, `${label} entre ${min} et ${max}.`)
        .max(max, `${label} entre ${min} et ${max}.`),
    ])
    .optional()
    .transform((v) => (v === "" || v === undefined ? null : v));
const optionalId = z
  .string()
  .max(40)
  .optional()
  .transform((v) => v || null);

export const correctionDecisionSchema = z
  .object({
    id: z.string().min(1).max(40),
    decision: z.enum(["ACCEPTEE", "REJETEE"], { error: "Choisissez : accepter ou rejeter." }),
    answer: z
      .string()
      .trim()
      .max(2000, "La réponse : 2000 caractères au maximum.")
      .optional()
      .transform((v) => v || null),
    // Corrections applied on acceptance (empty: unchanged).
    echelon: optionalInt("Échelon", 1, 11),
    echelonDate: optionalDate("La date d'échelon"),
    // Any step of the career history: its date corrected, or a missing step added.
    careerEventId: optionalId,
    careerEventDate: optionalDate("La date de l'étape"),
    newStepGrade: z
      .union([z.literal(""), z.enum(["CN", "HC", "CE"])])
      .optional()
      .transform((v) => v || null),
    newStepEchelon: optionalInt("Échelon de l'étape ajoutée", 1, 11),
    newStepDate: optionalDate("La date de l'étape ajoutée"),
    position: z
      .union([
        z.literal(""),
        z.enum(POSITIONS, { error: "Choisissez une position dans la liste." }),
      ])
      .optional()
      .transform((v) => v || null),
    quotite: optionalInt("La quotité", 10, 100),
    startDate: optionalDate("La date de début"),
    endDate: optionalDate("La date de fin"),
    zone: z
      .union([z.literal(""), z.enum(["HORS_EP", "REP", "REP_PLUS"])])
      .optional()
      .transform((v) => v || null),
    affectationQuotite: optionalInt("La quotité de l'affectation", 10, 100),
  })
  .refine((v) => v.decision === "ACCEPTEE" || v.answer, {
    message: "Indiquez le motif du rejet : il sera affiché à l'agent.",
    path: ["answer"],
  })
  .refine((v) => !v.careerEventId || v.careerEventDate, {
    message: "Indiquez la date corrigée de l'étape choisie.",
    path: ["careerEventDate"],
  })
  .refine(
    (v) =>
      [v.newStepGrade, v.newStepEchelon, v.newStepDate].every((x) => x === null) ||
      [v.newStepGrade, v.newStepEchelon, v.newStepDate].every((x) => x !== null),
    {
      message: "Pour ajouter une étape, indiquez son grade, son échelon et sa date.",
      path: ["newStepDate"],
    },
  );

type Decision = z.infer<typeof correctionDecisionSchema>;
type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];
const dayFr = (d: Date) => d.toISOString().slice(0, 10).split("-").reverse().join("/");

/** Applies what the gestionnaire entered, each change in the audit trail; returns what changed, in French. */
async function applyCorrections(
  tx: Tx,
  actor: Actor,
  request: { agentId: string; section: string; targetId: string | null; createdAt: Date },
  input: Decision,
): Promise<string[]> {
  const changes: string[] = [];
  const agentId = request.agentId;
  if (request.section === "SITUATION") {
    const before = await tx.agent.findUniqueOrThrow({
      where: { id: agentId },
      select: { grade: true, echelon: true, echelonDate: true, position: true, quotite: true },
    });
    const data: { echelon?: number; echelonDate?: Date; position?: string; quotite?: number } = {};
    if (input.echelon !== null && input.echelon !== before.echelon) data.echelon = input.echelon;
    if (input.echelonDate && input.echelonDate.getTime() !== before.echelonDate.getTime())
      data.echelonDate = input.echelonDate;
    if (input.position && input.position !== before.position) data.position = input.position;
    if (input.quotite !== null && input.quotite !== before.quotite) data.quotite = input.quotite;
    if (Object.keys(data).length) {
      await tx.agent.update({ where: { id: agentId }, data });
      await writeAudit(tx, {
        actorId: actor.id,
        action: "dossier.situation.correct",
        entity: "Agent",
        entityId: agentId,
        before,
        after: data,
      });
      if (data.echelon !== undefined || data.echelonDate) {
        const echelon = data.echelon ?? before.echelon;
        const date = data.echelonDate ?? before.echelonDate;
        // The history must agree with the current step: correct its line, or add it.
        const line = await tx.careerEvent.findFirst({
          where: { agentId, grade: before.grade, echelon },
        });
        if (line) await tx.careerEvent.update({ where: { id: line.id }, data: { date } });
        else
          await tx.careerEvent.create({
            data: {
              agentId,
              grade: before.grade,
              echelon,
              date,
              nature: `Avancement d'échelon (correction du ${dayFr(new Date())})`,
            },
          });
        changes.push(`${echelon}e échelon depuis le ${dayFr(date)}`);
      }
      if (data.position) changes.push(`position : ${data.position}`);
      if (data.quotite !== undefined) changes.push(`quotité : ${data.quotite} %`);
    }
    if (input.careerEventId && input.careerEventDate) {
      const event = await tx.careerEvent.findFirst({ where: { id: input.careerEventId, agentId } });
      if (!event)
        throw new CorrectionError(
          "careerEventId",
          "Choisissez une étape de la carrière de cet agent.",
        );
      await tx.careerEvent.update({
        where: { id: event.id },
        data: { date: input.careerEventDate },
      });
      await writeAudit(tx, {
        actorId: actor.id,
        action: "dossier.career.correct",
        entity: "CareerEvent",
        entityId: event.id,
        before: event,
        after: { date: input.careerEventDate },
      });
      // The current step's date lives on the agent as well.
      if (event.grade === before.grade && event.echelon === (data.echelon ?? before.echelon))
        await tx.agent.update({
          where: { id: agentId },
          data: { echelonDate: input.careerEventDate },
        });
      changes.push(
        `${event.echelon}e échelon (${event.grade}) atteint le ${dayFr(input.careerEventDate)}`,
      );
    }
    if (input.newStepGrade && input.newStepEchelon !== null && input.newStepDate) {
      const created = await tx.careerEvent.create({
        data: {
          agentId,
          grade: input.newStepGrade,
          echelon: input.newStepEchelon,
          date: input.newStepDate,
          nature: `Avancement d'échelon (ajouté sur signalement du ${dayFr(request.createdAt)})`,
        },
      });
      await writeAudit(tx, {
        actorId: actor.id,
        action: "dossier.career.add",
        entity: "CareerEvent",
        entityId: created.id,
        after: created,
      });
      changes.push(
        `étape ajoutée : ${input.newStepEchelon}e échelon (${input.newStepGrade}) le ${dayFr(input.newStepDate)}`,
      );
    }
  }
  if (
    request.section === "AFFECTATIONS" &&
    request.targetId &&
    (input.startDate || input.endDate || input.zone || input.affectationQuotite !== null)
  ) {
    const before = await tx.affectation.findFirst({ where: { id: request.targetId, agentId } });
    if (before) {
      const data = {
        ...(input.startDate ? { startDate: input.startDate } : {}),
        ...(input.endDate ? { endDate: input.endDate } : {}),
        ...(input.zone ? { zone: input.zone } : {}),
        ...(input.affectationQuotite !== null ? { quotite: input.affectationQuotite } : {}),
      };
      await tx.affectation.update({ where: { id: before.id }, data });
      await writeAudit(tx, {
        actorId: actor.id,
        action: "dossier.affectation.correct",
        entity: "Affectation",
        entityId: before.id,
        before,
        after: data,
      });
      changes.push(`affectation ${before.label} corrigée`);
    }
  }
  return changes;
}

class CorrectionError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

export async function treatCorrection(
  db: Db,
  actor: Actor,
  input: Decision,
  now = new Date(),
): Promise<MutationResult> {
  if (actor.role !== "GESTIONNAIRE") return ONLY_ADMIN;
  try {
    return await db.$transaction(async (tx) => {
      const request = await tx.correctionRequest.findFirst({
        where: { id: input.id, agent: inDepartements(actor) },
      });
      if (!request) return { ok: false, message: "Ce signalement n'existe plus." };
      if (request.status !== "EN_ATTENTE")
        return { ok: false, message: "Ce signalement a déjà été traité." };
      const changes =
        input.decision === "ACCEPTEE" ? await applyCorrections(tx, actor, request, input) : [];
      // "Le dossier est corrigé" only when something was: otherwise the agent needs an answer.
      if (input.decision === "ACCEPTEE" && changes.length === 0 && !input.answer) {
        return {
          ok: false,
          field: "answer",
          message:
            "Aucune correction saisie : indiquez la correction à appliquer, ou répondez à l'agent.",
        };
      }
      const answer = input.answer ?? `Votre dossier a été corrigé : ${changes.join(" ; ")}.`;
      const after = {
        status: input.decision,
        answer,
        treatedById: actor.id,
        treatedAt: now,
        changes,
      };
      await tx.correctionRequest.update({
        where: { id: request.id },
        data: { status: after.status, answer, treatedById: actor.id, treatedAt: now },
      });
      await writeAudit(tx, {
        actorId: actor.id,
        action: `dossier.correction.${input.decision === "ACCEPTEE" ? "accept" : "reject"}`,
        entity: "CorrectionRequest",
        entityId: request.id,
        before: request,
        after,
      });
      await notifyAgent(tx, request.agentId, {
        kind: "signalement.traite",
        section: request.section,
        accepted: input.decision === "ACCEPTEE",
        answer,
      });
      return { ok: true, id: request.id };
    });
  } catch (error) {
    if (error instanceof CorrectionError)
      return { ok: false, field: error.field, message: error.message };
    throw error;
  }
}
