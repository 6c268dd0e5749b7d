import { z } from "zod";
import { FUNCTION_KIND_CODES } from "@/lib/rules/function-kinds";
import { formatCalendarDate } from "@/lib/format";
import { isoDate, requiredText } from "@/lib/validation/fields";
import {
  DISTINCTION_LEVELS,
  DISTINCTION_NAMES,
  distinctionLevelError,
  OTHER_DISTINCTION,
} from "./distinctions";
import { QUALIFICATION_KINDS, type EntryKind } from "./entry-kinds";

export { ENTRY_KINDS, type EntryKind } from "./entry-kinds";

// The dossier entries a teacher completes ("Compléter votre dossier"), with the checks of
// their forms. `today` is passed in so that "no date in the future" is testable; the
// agent's birth date, so that no date precedes it (a qualification "obtenue le 01/01/0001").

const optionalText = (label: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, `${label} : ${max} caractères au maximum.`)
    .optional()
    .transform((v) => v || null);

/** No dossier date before this year, whatever the birth date says (or when it is unknown). */
export const EARLIEST_YEAR = 1900;

export interface EntryContext {
  /** The agent's birth date (UTC midnight): no entry date may precede it. */
  birthDate?: Date | null;
}

function checkDate(date: Date, label: string, today: Date, context: EntryContext): string | null {
  if (date.getUTCFullYear() < EARLIEST_YEAR)
    return `${label} n'est pas plausible : l'année doit être ${EARLIEST_YEAR} ou après.`;
  if (context.birthDate && date.getTime() < context.birthDate.getTime()) {
    return `${label} ne peut pas précéder la date de naissance (${formatCalendarDate(context.birthDate)}).`;
  }
  if (date.getTime() > today.getTime()) return `${label} ne peut pas être dans le futur.`;
  return null;
}

function pastDate(label: string, today: Date, context: EntryContext) {
  return isoDate(label).superRefine((date, ctx) => {
    const message = checkDate(date, label, today, context);
    if (message) ctx.addIssue({ code: "custom", message });
  });
}

function optionalPastDate(label: string, today: Date, context: EntryContext) {
  return z
    .union([z.literal("").transform(() => null), pastDate(label, today, context)])
    .optional()
    .transform((v) => v ?? null);
}

/** Start/end pair: end date optional (still going on), never before the start. */
function period(today: Date, context: EntryContext) {
  return z
    .object({
      startDate: pastDate("La date de début", today, context),
      endDate: optionalPastDate("La date de fin", today, context),
    })
    .refine((p) => !p.endDate || p.endDate.getTime() >= p.startDate.getTime(), {
      message: "La date de fin doit être postérieure à la date de début.",
      path: ["endDate"],
    });
}

const EP_SHARE_RANGE =
  "La part du service en éducation prioritaire est un pourcentage entre 0 et 100.";
export const EP_SHARE_REQUIRED =
  "Indiquez la part de votre service en éducation prioritaire (en %) : il en faut au moins 50 % pour que la fonction compte.";

/** % of the service in éducation prioritaire (domain.md: at least 50 % for the entry to count); empty: not given. */
export const educationPrioritaireShareField = z.preprocess(
  (v) =>
    v === "" || v === undefined || v === null
      ? null
      : typeof v === "string"
        ? Number(v.replace(",", "."))
        : v,
  z.number({ error: EP_SHARE_RANGE }).min(0, EP_SHARE_RANGE).max(100, EP_SHARE_RANGE).nullable(),
);

export const OTHER_NAME_REQUIRED = "Indiquez le nom de la distinction.";

export function entrySchemas(today: Date, context: EntryContext = {}) {
  return {
    qualification: z.object({
      kind: z.enum(QUALIFICATION_KINDS, {
        error: "Choisissez le type : diplôme, certification ou compétence.",
      }),
      title: requiredText("L'intitulé", 200),
      obtainedAt: optionalPastDate("La date d'obtention", today, context),
      details: optionalText("Les précisions", 1000),
    }),
    activite: z
      .object({
        title: requiredText("L'intitulé", 200),
        description: optionalText("La description", 2000),
      })
      .and(period(today, context)),
    fonction: z
      .object({
        kind: z.enum(FUNCTION_KIND_CODES, {
          error: "Choisissez la fonction ou mission dans la liste.",
        }),
        label: optionalText("Les précisions", 200),
        educationPrioritaireShare: educationPrioritaireShareField,
      })
      .superRefine((v, ctx) => {
        if (v.kind === "EDUCATION_PRIORITAIRE" && v.educationPrioritaireShare === null) {
          ctx.addIssue({
            code: "custom",
            path: ["educationPrioritaireShare"],
            message: EP_SHARE_REQUIRED,
          });
        }
      })
      // The share only means something for éducation prioritaire.
      .transform((v) => ({
        ...v,
        educationPrioritaireShare:
          v.kind === "EDUCATION_PRIORITAIRE" ? v.educationPrioritaireShare : null,
      }))
      .and(period(today, context)),
    distinction: z
      .object({
        name: z.enum(DISTINCTION_NAMES, { error: "Choisissez la distinction dans la liste." }),
        // « Autre distinction » is named by the teacher.
        otherName: optionalText("Le nom de la distinction", 200),
        rank: z
          .union([
            z.literal(""),
            z.enum(DISTINCTION_LEVELS, {
              error: "Choisissez le grade ou l'échelon dans la liste.",
            }),
          ])
          .optional()
          .transform((v) => v || null),
        date: pastDate("La date", today, context),
      })
      .superRefine((v, ctx) => {
        if (v.name === OTHER_DISTINCTION && !v.otherName)
          ctx.addIssue({ code: "custom", path: ["otherName"], message: OTHER_NAME_REQUIRED });
        const levelError = distinctionLevelError(v.name, v.rank);
        if (levelError) ctx.addIssue({ code: "custom", path: ["rank"], message: levelError });
      })
      // Stored as shown: the name typed for « Autre distinction », that of the list otherwise.
      .transform(({ otherName, ...v }) => ({
        ...v,
        name: v.name === OTHER_DISTINCTION ? otherName! : v.name,
      })),
  } satisfies Record<EntryKind, z.ZodType>;
}

export type EntryInput<K extends EntryKind> = z.infer<ReturnType<typeof entrySchemas>[K]>;
