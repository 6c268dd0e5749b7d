"use server";

import { z } from "zod";
import { prisma } from "@/lib/db";
import { findIdentifiant } from "@/lib/auth/recovery";
import { validatedAction } from "@/lib/actions/safe-action";
import { isoDate, numenField, requiredText } from "@/lib/validation/fields";

export const lookupIdentifiant = validatedAction(
  z.object({
    nom: requiredText("Nom", 80),
    prenom: requiredText("Prénom", 80),
    birthDate: isoDate("Date de naissance"),
    numen: numenField,
  }),
  async (input) => {
    const identifiant = await findIdentifiant(prisma, input);
    if (!identifiant) {
      return {
        ok: false,
        message: "Aucun compte ne correspond à ces informations. Vérifiez votre saisie ou contactez votre gestionnaire.",
      };
    }
    return { ok: true, message: `Votre identifiant est : ${identifiant}` };
  },
);
