import type {
  Distinction,
  FunctionMission,
  Prisma,
  ProfessionalActivity,
  Qualification,
} from "@/generated/prisma/client";
import { formatCalendarDate, toIsoDate } from "@/lib/format";
import { FUNCTION_KINDS, functionKindLabel } from "@/lib/rules/function-kinds";
import { DISTINCTION_LEVELS, DISTINCTION_NAMES, distinctionFormValues } from "./distinctions";

// The kinds of dossier entry a teacher completes ("Compléter votre dossier"), in one
// registry: each kind's tab, French words, form fields, Prisma table and relation, and how
// its rows read. The vocabulary, the tabs, the forms, the lists (teacher's tab, staff
// dossier, synthèse), the saving and deleting, the dossier's queries and the personal-data
// export all derive from it. Adding a kind: its Prisma model, its entry here, its zod
// schema (lib/dossier/entries.ts, checked complete by the compiler) and its page.
// No server dependencies: imported by client components too (tabs, forms).

/** A form field of an entry kind; the rules are in lib/dossier/entries.ts, this only says how to ask. */
export interface FieldDef {
  name: string;
  label: string;
  type: "text" | "textarea" | "date" | "select" | "file" | "number";
  required?: boolean;
  hint?: string;
  options?: readonly { value: string; label: string }[];
}

/** What the registry says of one kind; Row is its Prisma row. */
export interface EntryKindDef<Row, Slug extends string = string> {
  /** Its tab of the dossier (a route /dossier/<slug>). */
  tab: { slug: Slug; label: string };
  /** « Ajouter <noun> ». */
  noun: string;
  /** Said once an entry is deleted. */
  deleted: string;
  /** The teacher's list. */
  list: { caption: string; headers: string[]; empty: string };
  fields: FieldDef[];
  /** The Prisma delegate of its table (prisma.<delegate>). */
  delegate: "qualification" | "professionalActivity" | "functionMission" | "distinction";
  /** The Agent relation that holds its rows (agent.<relation>). */
  relation: "qualifications" | "activities" | "functions" | "distinctions";
  /** How its rows are read with the dossier (order, and what comes with them). */
  query:
    | Prisma.Agent$qualificationsArgs
    | Prisma.Agent$activitiesArgs
    | Prisma.Agent$functionsArgs
    | Prisma.Agent$distinctionsArgs;
  /** Text cells of a list row, one per header (kinds with richer cells render them in components/dossier/entry-rows). */
  cells: (row: Row) => string[];
  /** Names the entry in the delete confirmation. */
  description: (row: Row) => string;
  /** The form's values for « Modifier » (ISO dates, codes). */
  values: (row: Row) => Record<string, string>;
  /** Its line in the synthèse. */
  summary: (row: Row) => string;
  /** False for rows that are not the teacher's to change; default true. */
  editable?: (row: Row) => boolean;
  /** What saving a change does to the row, said in its edit form. */
  editWarning?: (row: Row) => string | undefined;
}

const iso = (d: Date | null) => (d ? toIsoDate(d) : "");
/** « 01/09/2014 – en cours ». */
export const periodText = (start: Date, end: Date | null) =>
  `${formatCalendarDate(start)} – ${end ? formatCalendarDate(end) : "en cours"}`;
const asOptions = (values: readonly string[]) => values.map((v) => ({ value: v, label: v }));
const periodFields: FieldDef[] = [
  { name: "startDate", label: "Date de début", type: "date", required: true },
  {
    name: "endDate",
    label: "Date de fin",
    type: "date",
    hint: "Laissez vide si elle est en cours.",
  },
];

export const QUALIFICATION_KINDS = ["Diplôme", "Certification", "Compétence"] as const;

export const FUNCTION_STATUS_LABELS = {
  A_VERIFIER: "À vérifier",
  VALIDEE: "Validée",
  REFUSEE: "Refusée",
} as const;

/** Shown in the edit form of a validated function, before the teacher saves. */
export const VALIDATED_FUNCTION_WARNING =
  "Cette fonction a été validée par votre gestionnaire. Si vous la modifiez, elle repassera « À vérifier » et ne comptera pour la classe exceptionnelle qu'après une nouvelle vérification.";

