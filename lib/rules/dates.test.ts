import { describe, expect, it } from "vitest";
import {
  addDays,
  addMonths,
  addYears,
  compareIsoDates,
  durationBetween,
  formatDateFr,
  formatDuration,
  fromDayNumber,
  isIsoDate,
  observationDateFor,
  ordinalFr,
  parseIsoDate,
  toDayNumber,
  wholeYearsBetween,
} from "./dates";

describe("parseIsoDate / isIsoDate", () => {
  it.each([
    ["2024-02-29", true],
    ["2023-02-29", false],
    ["1900-02-29", false],
    ["2000-02-29", true],
    ["2026-08-31", true],
    ["2026-09-31", false],
    ["2026-13-01", false],
    ["2026-00-10", false],
    ["2026-8-31", false],
    ["2026-08-31T00:00:00Z", false],
    ["abcd-ef-gh", false],
  ])("%s → %s", (s, ok) => {
    expect(isIsoDate(s)).toBe(ok);
    if (ok) expect(parseIsoDate(s)).toBeTruthy();
    else expect(() => parseIsoDate(s)).toThrow(RangeError);
  });
});

describe("day numbers", () => {
  it.each([
    ["1970-01-01", 0],
    ["1970-01-02", 1],
    ["1969-12-31", -1],
    ["2000-03-01", 11017],
    ["2026-08-31", 20696],
  ])("%s ↔ %i", (s, n) => {
    expect(toDayNumber(s)).toBe(n);
    expect(fromDayNumber(n)).toBe(s);
  });

  it("round-trips every day of 1899–2101", () => {
    const wrong: number[] = [];
    for (let n = toDayNumber("1899-01-01"); n <= toDayNumber("2101-12-31"); n++) {
      if (toDayNumber(fromDayNumber(n)) !== n) wrong.push(n);
    }
    expect(wrong).toEqual([]);
  });
});

describe("compareIsoDates / addDays", () => {
  it.each([
    ["2026-08-30", "2026-08-31", -1],
    ["2026-08-31", "2026-08-31", 0],
    ["2026-09-01", "2026-08-31", 1],
  ])("%s vs %s → %i", (a, b, r) => expect(compareIsoDates(a, b)).toBe(r));

  it.each([
    ["2026-08-31", 1, "2026-09-01"],
    ["2024-02-28", 1, "2024-02-29"],
    ["2023-02-28", 1, "2023-03-01"],
    ["2026-01-01", -1, "2025-12-31"],
  ])("%s + %i day → %s", (d, n, r) => expect(addDays(d, n)).toBe(r));
});

describe("addMonths / addYears", () => {
  it.each([
    ["2024-01-31", 1, "2024-02-29"],
    ["2023-01-31", 1, "2023-02-28"],
    ["2024-03-31", 1, "2024-04-30"],
    ["2024-11-15", 3, "2025-02-15"],
    ["2024-03-31", -1, "2024-02-29"],
  ])("%s + %i months → %s", (d, n, r) => expect(addMonths(d, n)).toBe(r));

  it.each([
    ["2024-02-29", 1, "2025-02-28"],
    ["2024-02-29", 4, "2028-02-29"],
    ["2019-09-01", 3, "2022-09-01"],
    ["2024-09-02", 2, "2026-09-02"],
    ["2024-02-29", -1, "2023-02-28"],
  ])("%s + %i years → %s", (d, n, r) => expect(addYears(d, n)).toBe(r));
});

describe("wholeYearsBetween", () => {
  it.each([
    // Worked examples of domain.md
    ["2021-03-01", "2026-08-31", 5],
    ["2024-09-01", "2026-08-31", 1],
    ["2024-09-02", "2026-08-31", 1],
    ["2019-09-01", "2023-08-31", 3],
    // Exact anniversaries and the day before
    ["2024-08-31", "2026-08-31", 2],
    ["2024-09-01", "2026-09-01", 2],
    ["2024-08-31", "2026-08-30", 1],
    ["2026-08-31", "2026-08-31", 0],
    // 29 February: the anniversary falls on 28 February in common years
    ["2020-02-29", "2021-02-27", 0],
    ["2020-02-29", "2021-02-28", 1],
    ["2020-02-29", "2024-02-28", 3],
    ["2020-02-29", "2024-02-29", 4],
    ["2019-02-28", "2020-02-28", 1],
    // Before the start
    ["2026-09-01", "2026-08-31", -1],
  ])("%s → %s: %i", (from, to, years) => expect(wholeYearsBetween(from, to)).toBe(years));
});

describe("durationBetween and formatDuration", () => {
  it.each([
    ["2024-09-02", "2026-08-31", { years: 1, months: 11, days: 29 }, "1 an 11 mois 29 jours"],
    ["2024-09-01", "2026-08-31", { years: 1, months: 11, days: 30 }, "1 an 11 mois 30 jours"],
    ["2021-03-01", "2026-08-31", { years: 5, months: 5, days: 30 }, "5 ans 5 mois 30 jours"],
    ["2023-04-30", "2027-08-31", { years: 4, months: 4, days: 1 }, "4 ans 4 mois 1 jour"],
    ["2024-08-31", "2026-08-31", { years: 2, months: 0, days: 0 }, "2 ans"],
    ["2025-04-30", "2026-08-30", { years: 1, months: 4, days: 0 }, "1 an 4 mois"],
    ["2026-08-31", "2026-09-02", { years: 0, months: 0, days: 2 }, "2 jours"],
    ["2026-08-31", "2026-08-31", { years: 0, months: 0, days: 0 }, "0 jour"],
    ["2020-01-31", "2020-03-30", { years: 0, months: 1, days: 30 }, "1 mois 30 jours"],
    ["2020-02-29", "2021-02-28", { years: 1, months: 0, days: 0 }, "1 an"],
  ])("%s → %s", (from, to, duration, text) => {
    expect(durationBetween(from, to)).toEqual(duration);
    expect(formatDuration(durationBetween(from, to))).toBe(text);
  });

  it.each([
    [{ years: 3, months: 1, days: 5 }, "3 ans 1 mois 5 jours"],
    [{ years: 1, months: 4, days: 0 }, "1 an 4 mois"],
    [{ years: 0, months: 0, days: 1 }, "1 jour"],
    [{ years: 0, months: 12, days: 0 }, "12 mois"],
  ])("formats %o as %s", (d, text) => expect(formatDuration(d)).toBe(text));

  it("refuses a negative duration", () => {
    expect(() => durationBetween("2026-09-01", "2026-08-31")).toThrow(RangeError);
  });
});

describe("French formatting", () => {
  it("formats dates and ordinals", () => {
    expect(formatDateFr("2026-08-31")).toBe("31/08/2026");
    expect(formatDateFr("2027-01-05")).toBe("05/01/2027");
    expect(ordinalFr(1)).toBe("1er");
    expect(ordinalFr(9)).toBe("9e");
  });

  it("builds the observation date from its parameters", () => {
    expect(observationDateFor(2026, { month: 8, day: 31 })).toBe("2026-08-31");
    expect(observationDateFor(2025, { month: 2, day: 29 })).toBe("2025-02-28");
  });
});
