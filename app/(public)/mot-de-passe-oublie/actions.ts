"use server";

import { z } from "zod";
import { prisma } from "@/lib/db";
import { requestPasswordReset, RESET_TOKEN_MINUTES } from "@/lib/auth/recovery";
import { validatedAction } from "@/lib/actions/safe-action";
import { clientIp } from "@/lib/auth/client-ip";
import { consume, LIMITS, TOO_MANY } from "@/lib/auth/rate-limit";
import { requiredText } from "@/lib/validation/fields";

export const requestReset = validatedAction(z.object({ identifiant: requiredText("Identifiant", 64) }), async (input) => {
  const allowed =
    (await consume(prisma, `reset-ip:${await clientIp()}`, LIMITS.resetPerIp)) &&
    (await consume(prisma, `reset-id:${input.identifiant.toLowerCase()}`, LIMITS.resetPerIdentifiant));
  if (!allowed) return { ok: false, message: TOO_MANY };
  await requestPasswordReset(prisma, input.identifiant);
  // Same answer whether the account exists or not.
  return {
    ok: true,
    message: `Si ce compte existe, un lien de réinitialisation valable ${RESET_TOKEN_MINUTES} minutes vient d'être envoyé à son adresse de messagerie académique.`,
  };
});
