"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { newPasswordSchema } from "@/lib/auth/account";
import { resetPassword } from "@/lib/auth/commands";
import { validatedAction } from "@/lib/actions/safe-action";

export const resetPasswordAction = validatedAction(
  z
    .object({ token: z.string().min(10).max(200), next: newPasswordSchema, confirm: z.string() })
    .refine((v) => v.next === v.confirm, {
      message: "Les deux saisies du nouveau mot de passe diffèrent.",
      path: ["confirm"],
    }),
  async (input) => {
    const result = await resetPassword(input.token, input.next);
    if (!result.ok) return { ok: false, message: result.message };
    redirect("/connexion?reinitialise=1");
  },
);
