import { describe, expect, it } from "vitest";
import {
  assertCareerConsistent,
  deriveCareerSteps,
  gradeEntryDate,
  previousSeptemberFirst,
} from "./career-grid";

const brief = (steps: { grade: string; echelon: number; date: string }[]) =>
  steps.map((s) => `${s.grade}${s.echelon} ${s.date}`);

describe("deriveCareerSteps", () => {
  it("walks back through the classe normale to the entry in the corps, on a 1 September", () => {
    const steps = deriveCareerSteps({ grade: "CN", echelon: 9, date: "2023-03-01" });
    expect(brief(steps)).toEqual([
      "CN1 2004-09-01",
      "CN2 2006-03-01",
      "CN3 2007-03-01",
      "CN4 2009-03-01",
      "CN5 2011-03-01",
      "CN6 2013-09-01",
      "CN7 2016-09-01",
      "CN8 2019-09-01",
      "CN9 2023-03-01",
    ]);
    expect(steps[0]?.nature).toBe("Titularisation");
    expect(steps[1]?.nature).toBe("Avancement d'échelon");
  });

  it("enters the hors classe at the asked échelon, from the matching CN échelon", () => {
    const steps = deriveCareerSteps(
      { grade: "HC", echelon: 4, date: "2024-03-01" },
      { entryEchelon: { HC: 3 } },
    );
    expect(brief(steps).slice(-4)).toEqual([
      "CN10 2014-09-01",
      "CN11 2018-09-01",
      "HC3 2021-09-01",
      "HC4 2024-03-01",
    ]);
    expect(steps.at(-2)?.nature).toBe("Promotion de grade");
    expect(gradeEntryDate(steps)).toBe("2021-09-01");
    expect(brief(steps)[0]).toBe("CN1 1992-09-01");
  });

  it("crosses two grades for a classe exceptionnelle agent", () => {
    const steps = deriveCareerSteps(
      { grade: "CE", echelon: 2, date: "2025-01-01" },
      { entryEchelon: { CE: 1, HC: 2 } },
    );
    const grades = steps.map((s) => s.grade);
    expect(grades.indexOf("HC")).toBeGreaterThan(0);
    expect(grades.indexOf("CE")).toBeGreaterThan(grades.indexOf("HC"));
    expect(steps.find((s) => s.grade === "CE")?.date).toBe("2022-09-01");
    expect(steps.find((s) => s.grade === "HC")?.echelon).toBe(2);
    expect(() =>
      assertCareerConsistent(steps, { grade: "CE", echelon: 2, date: "2025-01-01" }),
    ).not.toThrow();
  });

  it("shortens the 6→7 and 8→9 steps when accelerated", () => {
    const fast = deriveCareerSteps(
      { grade: "CN", echelon: 9, date: "2023-03-01" },
      { accelerated: true },
    );
    // 18 months less than the 2004-09-01 of the usual pace.
    expect(fast[0]?.date).toBe("2006-09-01");
    expect(fast.filter((s) => s.nature.includes("accéléré")).map((s) => s.echelon)).toEqual([7, 9]);
  });

  it("refuses impossible situations", () => {
    expect(() => deriveCareerSteps({ grade: "CN", echelon: 12, date: "2023-03-01" })).toThrow();
    expect(() =>
      deriveCareerSteps(
        { grade: "HC", echelon: 1, date: "2023-09-01" },
        { monthsBeforePromotion: { HC: 48 } },
      ),
    ).toThrow();
  });
});

describe("previousSeptemberFirst", () => {
  it("gives the rentrée on or before the date", () => {
    expect(previousSeptemberFirst("2023-09-01")).toBe("2023-09-01");
    expect(previousSeptemberFirst("2023-08-31")).toBe("2022-09-01");
    expect(previousSeptemberFirst("2023-12-15")).toBe("2023-09-01");
  });
});
