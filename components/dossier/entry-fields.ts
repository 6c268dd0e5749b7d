import { DISTINCTION_LEVELS, DISTINCTION_NAMES, QUALIFICATION_KINDS, type EntryKind } from "@/lib/dossier/vocabulary";
import { FUNCTION_KINDS } from "@/lib/rules/function-kinds";

// Form fields of each entry kind of "Compléter votre dossier"; the rules are in
// lib/dossier/entries.ts, this only says how to ask.
export interface FieldDef {
  name: string;
  label: string;
  type: "text" | "textarea" | "date" | "select" | "file" | "number";
  required?: boolean;
  hint?: string;
  options?: readonly { value: string; label: string }[];
}

const asOptions = (values: readonly string[]) => values.map((v) => ({ value: v, label: v }));
const period: FieldDef[] = [
  { name: "startDate", label: "Date de début", type: "date", required: true },
  { name: "endDate", label: "Date de fin", type: "date", hint: "Laissez vide si elle est en cours." },
];

export const ENTRY_FORMS: Record<EntryKind, { noun: string; fields: FieldDef[] }> = {
  qualification: {
    noun: "une qualification ou compétence",
    fields: [
      { name: "kind", label: "Type", type: "select", required: true, options: asOptions(QUALIFICATION_KINDS) },
      { name: "title", label: "Intitulé", type: "text", required: true, hint: "Ex. : CAFIPEMF, Master MEEF, certification en langue anglaise." },
      { name: "obtainedAt", label: "Date d'obtention", type: "date" },
      { name: "details", label: "Précisions", type: "textarea" },
    ],
  },
  activite: {
    noun: "une activité professionnelle",
    fields: [
      { name: "title", label: "Intitulé", type: "text", required: true },
      { name: "description", label: "Description", type: "textarea" },
      ...period,
    ],
  },
  fonction: {
    noun: "une fonction ou mission",
    fields: [
      { name: "kind", label: "Fonction ou mission", type: "select", required: true, options: FUNCTION_KINDS.map((k) => ({ value: k.code, label: k.label })) },
      { name: "label", label: "Précisions", type: "text", hint: "Ex. : école, dispositif, public concerné." },
      {
        name: "educationPrioritaireShare",
        label: "Part du service en éducation prioritaire (%)",
        type: "number",
        hint: "Obligatoire pour une fonction en éducation prioritaire : il en faut au moins 50 % pour qu'elle compte.",
      },
      ...period,
      {
        name: "proof",
        label: "Pièce justificative",
        type: "file",
        required: true,
        hint: "PDF, JPEG ou PNG, 5 Mo au maximum (arrêté, lettre de mission…). Obligatoire à l'ajout.",
      },
    ],
  },
  distinction: {
    noun: "une distinction honorifique",
    fields: [
      { name: "name", label: "Distinction", type: "select", required: true, options: asOptions(DISTINCTION_NAMES) },
      { name: "otherName", label: "Nom de la distinction", type: "text", hint: "Obligatoire pour « Autre distinction »." },
      {
        name: "rank",
        label: "Grade ou échelon",
        type: "select",
        options: asOptions(DISTINCTION_LEVELS),
        hint: "Légion d'honneur, ordre national du Mérite : chevalier, officier, commandeur, grand officier, grand-croix. Palmes académiques, Mérite agricole, Arts et Lettres : chevalier, officier, commandeur. Médaille d'honneur : argent, vermeil, or, grand or. Aucun pour une autre distinction.",
      },
      { name: "date", label: "Date", type: "date", required: true },
    ],
  },
};
