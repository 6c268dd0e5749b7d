import Papa from "papaparse";

// CSV in and out as French spreadsheets handle it. Out: semicolon separated, UTF-8 with a
// BOM, formulas neutralised. In: one decoder (UTF-8, else Windows-1252 — what Excel saves)
// and one reader that numbers records by their line in the file.

// ---------- writing ----------

/**
 * A cell that a spreadsheet would run as a formula (= + - @, or a leading tab or carriage
 * return) is prefixed with an apostrophe, which shows the text as typed (OWASP CSV injection).
 */
export function neutralizeCell(value: string | number | null | undefined): string | number {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return value;
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export function toCsv(header: string[], rows: (string | number | null)[][]): string {
  return `\uFEFF${Papa.unparse({ fields: header.map((h) => String(neutralizeCell(h))), data: rows.map((r) => r.map(neutralizeCell)) }, { delimiter: ";", newline: "\r\n" })}`;
}

// ---------- decoding ----------

// Windows-1252 differs from Latin-1 in 0x80–0x9F only. Node's TextDecoder("windows-1252")
// falls back to Latin-1 there (control characters: « Œuvrard » became "\x8Cuvrard"), so
// the range is mapped here; the five bytes the code page leaves undefined become U+FFFD,
// which the importers reject as unreadable.
const CP1252_HIGH = [
  0x20ac, 0xfffd, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0xfffd, 0x017d, 0xfffd,
  0xfffd, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0xfffd, 0x017e, 0x0178,
];

export function decodeWindows1252(bytes: Uint8Array): string {
  let out = "";
  const CHUNK = 8192;
  for (let i = 0; i < bytes.length; i += CHUNK) {
    const codes = Array.from(bytes.subarray(i, i + CHUNK), (b) => (b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80]! : b));
    out += String.fromCharCode(...codes);
  }
  return out;
}

export type CsvEncoding = "utf-8" | "windows-1252";

/** Text of an uploaded CSV file, without its BOM: UTF-8 when valid, else Windows-1252. */
export function decodeCsv(bytes: Uint8Array): { text: string; encoding: CsvEncoding } {
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/, ""), encoding: "utf-8" };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: "windows-1252" };
  }
}

// ---------- reading ----------

export function detectDelimiter(headerLine: string): ";" | "," {
  return headerLine.split(",").length > headerLine.split(";").length ? "," : ";";
}

/** Line breaks inside quoted cells, so that the next record's line number stays right. */
export function breaksIn(cells: readonly string[]): number {
  let n = 0;
  for (const c of cells) if (c.includes("\n")) n += c.split("\n").length - 1;
  return n;
}

export interface CsvRecord {
  /** Line of the file where the record starts (the header is line 1). */
  line: number;
  cells: string[];
  /** What papaparse found wrong with the record (quotes…), in English; the record is unusable. */
  problem: string | null;
}

/**
 * Header and records of a small CSV text, blank lines left out but counted, so that every
 * record carries its line in the file. For large files see lib/agents/import-csv (streamed).
 */
export function readCsv(text: string): { header: string[]; records: CsvRecord[] } {
  const body = text.replace(/^\uFEFF/, "");
  const headerLine = body.slice(0, Math.max(0, body.search(/\r?\n/))) || body;
  const parsed = Papa.parse<string[]>(body, { delimiter: detectDelimiter(headerLine), skipEmptyLines: false });
  const problems = new Map<number, string>();
  for (const e of parsed.errors) if (e.row !== undefined && !problems.has(e.row)) problems.set(e.row, e.message);
  let line = 1;
  let header: string[] = [];
  const records: CsvRecord[] = [];
  parsed.data.forEach((cells, index) => {
    const at = line;
    line += 1 + breaksIn(cells);
    if (index === 0) {
      header = cells;
      return;
    }
    if (cells.every((c) => c.trim() === "")) return;
    records.push({ line: at, cells, problem: problems.get(index) ?? null });
  });
  return { header, records };
}
