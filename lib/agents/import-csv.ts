// Reading an agent import file: the documented format (IMPORT_COLUMNS), decoding, parsing
// with papaparse and checking every row with zod, with French messages that name the line
// and the column ("Ligne 12, colonne date_echelon : date invalide…"). No database here: the
// references (circonscription codes, UAI) are given by the caller. lib/agents/import.ts
// applies what this reads.
import { csvHeaderLine, streamCsv, stripBom, toCsv } from "@/lib/csv";
import { z } from "zod";
import { normalizeNumen, NUMEN_PATTERN } from "@/lib/auth/password";
import { addYears, isIsoDate } from "@/lib/rules/dates";
import type { GradeCode, IsoDate } from "@/lib/rules/types";
import { ECHELON_COUNT, GRADE_NAMES, isGradeCode } from "@/lib/rules/grades";
import { foldName } from "@/lib/agents/identifiant";
import type { ImportProgress } from "./import-labels";

// ---------- format ----------

export interface ImportColumnSpec {
  name: string;
  required: boolean;
  description: string;
  example: string;
}

/** The columns of the file, in the documented order. */
export const IMPORT_COLUMNS = [
  {
    name: "numen",
    required: true,
    description: "NUMEN (13 caractères) : clé de l'agent. Seule son empreinte est conservée.",
    // Fictitious: no demo account's NUMEN (it is also its first password).
    example: "31E0000000EXE",
  },
  { name: "nom", required: true, description: "Nom de famille.", example: "Exemple" },
  {
    name: "nom_usage",
    required: false,
    description: "Nom d'usage, s'il diffère du nom de famille.",
    example: "",
  },
  { name: "prenom", required: true, description: "Prénom.", example: "Camille" },
  { name: "sexe", required: true, description: "F ou M.", example: "F" },
  {
    name: "date_naissance",
    required: true,
    description: "Date de naissance.",
    example: "14/05/1982",
  },
  {
    name: "date_entree_corps",
    required: true,
    description: "Entrée (titularisation) dans le corps des professeurs des écoles.",
    example: "01/09/2006",
  },
  {
    name: "grade",
    required: true,
    description: "CN (classe normale), HC (hors classe) ou CE (classe exceptionnelle).",
    example: "CN",
  },
  {
    name: "echelon",
    required: true,
    description: "Échelon actuel : 1 à 11 en CN, 1 à 7 en HC, 1 à 5 en CE.",
    example: "9",
  },
  {
    name: "date_echelon",
    required: true,
    description: "Date d'accès à l'échelon actuel.",
    example: "01/03/2023",
  },
  {
    name: "date_grade",
    required: true,
    description: "Date d'accès au grade actuel (en classe normale : l'entrée dans le corps).",
    example: "01/09/2006",
  },
  {
    name: "circonscription_code",
    required: true,
    description: "Code de la circonscription de rattachement, tel qu'enregistré dans le portail.",
    example: "031-TLS-NORD",
  },
  {
    name: "ecole_uai",
    required: false,
    description:
      "UAI de l'école d'affectation actuelle (7 chiffres et une lettre) ; vide pour un poste hors école.",
    example: "0311248N",
  },
  {
    name: "poste",
    required: false,
    description: "Poste occupé (par défaut « Adjoint »).",
    example: "Adjoint élémentaire",
  },
  {
    name: "date_affectation",
    required: false,
    description: "Début de l'affectation dans cette école : crée l'affectation dans le dossier.",
    example: "01/09/2011",
  },
  {
    name: "email",
    required: false,
    description: "Adresse électronique professionnelle.",
    example: "camille.exemple@ac-toulouse.fr",
  },
  {
    name: "position",
    required: false,
    description: "Position administrative (par défaut « Activité »).",
    example: "Activité",
  },
  {
    name: "quotite",
    required: false,
    description: "Quotité de service en % (par défaut 100).",
    example: "100",
  },
] as const satisfies readonly ImportColumnSpec[];

export type ImportColumn = (typeof IMPORT_COLUMNS)[number]["name"];
const COLUMN_NAMES = new Set<string>(IMPORT_COLUMNS.map((c) => c.name));
const REQUIRED_COLUMNS = IMPORT_COLUMNS.filter((c) => c.required).map((c) => c.name);

