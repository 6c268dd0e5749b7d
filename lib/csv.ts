import Papa from "papaparse";

// CSV as French spreadsheets open it: semicolon separated, UTF-8 with a BOM.
export function toCsv(header: string[], rows: (string | number | null)[][]): string {
  return `\uFEFF${Papa.unparse({ fields: header, data: rows.map((r) => r.map((v) => v ?? "")) }, { delimiter: ";", newline: "\r\n" })}`;
}
