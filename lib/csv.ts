import Papa from "papaparse";

// A cell that a spreadsheet would read as a formula (OWASP "CSV injection"): =, +, -, @,
// or a tab or carriage return in front of one of them.
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A text value made safe for a spreadsheet cell: one starting like a formula gets a
 * leading apostrophe, which spreadsheets show as text. Numbers stay numbers. For every
 * export (CSV here, and any other sheet format).
 */
export function neutralizeCell(value: string | number | null | undefined): string | number {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return value;
  return FORMULA_START.test(value) ? `'${value}` : value;
}

// CSV as French spreadsheets open it: semicolon separated, UTF-8 with a BOM, every text
// cell neutralised.
export function toCsv(header: string[], rows: (string | number | null)[][]): string {
  return `\uFEFF${Papa.unparse({ fields: header.map((h) => neutralizeCell(h) as string), data: rows.map((r) => r.map(neutralizeCell)) }, { delimiter: ";", newline: "\r\n" })}`;
}