/** The registry, in the order of the tabs. */
export const ENTRY_KIND_DEFS = {
  qualification: {
    tab: { slug: "qualifications-et-competences", label: "Qualifications et compétences" },
    noun: "une qualification ou compétence",
    deleted: "Qualification ou compétence supprimée.",
    list: {
      caption: "Vos qualifications et compétences",
      headers: ["Type", "Intitulé", "Obtenu le", "Précisions"],
      empty: "Aucune qualification ni compétence déclarée.",
    },
    fields: [
      {
        name: "kind",
        label: "Type",
        type: "select",
        required: true,
        options: asOptions(QUALIFICATION_KINDS),
      },
      {
        name: "title",
        label: "Intitulé",
        type: "text",
        required: true,
        hint: "Ex. : CAFIPEMF, Master MEEF, certification en langue anglaise.",
      },
      { name: "obtainedAt", label: "Date d'obtention", type: "date" },
      { name: "details", label: "Précisions", type: "textarea" },
    ],
    delegate: "qualification",
    relation: "qualifications",
    query: { orderBy: [{ obtainedAt: "desc" }, { createdAt: "desc" }] },
    cells: (q) => [q.kind, q.title, formatCalendarDate(q.obtainedAt) || "—", q.details ?? ""],
    description: (q) => q.title,
    values: (q) => ({
      kind: q.kind,
      title: q.title,
      obtainedAt: iso(q.obtainedAt),
      details: q.details ?? "",
    }),
    summary: (q) => `${q.kind} : ${q.title}`,
  } satisfies EntryKindDef<Qualification, "qualifications-et-competences">,
  activite: {
    tab: { slug: "activites-professionnelles", label: "Activités professionnelles" },
    noun: "une activité professionnelle",
    deleted: "Activité professionnelle supprimée.",
    list: {
      caption: "Vos activités professionnelles",
      headers: ["Intitulé", "Période", "Description"],
      empty: "Aucune activité professionnelle déclarée.",
    },
    fields: [
      { name: "title", label: "Intitulé", type: "text", required: true },
      { name: "description", label: "Description", type: "textarea" },
      ...periodFields,
    ],
    delegate: "professionalActivity",
    relation: "activities",
    query: { orderBy: { startDate: "desc" } },
    cells: (a) => [a.title, periodText(a.startDate, a.endDate), a.description ?? ""],
    description: (a) => a.title,
    values: (a) => ({
      title: a.title,
      description: a.description ?? "",
      startDate: iso(a.startDate),
      endDate: iso(a.endDate),
    }),
    summary: (a) => `${a.title} (${periodText(a.startDate, a.endDate)})`,
  } satisfies EntryKindDef<ProfessionalActivity, "activites-professionnelles">,
  fonction: {
    tab: { slug: "fonctions-et-missions", label: "Fonctions et missions" },
    noun: "une fonction ou mission",
    deleted: "Fonction ou mission supprimée.",
    list: {
      caption: "Vos fonctions et missions",
      headers: ["Fonction ou mission", "Précisions", "Période", "État", "Pièce justificative"],
      empty: "Aucune fonction ni mission enregistrée.",
    },
    fields: [
      {
        name: "kind",
        label: "Fonction ou mission",
        type: "select",
        required: true,
        options: FUNCTION_KINDS.map((k) => ({ value: k.code, label: k.label })),
      },
      {
        name: "label",
        label: "Précisions",
        type: "text",
        hint: "Ex. : école, dispositif, public concerné.",
      },
      {
        name: "educationPrioritaireShare",
        label: "Part du service en éducation prioritaire (%)",
        type: "number",
        hint: "Obligatoire pour une fonction en éducation prioritaire : il en faut au moins 50 % pour qu'elle compte.",
      },
      ...periodFields,
      {
        name: "proof",
        label: "Pièce justificative",
        type: "file",
        required: true,
        hint: "PDF, JPEG ou PNG, 5 Mo au maximum (arrêté, lettre de mission…). Obligatoire à l'ajout.",
      },
    ],
    delegate: "functionMission",
    relation: "functions",
    query: {
      orderBy: { startDate: "desc" },
      include: { proof: { select: { id: true, filename: true } } },
    },
    // The state and the proof are rendered as elements: components/dossier/entry-rows.
    cells: (f) => [
      functionKindLabel(f.kind),
      f.label,
      periodText(f.startDate, f.endDate),
      FUNCTION_STATUS_LABELS[f.status],
    ],
    description: (f) => `${functionKindLabel(f.kind)} (${periodText(f.startDate, f.endDate)})`,
    values: (f) => ({
      kind: f.kind,
      label: f.label,
      educationPrioritaireShare:
        f.educationPrioritaireShare == null ? "" : String(f.educationPrioritaireShare),
      startDate: iso(f.startDate),
      endDate: iso(f.endDate),
    }),
    summary: (f) =>
      `${functionKindLabel(f.kind)} (${periodText(f.startDate, f.endDate)}) — ${FUNCTION_STATUS_LABELS[f.status]}`,
    editable: (f) => f.source !== "ADMINISTRATION",
    editWarning: (f) => (f.status === "VALIDEE" ? VALIDATED_FUNCTION_WARNING : undefined),
  } satisfies EntryKindDef<FunctionMission, "fonctions-et-missions">,
  distinction: {
    tab: { slug: "distinctions-honorifiques", label: "Distinctions honorifiques" },
    noun: "une distinction honorifique",
    deleted: "Distinction honorifique supprimée.",
    list: {
      caption: "Vos distinctions honorifiques",
      headers: ["Distinction", "Grade", "Date"],
      empty: "Aucune distinction honorifique déclarée.",
    },
    fields: [
      {
        name: "name",
        label: "Distinction",
        type: "select",
        required: true,
        options: asOptions(DISTINCTION_NAMES),
      },
      {
        name: "otherName",
        label: "Nom de la distinction",
        type: "text",
        hint: "Obligatoire pour « Autre distinction ».",
      },
      {
        name: "rank",
        label: "Grade ou échelon",
        type: "select",
        options: asOptions(DISTINCTION_LEVELS),
        hint: "Légion d'honneur, ordre national du Mérite : chevalier, officier, commandeur, grand officier, grand-croix. Palmes académiques, Mérite agricole, Arts et Lettres : chevalier, officier, commandeur. Médaille d'honneur : argent, vermeil, or, grand or. Aucun pour une autre distinction.",
      },
      { name: "date", label: "Date", type: "date", required: true },
    ],
    delegate: "distinction",
    relation: "distinctions",
    query: { orderBy: { date: "desc" } },
    cells: (x) => [x.name, x.rank ?? "—", formatCalendarDate(x.date)],
    description: (x) => `${x.name}${x.rank ? `, ${x.rank}` : ""}`,
    values: (x) => ({ ...distinctionFormValues(x.name), rank: x.rank ?? "", date: iso(x.date) }),
    summary: (x) => `${x.name}${x.rank ? `, ${x.rank}` : ""} (${formatCalendarDate(x.date)})`,
  } satisfies EntryKindDef<Distinction, "distinctions-honorifiques">,
};

