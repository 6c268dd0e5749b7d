import { z } from "zod";
import type { Db } from "@/lib/db";
import { writeAudit } from "@/lib/audit";
import type { Actor } from "@/lib/auth/permissions";
import type { CheckedDocument } from "./documents";
import { storeDocument, type MutationResult } from "./mutations";
import { fitsQuota, QUOTA_MESSAGE } from "./documents";

// "Signaler une erreur": the teacher cannot edit administrative data (Situation de
// carrière, Affectations) but reports an error with a pièce justificative; the
// administration accepts (and corrects) or rejects with a reason.
export const CORRECTION_SECTIONS = {
  SITUATION: "Situation de carrière",
  AFFECTATIONS: "Affectations",
} as const;
export const CORRECTION_STATUS_LABELS = {
  EN_ATTENTE: "En attente de traitement",
  ACCEPTEE: "Acceptée",
  REJETEE: "Rejetée",
} as const;

export const correctionSchema = z.object({
  section: z.enum(["SITUATION", "AFFECTATIONS"], { error: "Précisez l'onglet concerné." }),
  targetId: z
    .string()
    .max(40)
    .optional()
    .transform((v) => v || null),
  description: z
    .string()
    .trim()
    .min(10, "Décrivez l'erreur en quelques mots (10 caractères au moins).")
    .max(2000, "La description : 2000 caractères au maximum."),
});

export async function reportError(
  db: Db,
  actor: Actor,
  input: z.infer<typeof correctionSchema>,
  proof: CheckedDocument,
): Promise<MutationResult> {
  // Only the teacher reports on their own dossier.
  if (actor.role !== "ENSEIGNANT" || !actor.agentId)
    return { ok: false, message: "Vous n'avez pas accès à ce dossier." };
  if (!proof.ok) return { ok: false, field: "proof", message: proof.message };
  const agentId = actor.agentId;
  return db.$transaction(async (tx) => {
    if (input.targetId) {
      const target = await tx.affectation.findFirst({
        where: { id: input.targetId, agentId },
        select: { id: true },
      });
      if (!target)
        return {
          ok: false,
          field: "targetId",
          message: "Choisissez une affectation de votre dossier.",
        };
    }
    if (!(await fitsQuota(tx, agentId, proof.size)))
      return { ok: false, field: "proof", message: QUOTA_MESSAGE };
    const document = await storeDocument(tx, actor, agentId, proof);
    const request = await tx.correctionRequest.create({
      data: {
        agentId,
        section: input.section,
        targetId: input.targetId,
        description: input.description,
        documentId: document.id,
      },
    });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "dossier.correction.create",
      entity: "CorrectionRequest",
      entityId: request.id,
      after: input,
    });
    return { ok: true, id: request.id };
  });
}