/** A header cell as written by people: "Date échelon" → "date_echelon". */
export function normalizeHeader(cell: string): string {
  return cell
    .replace(/^\uFEFF/, "")
    .trim()
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[\s\-.']+/g, "_")
    .replace(/^_+|_+$/g, "");
}

/** A header line and one example row, for the "Télécharger un modèle" link. */
export function importTemplateCsv(): string {
  return `${toCsv(
    IMPORT_COLUMNS.map((c) => c.name),
    [IMPORT_COLUMNS.map((c) => c.example)],
  )}\r\n`;
}

// One decoder for every CSV import (lib/csv.ts).
export { decodeCsv } from "@/lib/csv";

// ---------- errors ----------

export interface ImportError {
  /** Line of the file (the header is line 1). */
  line: number;
  column: string | null;
  message: string;
}

/** "Ligne 12, colonne date_echelon : date invalide…" */
export function formatImportError(error: ImportError): string {
  return `Ligne ${error.line}${error.column ? `, colonne ${error.column}` : ""} : ${error.message}`;
}

class ErrorList {
  readonly kept: ImportError[] = [];
  readonly lines = new Set<number>();
  count = 0;
  constructor(private readonly max: number) {}
  add(line: number, column: string | null, message: string): void {
    this.count++;
    this.lines.add(line);
    if (this.kept.length < this.max) this.kept.push({ line, column, message });
  }
}

// ---------- one row ----------

const REQUIRED = "valeur obligatoire.";
const CONTROL_CHARS = /[\u0000-\u001f\u007f]/;

/** What a cell parser returns when the cell is wrong. */
class Problem {
  constructor(readonly message: string) {}
}

function optionalText(raw: string, max: number): string | null | Problem {
  if (!raw) return null;
  if (raw.length > max) return new Problem(`${max} caractères au maximum.`);
  if (CONTROL_CHARS.test(raw)) return new Problem("caractère de contrôle interdit.");
  return raw;
}

function requiredText(raw: string, max: number): string | Problem {
  return optionalText(raw, max) ?? new Problem(REQUIRED);
}

function personName(raw: string): string | Problem {
  const value = requiredText(raw, 100);
  // The identifiant is made of the ASCII letters of the name (lib/agents/identifiant).
  if (typeof value === "string" && !/[A-Za-z0-9]/.test(value) && !foldName(value))
    return new Problem("le nom doit comporter au moins une lettre latine.");
  return value;
}

/** "14/05/1982", "4/5/1982" or "1982-05-14" → "1982-05-14"; null when not a real date. */
export function parseImportDate(raw: string): IsoDate | null {
  let iso: string | null = null;
  if (raw.length === 10 && raw.charCodeAt(2) === 47 && raw.charCodeAt(5) === 47) {
    // "JJ/MM/AAAA", by far the most common form: no regular expression.
    iso = `${raw.slice(6)}-${raw.slice(3, 5)}-${raw.slice(0, 2)}`;
  } else if (raw.length === 10 && raw.charCodeAt(4) === 45) {
    iso = raw;
  } else {
    const fr = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(raw);
    if (fr) iso = `${fr[3]}-${fr[2]!.padStart(2, "0")}-${fr[1]!.padStart(2, "0")}`;
  }
  if (!iso || !isIsoDate(iso)) return null;
  const year = Number(iso.slice(0, 4));
  return year >= 1900 && year <= 2100 ? iso : null;
}

function optionalDate(raw: string): IsoDate | null | Problem {
  if (!raw) return null;
  return (
    parseImportDate(raw) ??
    new Problem(`date invalide « ${raw} » (attendu JJ/MM/AAAA ou AAAA-MM-JJ).`)
  );
}

function requiredDate(raw: string): IsoDate | Problem {
  return optionalDate(raw) ?? new Problem(REQUIRED);
}

function parseNumen(raw: string): string | Problem {
  const numen = normalizeNumen(raw);
  if (!numen) return new Problem(REQUIRED);
  return NUMEN_PATTERN.test(numen)
    ? numen
    : new Problem(`NUMEN invalide « ${raw} » : 13 caractères attendus (ex. 31E1234567ABC).`);
}

function parseSexe(raw: string): "F" | "M" | Problem {
  const value = raw.toUpperCase();
  if (value === "F" || value === "M") return value;
  return new Problem(value ? `valeur « ${raw} » inconnue (attendu F ou M).` : REQUIRED);
}

function parseGrade(raw: string): GradeCode | Problem {
  const value = raw.toUpperCase();
  if (isGradeCode(value)) return value;
  return new Problem(value ? `grade « ${raw} » inconnu (attendu CN, HC ou CE).` : REQUIRED);
}

function parseEchelon(raw: string): number | Problem {
  if (!raw) return new Problem(REQUIRED);
  return /^\d{1,2}$/.test(raw)
    ? Number(raw)
    : new Problem(`échelon « ${raw} » invalide (nombre entier attendu).`);
}

function parseUai(raw: string): string | null | Problem {
  if (!raw) return null;
  const uai = raw.toUpperCase();
  return /^\d{7}[A-Z]$/.test(uai)
    ? uai
    : new Problem(`UAI « ${raw} » invalide (7 chiffres et une lettre, ex. 0311248N).`);
}

const EMAIL = z.email().max(254);
function parseEmail(raw: string): string | null | Problem {
  if (!raw) return null;
  return EMAIL.safeParse(raw).success ? raw : new Problem(`adresse « ${raw} » invalide.`);
}

function parseQuotite(raw: string): number | null | Problem {
  if (!raw) return null;
  const m = /^(\d{1,3})\s*%?$/.exec(raw);
  const value = m ? Number(m[1]) : NaN;
  return value >= 1 && value <= 100
    ? value
    : new Problem(`quotité « ${raw} » invalide (entier de 1 à 100).`);
}

/** The cells of a row once each is valid. */
interface RowFields {
  numen: string;
  nom: string;
  nomUsage: string | null;
  prenom: string;
  sexe: "F" | "M";
  birthDate: IsoDate;
  corpsDate: IsoDate;
  grade: GradeCode;
  echelon: number;
  echelonDate: IsoDate;
  gradeDate: IsoDate;
  circonscriptionCode: string;
  uai: string | null;
  poste: string | null;
  affectationDate: IsoDate | null;
  email: string | null;
  position: string | null;
  quotite: number | null;
}

type Cells = Record<ImportColumn, string>;
type Ctx = z.core.$RefinementCtx<Cells>;

function issue(ctx: Ctx, column: ImportColumn, message: string): void {
  ctx.addIssue({ code: "custom", path: [column], message });
}

/** The value of a cell, or undefined after filing its issue. */
function take<T>(ctx: Ctx, column: ImportColumn, value: T | Problem): T | undefined {
  if (value instanceof Problem) {
    issue(ctx, column, value.message);
    return undefined;
  }
  return value;
}

/** Limits of the plausible dates, computed once per file from "today". */
interface DateBounds {
  oldestBirth: IsoDate; // 80 years ago
  youngestBirth: IsoDate; // 18 years ago
  latestStep: IsoDate; // a year from now
}

function dateBounds(now: IsoDate): DateBounds {
  return {
    oldestBirth: addYears(now, -80),
    youngestBirth: addYears(now, -18),
    latestStep: addYears(now, 1),
  };
}

// Valid ISO dates compare as strings: no parsing in the per-row checks.
/** Checks between columns of a row whose cells are each valid. */
function crossCheck(f: RowFields, bounds: DateBounds, ctx: Ctx): void {
  const last = ECHELON_COUNT[f.grade];
  if (f.echelon < 1 || f.echelon > last)
    issue(
      ctx,
      "echelon",
      `échelon ${f.echelon} impossible en ${GRADE_NAMES[f.grade]} (1 à ${last}).`,
    );
  if (f.birthDate < bounds.oldestBirth || f.birthDate > bounds.youngestBirth) {
    issue(
      ctx,
      "date_naissance",
      "date de naissance improbable (l'agent aurait moins de 18 ans ou plus de 80 ans).",
    );
  } else if (f.corpsDate < addYears(f.birthDate, 18)) {
    issue(ctx, "date_entree_corps", "entrée dans le corps avant les 18 ans de l'agent.");
  }
  if (f.gradeDate < f.corpsDate)
    issue(ctx, "date_grade", "date d'accès au grade antérieure à l'entrée dans le corps.");
  if (f.echelonDate < f.gradeDate)
    issue(ctx, "date_echelon", "date d'accès à l'échelon antérieure à la date d'accès au grade.");
  if (f.echelonDate > bounds.latestStep)
    issue(ctx, "date_echelon", "date postérieure de plus d'un an à aujourd'hui.");
  if (f.affectationDate && !f.uai)
    issue(ctx, "date_affectation", "date d'affectation sans école (colonne ecole_uai vide).");
}

/**
 * The zod schema of a row: every column is a string (absent optional columns are given as
 * ""), read in one transform that files an issue per wrong cell, then checks the cells
 * against each other. One transform per row rather than one per cell: 330,000 rows × 18
 * cells made the per-cell version the slowest part of an import.
 */
function rowSchema(now: IsoDate) {
  const bounds = dateBounds(now);
  const shape = Object.fromEntries(IMPORT_COLUMNS.map((c) => [c.name, z.string()])) as Record<
    ImportColumn,
    z.ZodString
  >;
  return z.object(shape).transform((cells, ctx): RowFields => {
    const issuesBefore = ctx.issues.length;
    const fields = {
      numen: take(ctx, "numen", parseNumen(cells.numen.trim())),
      nom: take(ctx, "nom", personName(cells.nom.trim())),
      nomUsage: take(ctx, "nom_usage", optionalText(cells.nom_usage.trim(), 100)),
      prenom: take(ctx, "prenom", personName(cells.prenom.trim())),
      sexe: take(ctx, "sexe", parseSexe(cells.sexe.trim())),
      birthDate: take(ctx, "date_naissance", requiredDate(cells.date_naissance.trim())),
      corpsDate: take(ctx, "date_entree_corps", requiredDate(cells.date_entree_corps.trim())),
      grade: take(ctx, "grade", parseGrade(cells.grade.trim())),
      echelon: take(ctx, "echelon", parseEchelon(cells.echelon.trim())),
      echelonDate: take(ctx, "date_echelon", requiredDate(cells.date_echelon.trim())),
      gradeDate: take(ctx, "date_grade", requiredDate(cells.date_grade.trim())),
      circonscriptionCode: take(
        ctx,
        "circonscription_code",
        requiredText(cells.circonscription_code.trim(), 40),
      ),
      uai: take(ctx, "ecole_uai", parseUai(cells.ecole_uai.trim())),
      poste: take(ctx, "poste", optionalText(cells.poste.trim(), 100)),
      affectationDate: take(ctx, "date_affectation", optionalDate(cells.date_affectation.trim())),
      email: take(ctx, "email", parseEmail(cells.email.trim())),
      position: take(ctx, "position", optionalText(cells.position.trim(), 60)),
      quotite: take(ctx, "quotite", parseQuotite(cells.quotite.trim())),
    };
    if (ctx.issues.length > issuesBefore) return z.NEVER;
    const f = fields as RowFields;
    crossCheck(f, bounds, ctx);
    return ctx.issues.length > issuesBefore ? z.NEVER : f;
  });
}

// ---------- reading the whole file ----------

/** A valid row, with its references resolved and the defaults applied. */
export interface ImportRow extends Omit<
  RowFields,
  "circonscriptionCode" | "uai" | "position" | "quotite"
> {
  line: number;
  circonscriptionId: string;
  school: SchoolRef | null;
  position: string;
  quotite: number;
}

export interface SchoolRef {
  id: string;
  uai: string;
  name: string;
  zone: "HORS_EP" | "REP" | "REP_PLUS";
  circonscriptionId: string;
}

/** What the references of a file are checked against (codes of the database). */
export interface ImportReferences {
  circonscriptions: Map<string, { id: string; code: string }>; // by code
  schools: Map<string, SchoolRef>; // by UAI
}

export interface ParsedImport {
  /** Data rows in the file (blank lines left out). */
  rows: number;
  /** Optional columns the file has: the others are left as they are on update. */
  columns: Set<ImportColumn>;
  valid: ImportRow[];
  errors: ImportError[];
  errorCount: number;
}

export interface ParseOptions {
  /** Errors kept in the result (all are counted); default 1,000. */
  maxErrors?: number;
  /** "Today", for the plausibility of dates; default now. */
  now?: Date;
  onProgress?: (progress: ImportProgress) => void;
}

/**
 * Parses and checks a whole file against the references; rows with an error are left out
 * of `valid`. Streams the text in slices (streamCsv of lib/csv, CSV_SLICE_CHARS) and pauses
 * between them, so that the server keeps answering (progress polls, other users).
 * Progress of the "lecture" phase is counted in characters.
 */
export async function parseImport(
  csvText: string,
  refs: ImportReferences,
  options: ParseOptions = {},
): Promise<ParsedImport> {
  const errors = new ErrorList(options.maxErrors ?? 1_000);
  const schema = rowSchema((options.now ?? new Date()).toISOString().slice(0, 10));
  const headerLine = csvHeaderLine(stripBom(csvText));
  const result = (rows: number, columns: Set<ImportColumn>, valid: ImportRow[]): ParsedImport => ({
    rows,
    columns,
    valid,
    errors: errors.kept,
    errorCount: errors.count,
  });
  if (!headerLine.trim()) {
    errors.add(
      1,
      null,
      "le fichier est vide : la première ligne doit donner les noms des colonnes.",
    );
    return result(0, new Set(), []);
  }
  const codeOf = new Map([...refs.circonscriptions.values()].map((c) => [c.id, c.code]));
  const firstLineOf = new Map<string, number>();
  const valid: ImportRow[] = [];
  const record = Object.fromEntries(IMPORT_COLUMNS.map((c) => [c.name, ""])) as Cells;
  let names: ImportColumn[] = [];
  let columns = new Set<ImportColumn>();
  let rows = 0;

  const readHeader = (cells: string[]): boolean => {
    const seen = new Set<string>();
    for (const name of cells.map(normalizeHeader)) {
      if (!name) errors.add(1, null, "une colonne n'a pas de nom.");
      else if (!COLUMN_NAMES.has(name))
        errors.add(
          1,
          null,
          `colonne inconnue « ${name} » (colonnes possibles : ${[...COLUMN_NAMES].join(", ")}).`,
        );
      else if (seen.has(name)) errors.add(1, null, `colonne « ${name} » en double.`);
      seen.add(name);
    }
    const missing = REQUIRED_COLUMNS.filter((c) => !seen.has(c));
    if (missing.length > 0)
      errors.add(1, null, `colonne(s) obligatoire(s) absente(s) : ${missing.join(", ")}.`);
    names = cells.map(normalizeHeader) as ImportColumn[];
    columns = new Set(names.filter((c) => COLUMN_NAMES.has(c)));
    return errors.count === 0;
  };

  const readRow = (at: number, cells: string[]): void => {
    if (cells.length !== names.length) {
      errors.add(
        at,
        null,
        `${cells.length} valeur(s) au lieu de ${names.length} : vérifiez le séparateur et les guillemets.`,
      );
      return;
    }
    for (let j = 0; j < names.length; j++) {
      const cell = cells[j]!;
      if (cell.includes("\uFFFD")) {
        errors.add(at, null, "caractère illisible : enregistrez le fichier en UTF-8.");
        return;
      }
      record[names[j]!] = cell;
    }
    const parsed = schema.safeParse(record);
    if (!parsed.success) {
      for (const i of parsed.error.issues) errors.add(at, String(i.path[0] ?? ""), i.message);
      return;
    }
    const f = parsed.data;
    const before = errors.count;
    const duplicate = firstLineOf.get(f.numen);
    if (duplicate !== undefined) errors.add(at, "numen", `NUMEN déjà présent ligne ${duplicate}.`);
    else firstLineOf.set(f.numen, at);
    const circonscription = refs.circonscriptions.get(f.circonscriptionCode);
    if (!circonscription)
      errors.add(
        at,
        "circonscription_code",
        `circonscription inconnue « ${f.circonscriptionCode} ».`,
      );
    const school = f.uai ? refs.schools.get(f.uai) : undefined;
    if (f.uai && !school) errors.add(at, "ecole_uai", `école inconnue « ${f.uai} ».`);
    if (school && circonscription && school.circonscriptionId !== circonscription.id) {
      errors.add(
        at,
        "ecole_uai",
        `l'école ${school.uai} relève de la circonscription ${codeOf.get(school.circonscriptionId) ?? "?"}, pas de ${circonscription.code}.`,
      );
    }
    if (errors.count > before || !circonscription) return;
    valid.push({
      line: at,
      numen: f.numen,
      nom: f.nom,
      nomUsage: f.nomUsage,
      prenom: f.prenom,
      sexe: f.sexe,
      birthDate: f.birthDate,
      corpsDate: f.corpsDate,
      grade: f.grade,
      echelon: f.echelon,
      echelonDate: f.echelonDate,
      gradeDate: f.gradeDate,
      circonscriptionId: circonscription.id,
      school: school ?? null,
      poste: f.poste,
      affectationDate: f.affectationDate,
      email: f.email,
      position: f.position ?? "Activité",
      quotite: f.quotite ?? 100,
    });
  };

  await streamCsv(csvText, {
    header: readHeader,
    record: ({ line: at, cells, problems }) => {
      rows++;
      if (problems.length)
        for (const message of problems)
          errors.add(at, null, `structure CSV incorrecte (${message}).`);
      else readRow(at, cells);
    },
    progress: (done, total) => options.onProgress?.({ phase: "lecture", done, total }),
  });
  if (rows === 0 && errors.count === 0)
    errors.add(
      2,
      null,
      "le fichier ne contient aucun agent : une ligne par agent est attendue après la ligne des colonnes.",
    );
  return result(rows, columns, errors.count > 0 ? [] : valid);
}
