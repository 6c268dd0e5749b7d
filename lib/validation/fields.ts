import { z } from "zod";
import { parseIsoDate } from "@/lib/format";
import { normalizeNumen, NUMEN_PATTERN } from "@/lib/auth/password";

// Field schemas shared by forms and actions, with messages in French.
export const requiredText = (label: string, max = 200) =>
  z
    .string({ error: `${label} : champ obligatoire.` })
    .trim()
    .min(1, `${label} : champ obligatoire.`)
    .max(max, `${label} : ${max} caractères au maximum.`);

export const isoDate = (label: string) =>
  z
    .string({ error: `${label} : champ obligatoire.` })
    .trim()
    .min(1, `${label} : champ obligatoire.`)
    .transform((text, ctx) => {
      const date = parseIsoDate(text);
      if (!date) {
        ctx.addIssue({
          code: "custom",
          message: `${label} : date invalide (format attendu JJ/MM/AAAA).`,
        });
        return z.NEVER;
      }
      return date;
    });

export const numenField = z
  .string({ error: "NUMEN : champ obligatoire." })
  .transform(normalizeNumen)
  .refine((v) => v.length > 0, "NUMEN : champ obligatoire.")
  .refine((v) => NUMEN_PATTERN.test(v), "Le NUMEN comporte 13 caractères (ex. : 31E1234567ABC).");
