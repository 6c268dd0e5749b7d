import { describe, expect, it } from "vitest";
import Papa from "papaparse";
import { neutralizeCell, toCsv } from "./csv";

describe("CSV export", () => {
  it.each(["=HYPERLINK(\"http://x\")", "+33 1 23", "-2+3", "@SUM(A1)", "\t=1", "\r=1"])("neutralises a cell starting like a formula: %j", (value) => {
    expect(neutralizeCell(value)).toBe(`'${value}`);
  });

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
