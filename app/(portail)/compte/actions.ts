"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { prisma } from "@/lib/db";
import { changePassword, confirmTotpEnrolment, disableTotp, newPasswordSchema, pinSchema, startTotpEnrolment, type AccountResult } from "@/lib/auth/account";
import { authedAction, type ActionState } from "@/lib/actions/safe-action";

const ALL_ROLES = ["ENSEIGNANT", "INSPECTEUR", "GESTIONNAIRE"] as const;

function toState(result: AccountResult, success: string): ActionState {
  if (result.ok) return { ok: true, message: success };
  return { ok: false, message: result.message, errors: result.field ? { [result.field]: [result.message] } : undefined };
}

export const changePasswordAction = authedAction(
  {
    roles: ALL_ROLES,
    schema: z
      .object({
        current: z.string().min(1, "Saisissez votre mot de passe actuel."),
        next: newPasswordSchema,
        confirm: z.string(),
      })
      .refine((v) => v.next === v.confirm, { message: "Les deux saisies du nouveau mot de passe diffèrent.", path: ["confirm"] }),
  },
  async (input, user) => {
    const result = await changePassword(prisma, user.id, input);
    revalidatePath("/", "layout");
    return toState(result, "Votre mot de passe a été modifié.");
  },
);

export const startTotpAction = authedAction({ roles: ALL_ROLES, schema: z.object({}) }, async (_input, user) => {
  await startTotpEnrolment(prisma, user.id);
  revalidatePath("/compte/securite");
  return { ok: true, message: "Scannez le QR code avec votre application ou votre clé, puis confirmez." };
});

export const confirmTotpAction = authedAction(
  {
    roles: ALL_ROLES,
    schema: z.object({
      pin: pinSchema,
      code: z.string().trim().regex(/^\d{6}$/, "Saisissez les 6 chiffres affichés par votre clé."),
    }),
  },
  async (input, user) => {
    const result = await confirmTotpEnrolment(prisma, user.id, input);
    revalidatePath("/compte/securite");
    return toState(result, "Votre clé de sécurité est activée : à votre prochaine connexion, saisissez votre passcode OTP.");
  },
);

export const disableTotpAction = authedAction(
  { roles: ALL_ROLES, schema: z.object({ password: z.string().min(1, "Saisissez votre mot de passe.") }) },
  async (input, user) => {
    const result = await disableTotp(prisma, user.id, input.password);
    revalidatePath("/compte/securite");
    return toState(result, "Votre clé de sécurité est désactivée.");
  },
);
