"use server";

import { ALL_ROLES } from "@/lib/auth/permissions";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { newPasswordSchema, pinSchema } from "@/lib/auth/account";
import {
  changePassword,
  confirmTotpEnrolment,
  disableTotp,
  startTotpEnrolment,
} from "@/lib/auth/commands";
import { authedAction } from "@/lib/actions/safe-action";
import { toActionState } from "@/lib/actions/result";

const currentPassword = z
  .string({ error: "Saisissez votre mot de passe actuel." })
  .min(1, "Saisissez votre mot de passe actuel.")
  .max(256);
const currentPasscode = z.string().trim().max(32).optional();

export const changePasswordAction = authedAction(
  {
    roles: ALL_ROLES,
    // The one action open to an account that must change its password first.
    beforePasswordChange: true,
    schema: z
      .object({
        current: currentPassword,
        next: newPasswordSchema,
        confirm: z.string(),
        premiere: z.string().optional(),
      })
      .refine((v) => v.next === v.confirm, {
        message: "Les deux saisies du nouveau mot de passe diffèrent.",
        path: ["confirm"],
      }),
  },
  async (input, user) => {
    const result = await changePassword(user.id, input, { sessionId: user.sessionId });
    revalidatePath("/", "layout");
    if (result.ok && user.passwordChangeRequired) redirect("/accueil?motdepasse=1");
    return toActionState(result, {
      message: "Votre mot de passe a été modifié. Vos autres sessions ouvertes ont été fermées.",
    });
  },
);

export const startTotpAction = authedAction(
  {
    roles: ALL_ROLES,
    schema: z.object({
      password: z.string().max(256).optional().default(""),
      passcode: currentPasscode,
    }),
  },
  async (input, user) => {
    const result = await startTotpEnrolment(user.id, input);
    if (!result.ok) return toActionState(result);
    revalidatePath("/compte/securite");
    return {
      ok: true,
      message: "Scannez le QR code avec votre application ou votre clé, puis confirmez.",
    };
  },
);

export const confirmTotpAction = authedAction(
  {
    roles: ALL_ROLES,
    schema: z.object({
      password: currentPassword,
      pin: pinSchema,
      code: z
        .string()
        .trim()
        .regex(/^\d{6}$/, "Saisissez les 6 chiffres affichés par votre clé."),
    }),
  },
  async (input, user) => {
    const result = await confirmTotpEnrolment(user.id, input);
    // No revalidation here: the page would re-render without the recovery codes, shown once.
    if (!result.ok) return toActionState(result);
    return {
      ok: true,
      message:
        "Votre clé de sécurité est activée : à votre prochaine connexion, saisissez votre passcode OTP.",
      reveal: result.recoveryCodes,
    };
  },
);

export const disableTotpAction = authedAction(
  { roles: ALL_ROLES, schema: z.object({ password: currentPassword, passcode: currentPasscode }) },
  async (input, user) => {
    const result = await disableTotp(user.id, input);
    revalidatePath("/compte/securite");
    return toActionState(result, { message: "Votre clé de sécurité est désactivée." });
  },
);
