"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { authedAction } from "@/lib/actions/safe-action";
import { cancelCandidature, submitCandidature } from "@/lib/campaigns/commands";
import { toActionState } from "@/lib/actions/result";
import { cancelledMessage } from "@/lib/campaigns/candidature-history";

const campaignRef = z.object({ campaignId: z.string().min(1).max(40) });

export const submitCandidatureAction = authedAction(
  { roles: ["ENSEIGNANT"], schema: campaignRef },
  async ({ campaignId }, user) => {
    const result = await submitCandidature(user, campaignId);
    if (!result.ok) return toActionState(result);
    revalidatePath(`/siap/${campaignId}`, "layout");
    return { ok: true, message: "Votre demande de candidature a bien été enregistrée." };
  },
);

export const cancelCandidatureAction = authedAction(
  { roles: ["ENSEIGNANT"], schema: campaignRef },
  async ({ campaignId }, user) => {
    const result = await cancelCandidature(user, campaignId);
    if (!result.ok) return toActionState(result);
    revalidatePath(`/siap/${campaignId}`, "layout");
    return { ok: true, message: cancelledMessage(result.at ?? new Date()) };
  },
);