type Defs = typeof ENTRY_KIND_DEFS;
export type EntryKind = keyof Defs;
export const ENTRY_KINDS = Object.keys(ENTRY_KIND_DEFS) as [EntryKind, ...EntryKind[]];

/** The tab slug of each kind. */
export type EntryTabSlug = Defs[EntryKind]["tab"]["slug"];
export type EntryRelation = Defs[EntryKind]["relation"];

/** The registry entry of a kind, with its row type left open (for code that handles every kind alike). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function entryKindDef(kind: EntryKind): EntryKindDef<any, EntryTabSlug> {
  return ENTRY_KIND_DEFS[kind];
}

/** Every kind's rows as the dossier reads them: part of loadDossier's include. */
export const ENTRY_QUERIES = Object.fromEntries(
  ENTRY_KINDS.map((k) => [ENTRY_KIND_DEFS[k].relation, ENTRY_KIND_DEFS[k].query]),
) as {
  [K in EntryKind as Defs[K]["relation"]]: Defs[K]["query"];
};

/** Every kind's relation, for a whole-dossier read (the personal-data export). */
export const ENTRY_RELATIONS_ALL = Object.fromEntries(
  ENTRY_KINDS.map((k) => [ENTRY_KIND_DEFS[k].relation, true]),
) as { [R in EntryRelation]: true };
