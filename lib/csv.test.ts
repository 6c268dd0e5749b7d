import { describe, expect, it } from "vitest";
import Papa from "papaparse";
import { decodeCsv, neutralizeCell, readCsv, streamCsv, toCsv, type CsvRecord } from "./csv";

describe("CSV export", () => {
  it.each(['=HYPERLINK("http://x")', "+33 1 23", "-2+3", "@SUM(A1)", "\t=1", "\r=1"])(
    "neutralises a cell starting like a formula: %j",
    (value) => {
      expect(neutralizeCell(value)).toBe(`'${value}`);
    },
  );

  it("leaves ordinary text and numbers alone", () => {
    expect(neutralizeCell("Tartemuche")).toBe("Tartemuche");
    expect(neutralizeCell("Jean-Pierre")).toBe("Jean-Pierre");
    expect(neutralizeCell(-3)).toBe(-3);
    expect(neutralizeCell(null)).toBe("");
  });

  it("writes neutralised cells, still parseable, semicolon separated with a BOM", () => {
    const csv = toCsv(["Nom", "Prénom"], [["=cmd|' /C calc'!A0", "Claire"]]);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const parsed = Papa.parse<string[]>(csv.slice(1), { delimiter: ";" }).data;
    expect(parsed[1]).toEqual(["'=cmd|' /C calc'!A0", "Claire"]);
  });
});

// Windows-1252 0x80–0x9F as the code page defines them (unicode.org, CP1252.TXT); the five
// undefined bytes are unreadable.
const CP1252: [number, string][] = [
  [0x80, "€"],
  [0x81, "\uFFFD"],
  [0x82, "‚"],
  [0x83, "ƒ"],
  [0x84, "„"],
  [0x85, "…"],
  [0x86, "†"],
  [0x87, "‡"],
  [0x88, "ˆ"],
  [0x89, "‰"],
  [0x8a, "Š"],
  [0x8b, "‹"],
  [0x8c, "Œ"],
  [0x8d, "\uFFFD"],
  [0x8e, "Ž"],
  [0x8f, "\uFFFD"],
  [0x90, "\uFFFD"],
  [0x91, "‘"],
  [0x92, "’"],
  [0x93, "“"],
  [0x94, "”"],
  [0x95, "•"],
  [0x96, "–"],
  [0x97, "—"],
  [0x98, "˜"],
  [0x99, "™"],
  [0x9a, "š"],
  [0x9b, "›"],
  [0x9c, "œ"],
  [0x9d, "\uFFFD"],
  [0x9e, "ž"],
  [0x9f, "Ÿ"],
];

describe("decodeCsv", () => {
  it.each(CP1252)("decodes Windows-1252 byte 0x%s", (byte, char) => {
    // "é" (0xE9) makes the file invalid UTF-8, as Excel's files are.
    expect(decodeCsv(new Uint8Array([0x41, byte, 0xe9]))).toEqual({
      text: `A${char}é`,
      encoding: "windows-1252",
    });
  });

  it("reads « Œuvrard » and typographic quotes from an Excel file", () => {
    const bytes = new Uint8Array([
      0x8c, 0x75, 0x76, 0x72, 0x61, 0x72, 0x64, 0x3b, 0x93, 0x4c, 0x27, 0xe9, 0x74, 0xe9, 0x94,
      0x3b, 0x92, 0x3b, 0x80, 0x3b, 0x96,
    ]);
    expect(decodeCsv(bytes).text).toBe("Œuvrard;“L'été”;’;€;–");
  });

  it("reads UTF-8 with or without BOM, and drops the BOM", () => {
    expect(
      decodeCsv(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode("Œuvrard")])),
    ).toEqual({ text: "Œuvrard", encoding: "utf-8" });
    expect(decodeCsv(new TextEncoder().encode("Prénom"))).toEqual({
      text: "Prénom",
      encoding: "utf-8",
    });
  });
});

describe("readCsv", () => {
  it("numbers records by their line in the file, across blank lines and quoted line breaks", () => {
    const { header, records } = readCsv('a;b\n1;x\n\n2;"deux\nlignes"\n3;y\n');
    expect(header).toEqual(["a", "b"]);
    expect(records.map((r) => [r.line, r.cells[0]])).toEqual([
      [2, "1"],
      [4, "2"],
      [6, "3"],
    ]);
  });

  it("flags a record papaparse cannot read", () => {
    const { records } = readCsv('a;b\n1;"x\n');
    expect(records[0]?.problem).not.toBeNull();
  });
});

// What Excel and LibreOffice save for French users, one file written four ways.
const EXCEL_FILES: [string, string][] = [
  [
    "semicolons, CRLF, BOM",
    '\uFEFFnom;prenom;note\r\nDupont;"Jean; Pierre";"Très ""bien"""\r\n\r\nŒuvrard;"Anne\r\nMarie";12,5\r\n',
  ],
  [
    "commas, CRLF, no BOM",
    'nom,prenom,note\r\nDupont,"Jean; Pierre","Très ""bien"""\r\n\r\nŒuvrard,"Anne\r\nMarie","12,5"\r\n',
  ],
  [
    "semicolons, LF",
    'nom;prenom;note\nDupont;"Jean; Pierre";"Très ""bien"""\n\nŒuvrard;"Anne\nMarie";12,5\n',
  ],
  [
    "commas, LF, BOM, no final newline",
    '\uFEFFnom,prenom,note\nDupont,"Jean; Pierre","Très ""bien"""\n\nŒuvrard,"Anne\nMarie","12,5"',
  ],
];

describe("one CSV reader for every import", () => {
  it.each(EXCEL_FILES)("reads %s: header, quoted cells, records at their line", (_, text) => {
    const { header, records } = readCsv(text);
    expect(header).toEqual(["nom", "prenom", "note"]);
    expect(
      records.map((r) => [
        r.line,
        r.cells[0],
        r.cells[1]?.replace(/\r\n/, "\n"),
        r.cells[2],
        r.problem,
      ]),
    ).toEqual([
      [2, "Dupont", "Jean; Pierre", 'Très "bien"', null],
      [4, "Œuvrard", "Anne\nMarie", "12,5", null],
    ]);
  });

  it.each(EXCEL_FILES)("streams %s in slices to the same records", async (_, text) => {
    const headers: string[][] = [];
    const records: CsvRecord[] = [];
    const progress: number[] = [];
    // Slices of 7 characters cut every record, quoted line breaks included.
    await streamCsv(
      text,
      {
        header: (cells) => (headers.push(cells), true),
        record: (r) => records.push(r),
        progress: (done) => progress.push(done),
      },
      7,
    );
    expect(headers).toEqual([readCsv(text).header]);
    expect(records).toEqual(readCsv(text).records);
    expect(progress.at(-1)).toBe(text.replace(/^\uFEFF/, "").length);
  });

  it("stops streaming when the header is refused", async () => {
    const records: CsvRecord[] = [];
    await streamCsv("a;b\n1;2\n", { header: () => false, record: (r) => records.push(r) });
    expect(records).toEqual([]);
  });

  it("rejects with what a handler throws", async () => {
    await expect(
      streamCsv("a;b\n1;2\n", {
        header: () => true,
        record: () => {
          throw new Error("non");
        },
      }),
    ).rejects.toThrow("non");
  });
});
