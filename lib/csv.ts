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
  0x20ac, 0xfffd, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039,
  0x0152, 0xfffd, 0x017d, 0xfffd, 0xfffd, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014,
  0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0xfffd, 0x017e, 0x0178,
];

export function decodeWindows1252(bytes: Uint8Array): string {
  let out = "";
  const CHUNK = 8192;
  for (let i = 0; i < bytes.length; i += CHUNK) {
    const codes = Array.from(bytes.subarray(i, i + CHUNK), (b) =>
      b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80]! : b,
    );
    out += String.fromCharCode(...codes);
  }
  return out;
}

export type CsvEncoding = "utf-8" | "windows-1252";

/** Text of an uploaded CSV file, without its BOM: UTF-8 when valid, else Windows-1252. */
export function decodeCsv(bytes: Uint8Array): { text: string; encoding: CsvEncoding } {
  try {
    return {
      text: new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/, ""),
      encoding: "utf-8",
    };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: "windows-1252" };
  }
}

// ---------- reading ----------
// One reader for every CSV import, as Excel and LibreOffice write French files: BOM or
// not, ";" or "," (whichever the header line uses more), quoted cells (with separators and
// line breaks inside), LF or CRLF. Records come numbered by their line in the file, blank
// lines left out but counted. readCsv takes a small file at once; streamCsv a large one in
// slices, pausing between them so that the server keeps answering.

export function stripBom(text: string): string {
  return text.replace(/^\uFEFF/, "");
}

/** The first line of a text (BOM included if any: strip it first). */
export function csvHeaderLine(text: string): string {
  return text.slice(0, Math.max(0, text.search(/\r?\n/))) || text;
}

/**
 * The line break of the file, from the end of its header line (papaparse would guess it
 * from its first slice only); undefined leaves the guess to papaparse.
 */
function lineBreakOf(body: string, headerLine: string): "\r\n" | "\n" | undefined {
  if (body.startsWith("\r\n", headerLine.length)) return "\r\n";
  if (body.startsWith("\n", headerLine.length)) return "\n";
  return undefined;
}

/** How papaparse is to read this text (BOM stripped): separator and line break. */
function parseConfig(body: string): { delimiter: ";" | ","; newline?: "\r\n" | "\n" } {
  const headerLine = csvHeaderLine(body);
  const newline = lineBreakOf(body, headerLine);
  return { delimiter: detectDelimiter(headerLine), ...(newline ? { newline } : {}) };
}

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
  /** Every such problem (problem is the first). */
  problems: string[];
}

/** Messages of papaparse's errors, by row of the parsed data. */
function problemsByRow(errors: readonly Papa.ParseError[]): Map<number, string[]> {
  const out = new Map<number, string[]>();
  for (const e of errors)
    if (e.row !== undefined) out.set(e.row, [...(out.get(e.row) ?? []), e.message]);
  return out;
}

/**
 * Numbers the rows of a parse, in order: the first is the header, then each non-blank row
 * is a record at its line in the file; blank rows give null but are counted.
 */
function rowNumbering() {
  let line = 1;
  let first = true;
  return (cells: string[], problems: readonly string[]): "header" | CsvRecord | null => {
    const at = line;
    line += 1 + breaksIn(cells);
    if (first) {
      first = false;
      return "header";
    }
    if (cells.every((c) => c.trim() === "")) return null;
    return { line: at, cells, problem: problems[0] ?? null, problems: [...problems] };
  };
}

/** Header and records of a small CSV text. For large files see streamCsv. */
export function readCsv(text: string): { header: string[]; records: CsvRecord[] } {
  const body = stripBom(text);
  const parsed = Papa.parse<string[]>(body, { ...parseConfig(body), skipEmptyLines: false });
  const problems = problemsByRow(parsed.errors);
  const number = rowNumbering();
  let header: string[] = [];
  const records: CsvRecord[] = [];
  parsed.data.forEach((cells, index) => {
    const row = number(cells, problems.get(index) ?? []);
    if (row === "header") header = cells;
    else if (row) records.push(row);
  });
  return { header, records };
}

export interface CsvReader {
  /** The header line's cells; false stops the reading there. */
  header(cells: string[]): boolean;
  record(record: CsvRecord): void;
  /** After each slice, and once at the end: characters read of the text (BOM left out). */
  progress?(done: number, total: number): void;
}

/**
 * Characters parsed and handled between two pauses (about 3,000 agent rows). Slices of the
 * text rather than a pause every n rows in papaparse's step mode: there, each resume splits
 * the whole rest of the text again, which made 330,000 rows take 40 s instead of 5.
 */
export const CSV_SLICE_CHARS = 512 * 1024;

/**
 * Reads a large CSV text through papaparse in slices, each handled before the next, with a
 * pause between them. Rejects with what a handler throws.
 */
export async function streamCsv(
  text: string,
  reader: CsvReader,
  sliceChars = CSV_SLICE_CHARS,
): Promise<void> {
  const body = stripBom(text);
  const number = rowNumbering();
  await new Promise<void>((resolve, reject) => {
    let settled = false;
    const finish = (error?: unknown) => {
      if (settled) return;
      settled = true;
      if (error) reject(error);
      else resolve();
    };
    Papa.parse<string[]>(body, {
      ...parseConfig(body),
      // papaparse carries a row cut by a slice over to the next one.
      chunkSize: sliceChars,
      chunk: (chunk: Papa.ParseResult<string[]>, parser: Papa.Parser) => {
        try {
          const problems = problemsByRow(chunk.errors);
          for (let r = 0; r < chunk.data.length; r++) {
            const cells = chunk.data[r]!;
            const row = number(cells, problems.get(r) ?? []);
            if (row === "header") {
              if (!reader.header(cells)) return parser.abort();
            } else if (row) reader.record(row);
          }
          reader.progress?.(chunk.meta.cursor, body.length);
          parser.pause();
          setImmediate(() => parser.resume());
        } catch (error) {
          // Settled first: abort() runs complete at once, which would resolve.
          finish(error);
          parser.abort();
        }
      },
      complete: () => finish(),
      error: (error: Error) => finish(error),
    });
  });
  reader.progress?.(body.length, body.length);
}
