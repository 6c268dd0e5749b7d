"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { authedAction, typedValues } from "@/lib/actions/safe-action";
import { toActionState } from "@/lib/actions/result";
import { correctionDecisionSchema, functionReviewSchema } from "@/lib/dossier/review";
import { reviewFunction, treatCorrection } from "@/lib/dossier/commands";

export const reviewFunctionAction = authedAction(
  { roles: ["GESTIONNAIRE"], schema: functionReviewSchema },
  async (input, user) => {
    const result = await reviewFunction(user, input);
    if (!result.ok) return toActionState(result);
    revalidatePath("/gestion/fonctions");
    // The reviewed entry leaves the queue: say what happened through the URL.
    redirect(`/gestion/fonctions?fait=${input.decision}`);
  },
);

export const treatCorrectionAction = authedAction(
  { roles: ["GESTIONNAIRE"], schema: correctionDecisionSchema },
  async (input, user, formData) => {
    const result = await treatCorrection(user, input);
    if (!result.ok) return toActionState(result, { values: typedValues(formData) });
    revalidatePath("/gestion/signalements", "layout");
    redirect(
      `/gestion/signalements/${input.id}?traite=${input.decision === "ACCEPTEE" ? "accepte" : "rejete"}`,
    );
  },
);
