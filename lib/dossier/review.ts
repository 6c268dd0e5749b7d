import { z } from "zod";
import type { Db } from "@/lib/db";
import { writeAudit } from "@/lib/audit";
import type { Actor } from "@/lib/auth/permissions";
import { isoDate } from "@/lib/validation/fields";
import { educationPrioritaireShareField } from "./entries";
import type { MutationResult } from "./mutations";

// The administration's side of the dossier: checking fonctions et missions against their
// pièce justificative, and treating error reports.

const ONLY_ADMIN: MutationResult = { ok: false, message: "Seul un gestionnaire peut traiter cette demande." };
const optionalDate = (label: string) => z.union([z.literal("").transform(() => null), isoDate(label)]).optional().transform((v) => v ?? null);

export const functionReviewSchema = z
  .object({
    id: z.string().min(1).max(40),
    decision: z.enum(["VALIDEE", "REFUSEE"], { error: "Choisissez : valider ou refuser." }),
    note: z.string().trim().max(1000, "Le motif : 1000 caractères au maximum.").optional().transform((v) => v || null),
    /** Éducation prioritaire: the share checked against the proof (empty: the declared one is kept). */
    educationPrioritaireShare: educationPrioritaireShareField,
  })
  .refine((v) => v.decision === "VALIDEE" || v.note, { message: "Indiquez le motif du refus : il sera affiché à l'agent.", path: ["note"] });

const EP_SHARE_TO_VALIDATE = "Indiquez la part du service en éducation prioritaire (en %) justifiée par la pièce avant de valider.";

export async function reviewFunction(db: Db, actor: Actor, input: z.infer<typeof functionReviewSchema>, now = new Date()): Promise<MutationResult> {
  if (actor.role !== "GESTIONNAIRE") return ONLY_ADMIN;
  return db.$transaction(async (tx) => {
    const before = await tx.functionMission.findUnique({ where: { id: input.id } });
    if (!before) return { ok: false, message: "Cette fonction n'existe plus." };
    // The share of the service in éducation prioritaire is part of what is validated: without
    // it the entry could not count (lib/rules/functions.ts), so it is asked for here.
    const isEp = before.kind === "EDUCATION_PRIORITAIRE";
    const share = isEp ? (input.educationPrioritaireShare ?? before.educationPrioritaireShare) : before.educationPrioritaireShare;
    if (isEp && input.decision === "VALIDEE" && share == null) {
      return { ok: false, field: "educationPrioritaireShare", message: EP_SHARE_TO_VALIDATE };
    }
    const after = {
      status: input.decision,
      reviewNote: input.note,
      reviewedAt: now,
      reviewedById: actor.id,
      ...(isEp && share !== before.educationPrioritaireShare ? { educationPrioritaireShare: share } : {}),
    };
    await tx.functionMission.update({ where: { id: input.id }, data: after });
    await writeAudit(tx, { actorId: actor.id, action: `dossier.fonction.${input.decision === "VALIDEE" ? "validate" : "refuse"}`, entity: "fonction", entityId: input.id, before, after });
    return { ok: true, id: input.id };
  });
}

export const correctionDecisionSchema = z
  .object({
    id: z.string().min(1).max(40),
    decision: z.enum(["ACCEPTEE", "REJETEE"], { error: "Choisissez : accepter ou rejeter." }),
    answer: z.string().trim().max(2000, "La réponse : 2000 caractères au maximum.").optional().transform((v) => v || null),
    // Corrections applied on acceptance (empty: unchanged).
    echelon: z
      .union([z.literal(""), z.coerce.number().int().min(1, "Échelon entre 1 et 11.").max(11, "Échelon entre 1 et 11.")])
      .optional()
      .transform((v) => (v === "" || v === undefined ? null : v)),
    echelonDate: optionalDate("La date d'échelon"),
    startDate: optionalDate("La date de début"),
    endDate: optionalDate("La date de fin"),
    zone: z.union([z.literal(""), z.enum(["HORS_EP", "REP", "REP_PLUS"])]).optional().transform((v) => v || null),
  })
  .refine((v) => v.decision === "ACCEPTEE" || v.answer, { message: "Indiquez le motif du rejet : il sera affiché à l'agent.", path: ["answer"] });

export async function treatCorrection(db: Db, actor: Actor, input: z.infer<typeof correctionDecisionSchema>, now = new Date()): Promise<MutationResult> {
  if (actor.role !== "GESTIONNAIRE") return ONLY_ADMIN;
  return db.$transaction(async (tx) => {
    const request = await tx.correctionRequest.findUnique({ where: { id: input.id } });
    if (!request) return { ok: false, message: "Ce signalement n'existe plus." };
    if (request.status !== "EN_ATTENTE") return { ok: false, message: "Ce signalement a déjà été traité." };
    if (input.decision === "ACCEPTEE") {
      if (request.section === "SITUATION" && (input.echelon !== null || input.echelonDate)) {
        const before = await tx.agent.findUniqueOrThrow({ where: { id: request.agentId }, select: { echelon: true, echelonDate: true } });
        const data = { ...(input.echelon !== null ? { echelon: input.echelon } : {}), ...(input.echelonDate ? { echelonDate: input.echelonDate } : {}) };
        await tx.agent.update({ where: { id: request.agentId }, data });
        await writeAudit(tx, { actorId: actor.id, action: "dossier.situation.correct", entity: "Agent", entityId: request.agentId, before, after: data });
      }
      if (request.section === "AFFECTATIONS" && request.targetId && (input.startDate || input.endDate || input.zone)) {
        const before = await tx.affectation.findFirst({ where: { id: request.targetId, agentId: request.agentId } });
        if (before) {
          const data = {
            ...(input.startDate ? { startDate: input.startDate } : {}),
            ...(input.endDate ? { endDate: input.endDate } : {}),
            ...(input.zone ? { zone: input.zone } : {}),
          };
          await tx.affectation.update({ where: { id: before.id }, data });
          await writeAudit(tx, { actorId: actor.id, action: "dossier.affectation.correct", entity: "Affectation", entityId: before.id, before, after: data });
        }
      }
    }
    const after = { status: input.decision, answer: input.answer ?? "Votre dossier a été corrigé.", treatedById: actor.id, treatedAt: now };
    await tx.correctionRequest.update({ where: { id: request.id }, data: after });
    await writeAudit(tx, { actorId: actor.id, action: `dossier.correction.${input.decision === "ACCEPTEE" ? "accept" : "reject"}`, entity: "CorrectionRequest", entityId: request.id, before: request, after });
    return { ok: true, id: request.id };
  });
}
