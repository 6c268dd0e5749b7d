import { toCsv } from "@/lib/csv";

// One export = one table (header + rows), written as CSV (lib/csv.ts, formulas
// neutralised) or xlsx (exceljs), under a name a person can read: what, which campaign, when.

export interface ExportTable {
  sheet: string;
  header: string[];
  rows: (string | number | null)[][];
}

export type ExportFormat = "csv" | "xlsx";

const slug = (text: string) =>
  text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

const KIND_SLUG = {
  HORS_CLASSE: "hors-classe",
  CLASSE_EXCEPTIONNELLE: "classe-exceptionnelle",
  ECHELON_SPECIAL: "echelon-special",
} as const;

/** "tableau-hors-classe-2027-2026-12-01.csv" (the date of the export, in Paris). */
export function exportFilename(
  what: string,
  campaign: { kind: keyof typeof KIND_SLUG; year: number },
  now: Date,
  format: ExportFormat,
): string {
  const day = new Intl.DateTimeFormat("fr-CA", {
    timeZone: "Europe/Paris",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(now);
  return `${slug(what)}-${KIND_SLUG[campaign.kind]}-${campaign.year}-${day}.${format}`;
}

export function tableToCsv(table: ExportTable): string {
  return toCsv(table.header, table.rows);
}

export async function tableToXlsx(table: ExportTable): Promise<Uint8Array> {
  const { default: ExcelJS } = await import("exceljs");
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(table.sheet.slice(0, 31));
  sheet.addRow(table.header).font = { bold: true };
  // Plain values: exceljs writes a string as text, never as a formula.
  for (const row of table.rows) sheet.addRow(row.map((v) => v ?? ""));
  sheet.views = [{ state: "frozen", ySplit: 1 }];
  table.header.forEach(
    (h, i) => (sheet.getColumn(i + 1).width = Math.min(60, Math.max(10, h.length + 2))),
  );
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

export const EXPORT_TYPES: Record<ExportFormat, string> = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};
