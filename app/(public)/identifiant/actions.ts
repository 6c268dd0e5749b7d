"use server";

import { z } from "zod";
import { consumeLookup } from "@/lib/auth/commands";
import { findIdentifiant } from "@/lib/auth/queries";
import { typedValues, validatedAction } from "@/lib/actions/safe-action";
import { clientIp } from "@/lib/auth/client-ip";
import { TOO_MANY } from "@/lib/auth/rate-limit";
import { isoDate, numenField, requiredText } from "@/lib/validation/fields";

export const lookupIdentifiant = validatedAction(
  z.object({
    nom: requiredText("Nom", 80),
    prenom: requiredText("Prénom", 80),
    birthDate: isoDate("Date de naissance"),
    numen: numenField,
  }),
  async (input, formData) => {
    // Every refusal sends the typed values back: the form keeps them.
    const values = typedValues(formData);
    if (!(await consumeLookup(await clientIp()))) return { ok: false, message: TOO_MANY, values };
    const identifiant = await findIdentifiant(input);
    if (!identifiant) {
      return {
        ok: false,
        message:
          "Aucun compte ne correspond à ces informations. Vérifiez votre saisie ou contactez votre gestionnaire.",
        values,
      };
    }
    return { ok: true, message: `Votre identifiant est : ${identifiant}` };
  },
);
