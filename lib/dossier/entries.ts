import { z } from "zod";
import { FUNCTION_KIND_CODES } from "@/lib/rules/function-kinds";
import { isoDate, requiredText } from "@/lib/validation/fields";
import { DISTINCTION_NAMES, DISTINCTION_RANKS, QUALIFICATION_KINDS, type EntryKind } from "./vocabulary";

export { ENTRY_KINDS, type EntryKind } from "./vocabulary";

// The dossier entries a teacher completes ("Compléter votre dossier"), with the checks of
// their forms. `today` is passed in so that "no date in the future" is testable.

const optionalText = (label: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, `${label} : ${max} caractères au maximum.`)
    .optional()
    .transform((v) => v || null);

const notAfter = (today: Date, label: string) => (date: Date) => date.getTime() <= today.getTime() || `${label} ne peut pas être dans le futur.`;

function pastDate(label: string, today: Date) {
  return isoDate(label).superRefine((date, ctx) => {
    const check = notAfter(today, label)(date);
    if (check !== true) ctx.addIssue({ code: "custom", message: check });
  });
}

function optionalPastDate(label: string, today: Date) {
  return z.union([z.literal("").transform(() => null), pastDate(label, today)]).optional().transform((v) => v ?? null);
}

/** Start/end pair: end date optional (still going on), never before the start. */
function period(today: Date) {
  return z
    .object({ startDate: pastDate("La date de début", today), endDate: optionalPastDate("La date de fin", today) })
    .refine((p) => !p.endDate || p.endDate.getTime() >= p.startDate.getTime(), {
      message: "La date de fin doit être postérieure à la date de début.",
      path: ["endDate"],
    });
}

const EP_SHARE_RANGE = "La part du service en éducation prioritaire est un pourcentage entre 0 et 100.";
export const EP_SHARE_REQUIRED = "Indiquez la part de votre service en éducation prioritaire (en %) : il en faut au moins 50 % pour que la fonction compte.";

/** % of the service in éducation prioritaire (domain.md: at least 50 % for the entry to count); empty: not given. */
export const educationPrioritaireShareField = z.preprocess(
  (v) => (v === "" || v === undefined || v === null ? null : typeof v === "string" ? Number(v.replace(",", ".")) : v),
  z.number({ error: EP_SHARE_RANGE }).min(0, EP_SHARE_RANGE).max(100, EP_SHARE_RANGE).nullable(),
);

export function entrySchemas(today: Date) {
  return {
    qualification: z.object({
      kind: z.enum(QUALIFICATION_KINDS, { error: "Choisissez le type : diplôme, certification ou compétence." }),
      title: requiredText("L'intitulé", 200),
      obtainedAt: optionalPastDate("La date d'obtention", today),
      details: optionalText("Les précisions", 1000),
    }),
    activite: z
      .object({ title: requiredText("L'intitulé", 200), description: optionalText("La description", 2000) })
      .and(period(today)),
    fonction: z
      .object({
        kind: z.enum(FUNCTION_KIND_CODES, { error: "Choisissez la fonction ou mission dans la liste." }),
        label: optionalText("Les précisions", 200),
        educationPrioritaireShare: educationPrioritaireShareField,
      })
      .superRefine((v, ctx) => {
        if (v.kind === "EDUCATION_PRIORITAIRE" && v.educationPrioritaireShare === null) {
          ctx.addIssue({ code: "custom", path: ["educationPrioritaireShare"], message: EP_SHARE_REQUIRED });
        }
      })
      // The share only means something for éducation prioritaire.
      .transform((v) => ({ ...v, educationPrioritaireShare: v.kind === "EDUCATION_PRIORITAIRE" ? v.educationPrioritaireShare : null }))
      .and(period(today)),
    distinction: z.object({
      name: z.enum(DISTINCTION_NAMES, { error: "Choisissez la distinction dans la liste." }),
      rank: z
        .union([z.literal(""), z.enum(DISTINCTION_RANKS)])
        .optional()
        .transform((v) => v || null),
      date: pastDate("La date", today),
    }),
  };
}

export type EntryInput<K extends EntryKind> = z.infer<ReturnType<typeof entrySchemas>[K]>;
