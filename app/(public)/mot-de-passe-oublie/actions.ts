"use server";

import { z } from "zod";
import { RESET_TOKEN_MINUTES } from "@/lib/auth/recovery";
import { requestPasswordReset } from "@/lib/auth/commands";
import { validatedAction } from "@/lib/actions/safe-action";
import { clientIp } from "@/lib/auth/client-ip";
import { TOO_MANY } from "@/lib/auth/rate-limit";
import { requiredText } from "@/lib/validation/fields";

export const requestReset = validatedAction(
  z.object({ identifiant: requiredText("Identifiant", 64) }),
  async (input) => {
    if (!(await requestPasswordReset(input.identifiant, { ip: await clientIp() }))) {
      return { ok: false, message: TOO_MANY, values: { identifiant: input.identifiant } };
    }
    // Same answer whether the account exists or not.
    return {
      ok: true,
      message: `Si ce compte existe, un lien de réinitialisation valable ${RESET_TOKEN_MINUTES} minutes vient d'être envoyé à son adresse de messagerie académique. Seul le lien le plus récent fonctionne.`,
    };
  },
);
