"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { prisma } from "@/lib/db";
import { authedAction } from "@/lib/actions/safe-action";
import { correctionDecisionSchema, functionReviewSchema, reviewFunction, treatCorrection } from "@/lib/dossier/review";

export const reviewFunctionAction = authedAction({ roles: ["GESTIONNAIRE"], schema: functionReviewSchema }, async (input, user) => {
  const result = await reviewFunction(prisma, user, input);
  if (!result.ok) return { ok: false, message: result.message };
  // No revalidation: the queue stays put while the administrator works through it.
  return { ok: true, message: input.decision === "VALIDEE" ? "Fonction validée : elle compte désormais pour le 1er vivier." : "Fonction refusée : le motif est affiché à l'agent." };
});

export const treatCorrectionAction = authedAction({ roles: ["GESTIONNAIRE"], schema: correctionDecisionSchema }, async (input, user) => {
  const result = await treatCorrection(prisma, user, input);
  if (!result.ok) return { ok: false, message: result.message };
  revalidatePath("/gestion/signalements", "layout");
  redirect(`/gestion/signalements/${input.id}?traite=${input.decision === "ACCEPTEE" ? "accepte" : "rejete"}`);
});
