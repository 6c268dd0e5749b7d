import { describe, expect, it } from "vitest";
import { effectDateOf, reclassementTable, reclassify } from "./promotion-effect";

const hc = reclassementTable("HORS_CLASSE", 2027);
const ce = reclassementTable("CLASSE_EXCEPTIONNELLE", 2027);

describe("reclassement at the hors classe (décret 90-680, art. 25)", () => {
  it.each([
    // 9th with 3 years: 2nd HC échelon (version of August 2023), seniority beyond 2 years (1 year) kept.
    [9, "2024-09-01", 2, "2026-09-01"],
    // 9th with 2 years exactly: nothing kept.
    [9, "2025-09-01", 2, "2027-09-01"],
    // 10th: seniority kept, within the 2 years of the 2nd HC échelon.
    [10, "2026-03-01", 2, "2026-03-01"],
    [10, "2023-09-01", 2, "2025-09-01"],
    // 11th: within the 2 years 6 months of the 3rd HC échelon.
    [11, "2026-09-01", 3, "2026-09-01"],
    [11, "2019-01-01", 3, "2025-03-01"],
  ])("CN %ie échelon reached %s → HC %ie échelon counted from %s", (echelon, date, to, from) => {
    const r = reclassify(
      hc,
      { grade: "CN", echelon, echelonDate: date },
      effectDateOf({ year: 2027 }),
    );
    expect(
      r.ok && [r.value.grade, r.value.echelon, r.value.echelonDate, r.value.gradeDate],
    ).toEqual(["HC", to, from, "2027-09-01"]);
  });

  it("applies the table in force on the effect date: a 2022 promotion from the 9th went to the 1st échelon", () => {
    const before = reclassementTable("HORS_CLASSE", 2022);
    const r = reclassify(
      before,
      { grade: "CN", echelon: 9, echelonDate: "2019-09-01" },
      effectDateOf({ year: 2022 }),
    );
    expect(r.ok && [r.value.echelon, r.value.echelonDate]).toEqual([1, "2021-09-01"]);
    expect(hc.citation).toMatch(/LEGIARTI000047971087/);
  });

  it("cites its text and refuses an agent no longer in the grade", () => {
    expect(hc.citation).toMatch(/^Décret n° 90-680 du 1er août 1990, art\. 25 /);
    expect(
      reclassify(hc, { grade: "HC", echelon: 1, echelonDate: "2027-09-01" }, "2027-09-01"),
    ).toMatchObject({ ok: false });
  });
});

describe("reclassement at the classe exceptionnelle (art. 25-2)", () => {
  it.each([
    [3, 1],
    [4, 2],
    [5, 3],
    [6, 4],
    [7, 4],
  ])("HC %ie échelon → CE %ie échelon", (echelon, to) => {
    const r = reclassify(ce, { grade: "HC", echelon, echelonDate: "2026-01-01" }, "2027-09-01");
    expect(r.ok && r.value.echelon).toBe(to);
  });

  it("keeps no seniority from the 6th HC échelon", () => {
    const r = reclassify(ce, { grade: "HC", echelon: 6, echelonDate: "2020-01-01" }, "2027-09-01");
    expect(r.ok && r.value.echelonDate).toBe("2027-09-01");
  });
});
