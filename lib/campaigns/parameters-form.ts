import { daysInMonth } from "@/lib/rules/dates";
import { labelFor, type ParameterLabel } from "./parameter-labels";

// Campaign parameters as a form: one labelled field per parameter, built from the shape of
// the rule set's parameters (its defaults for the year, or the campaign's stored values),
// read back into the same shape with French messages on the field. The rule set's zod
// schema stays the last word (lib/campaigns/admin.ts validates the result with it).

export type FieldKind = "number" | "nullableNumber" | "boolean" | "select" | "multi" | "text";

export interface ParameterField extends Omit<ParameterLabel, "options"> {
  /** The closed list of values, resolved (the field list goes to a client component). */
  choices?: { value: string; label: string }[];
  /** Form field name: "p." + the parameter's path. */
  name: string;
  path: string;
  kind: FieldKind;
  /** Current value as the form shows it ("" for null; "on"/"" for booleans; values joined by "," for lists). */
  value: string;
  /** Group title: the first segment of the path. */
  group: string;
}

export const FIELD_PREFIX = "p.";

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** The fields of a parameters value, in order. `nullable` lists the paths whose value may be null. */
export function parameterFields(value: unknown, prefix = ""): ParameterField[] {
  const out: ParameterField[] = [];
  const walk = (v: unknown, path: string) => {
    const label = labelFor(path);
    const { options, pattern: _pattern, ...rest } = label;
    const base = {
      ...rest,
      choices: options ? [...options()] : undefined,
      name: `${FIELD_PREFIX}${path}`,
      path,
      group: path.split(".")[0]!,
    };
    if (Array.isArray(v) && v.every((x) => typeof x === "string") && label.options)
      out.push({ ...base, kind: "multi", value: v.join(",") });
    else if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${path}.${i}`));
    else if (isObject(v))
      for (const [k, x] of Object.entries(v)) walk(x, path ? `${path}.${k}` : k);
    else if (typeof v === "boolean") out.push({ ...base, kind: "boolean", value: v ? "on" : "" });
    else if (typeof v === "number") out.push({ ...base, kind: "number", value: String(v) });
    else if (v === null) out.push({ ...base, kind: "nullableNumber", value: "" });
    else out.push({ ...base, kind: label.options ? "select" : "text", value: String(v) });
  };
  walk(value, prefix);
  return out;
}

/** A field's value as read-only text: « Oui », « 23,5 », « — », the choices' labels. */
export function fieldText(f: ParameterField): string {
  const label = (value: string) => f.choices?.find((c) => c.value === value)?.label ?? value;
  switch (f.kind) {
    case "boolean":
      return f.value ? "Oui" : "Non";
    case "number":
    case "nullableNumber":
      return f.value === "" ? "—" : Number(f.value).toLocaleString("fr-FR");
    case "multi":
      return f.value ? f.value.split(",").map(label).join(", ") : "—";
    case "select":
    case "text":
      return f.value === "" ? "—" : label(f.value);
  }
}

export type FormRead = { ok: true; value: unknown } | { ok: false; errors: Record<string, string> };

const FR_NUMBER = /^-?\d+([.,]\d+)?$/;

/**
 * Reads the submitted fields back into the shape of `template` (the values the form was
 * built from). An emptied field is an error on that field, never a silent reset; a
 * nullable one may be left empty.
 */
export function readParameterForm(
  template: unknown,
  entries: Record<string, string | undefined>,
): FormRead {
  const errors: Record<string, string> = {};
  const nullable = new Set<string>();
  // Paths null in the template stay nullable even once given a value (e.g. notified number).
  for (const f of parameterFields(template)) if (f.kind === "nullableNumber") nullable.add(f.path);
  const read = (v: unknown, path: string): unknown => {
    const name = `${FIELD_PREFIX}${path}`;
    const raw = entries[name];
    const label = labelFor(path);
    if (Array.isArray(v) && v.every((x) => typeof x === "string") && label.options) {
      const allowed = new Set(label.options().map((o) => o.value));
      // Checkboxes "p.path:VALUE", or one field of values separated by commas.
      const ticked = Object.entries(entries)
        .filter(([k, x]) => k.startsWith(`${name}:`) && x === "on")
        .map(([k]) => k.slice(name.length + 1));
      const chosen = raw !== undefined ? raw.split(",").filter(Boolean) : ticked;
      const bad = chosen.find((c) => !allowed.has(c));
      if (bad) errors[path] = `« ${bad} » ne fait pas partie de la liste.`;
      return chosen;
    }
    if (Array.isArray(v)) return v.map((x, i) => read(x, `${path}.${i}`));
    if (isObject(v))
      return Object.fromEntries(
        Object.entries(v).map(([k, x]) => [k, read(x, path ? `${path}.${k}` : k)]),
      );
    if (typeof v === "boolean") return raw === "on" || raw === "true";
    if (typeof v === "number" || v === null) {
      const text = (raw ?? "").trim();
      if (text === "") {
        if (nullable.has(path)) return null;
        errors[path] = "Renseignez ce champ.";
        return v;
      }
      if (!FR_NUMBER.test(text)) {
        errors[path] = "Nombre attendu (par exemple 23 ou 23,5).";
        return v;
      }
      const n = Number(text.replace(",", "."));
      if (!label.decimals && !Number.isInteger(n)) errors[path] = "Nombre entier attendu.";
      else if (label.min !== undefined && n < label.min)
        errors[path] = `Valeur minimale : ${label.min}.`;
      else if (label.max !== undefined && n > label.max)
        errors[path] = `Valeur maximale : ${label.max}.`;
      return n;
    }
    const text = (raw ?? "").trim();
    if (label.options && !label.options().some((o) => o.value === text))
      errors[path] = "Choisissez une valeur dans la liste.";
    return text;
  };
  const value = read(template, "");
  checkCalendar(value, "", errors);
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, value };
}

/** A { month, day } pair must name a real day (31 February is refused). */
function checkCalendar(v: unknown, path: string, errors: Record<string, string>) {
  if (!isObject(v)) return;
  if (
    typeof v.month === "number" &&
    typeof v.day === "number" &&
    Number.isInteger(v.month) &&
    v.month >= 1 &&
    v.month <= 12
  ) {
    // A leap year: 29 February is a real day of some campaign years.
    if (v.day > daysInMonth(2024, v.month))
      errors[`${path}${path ? "." : ""}day`] =
        `Ce mois n'a que ${daysInMonth(2024, v.month)} jours.`;
  }
  for (const [k, x] of Object.entries(v)) checkCalendar(x, path ? `${path}.${k}` : k, errors);
}

/** Only the parameter fields of a submitted form. */
export function parameterEntries(form: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(form))
    if (k.startsWith(FIELD_PREFIX) && typeof v === "string") out[k] = v;
  return out;
}
