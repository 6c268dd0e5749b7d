"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { prisma } from "@/lib/db";
import { authedAction, typedValues, type ActionState } from "@/lib/actions/safe-action";
import { campaignFormSchema, createCampaignFromForm, transitionCampaign, updateCampaignFromForm, type AdminResult } from "@/lib/campaigns/admin";

function failure(result: Extract<AdminResult, { ok: false }>, values?: Record<string, string>): ActionState {
  return { ok: false, message: result.message, errors: result.field ? { [result.field]: [result.message] } : undefined, values };
}

export const createCampaignAction = authedAction({ roles: ["GESTIONNAIRE"], schema: campaignFormSchema }, async (input, user, formData) => {
  const result = await createCampaignFromForm(prisma, user, input);
  if (!result.ok) return failure(result, typedValues(formData));
  revalidatePath("/gestion/campagnes");
  redirect(`/gestion/campagnes/${result.id}?cree=1`);
});

export const updateCampaignAction = authedAction(
  { roles: ["GESTIONNAIRE"], schema: campaignFormSchema.and(z.object({ id: z.string().min(1).max(40) })) },
  async (input, user) => {
    const result = await updateCampaignFromForm(prisma, user, input.id, input);
    if (!result.ok) return failure(result);
    revalidatePath(`/gestion/campagnes/${input.id}`);
    return { ok: true, message: "Campagne enregistrée." };
  },
);

export const transitionCampaignAction = authedAction(
  { roles: ["GESTIONNAIRE"], schema: z.object({ id: z.string().min(1).max(40), transition: z.enum(["ouvrir", "clore", "publier"]) }) },
  async (input, user) => {
    const result = await transitionCampaign(prisma, user, input.id, input.transition);
    if (!result.ok) return failure(result);
    revalidatePath("/gestion/campagnes", "layout");
    // The page's buttons change with the new state: say what happened through the URL.
    redirect(`/gestion/campagnes/${input.id}?fait=${input.transition}`);
  },
);
