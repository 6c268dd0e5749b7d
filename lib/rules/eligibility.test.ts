import { describe, expect, it } from "vitest";
import { formatDuration } from "./dates";
import { echelonSeniority, reachedStep, situationAt } from "./eligibility";
import type { AgentSnapshot } from "./types";

describe("echelonSeniority", () => {
  it.each([
    ["2024-08-31", "2026-08-31", true, null],
    ["2024-09-01", "2026-08-31", false, "1 jour"],
    ["2024-09-02", "2026-08-31", false, "2 jours"],
    ["2025-04-30", "2026-08-31", false, "8 mois"],
  ])("reached %s, observed %s, 2 years required → %s", (reached, obs, ok, missing) => {
    const s = echelonSeniority(reached, obs, 2);
    expect(s.reached).toBe(ok);
    expect(s.missing ? formatDuration(s.missing) : null).toBe(missing);
  });
});

const agent = (over: Partial<AgentSnapshot>): AgentSnapshot => ({
  id: "a",
  sexe: "F",
  birthDate: "1975-05-10",
  corpsDate: "2000-09-01",
  grade: "HC",
  echelon: 4,
  echelonDate: "2024-03-01",
  gradeDate: "2018-09-01",
  careerSteps: [],
  functions: [],
  ...over,
});

describe("situationAt", () => {
  const a = agent({
    careerSteps: [
      { grade: "CN", echelon: 11, date: "2015-09-01" },
      { grade: "HC", echelon: 2, date: "2018-09-01" },
      { grade: "HC", echelon: 3, date: "2021-03-01" },
      { grade: "HC", echelon: 4, date: "2024-03-01" },
    ],
  });

  it.each([
    ["2026-08-31", { grade: "HC", echelon: 4, echelonDate: "2024-03-01", gradeDate: "2018-09-01" }],
    ["2024-03-01", { grade: "HC", echelon: 4, echelonDate: "2024-03-01", gradeDate: "2018-09-01" }],
    ["2024-02-29", { grade: "HC", echelon: 3, echelonDate: "2021-03-01", gradeDate: "2018-09-01" }],
    [
      "2018-08-31",
      { grade: "CN", echelon: 11, echelonDate: "2015-09-01", gradeDate: "2015-09-01" },
    ],
    ["2015-08-31", null],
  ])("on %s", (date, expected) => expect(situationAt(a, date)).toEqual(expected));

  it("the day before a promotion that kept the échelon's seniority, the agent was still in the old grade", () => {
    // CN 11e since 1 March 2022, hors classe on 1 September 2026 with the seniority kept: the
    // reclassement dates the new échelon (and its career event) before the promotion.
    const promoted = agent({
      grade: "HC",
      echelon: 3,
      echelonDate: "2024-03-01",
      gradeDate: "2026-09-01",
      careerSteps: [
        { grade: "CN", echelon: 10, date: "2019-03-01" },
        { grade: "CN", echelon: 11, date: "2022-03-01" },
        { grade: "HC", echelon: 3, date: "2024-03-01" },
      ],
    });
    expect(situationAt(promoted, "2026-08-31")).toEqual({
      grade: "CN",
      echelon: 11,
      echelonDate: "2022-03-01",
      gradeDate: "2019-03-01",
    });
    expect(situationAt(promoted, "2026-09-01")).toEqual({
      grade: "HC",
      echelon: 3,
      echelonDate: "2024-03-01",
      gradeDate: "2026-09-01",
    });
  });
});

describe("reachedStep", () => {
  it("finds the exact step, or a later one flagged as inexact", () => {
    const withThird = agent({ careerSteps: [{ grade: "HC", echelon: 3, date: "2019-09-01" }] });
    expect(reachedStep(withThird, "HC", 3, "2023-08-31")).toEqual({
      date: "2019-09-01",
      echelon: 3,
      exact: true,
    });
    const withoutThird = agent({ careerSteps: [{ grade: "HC", echelon: 4, date: "2024-03-01" }] });
    expect(reachedStep(withoutThird, "HC", 3, "2026-08-31")).toEqual({
      date: "2024-03-01",
      echelon: 4,
      exact: false,
    });
    expect(reachedStep(withoutThird, "HC", 3, "2023-08-31")).toBeNull();
  });

  it("counts the current step even when the history omits it", () => {
    const a = agent({ echelon: 3, echelonDate: "2020-01-01", careerSteps: [] });
    expect(reachedStep(a, "HC", 3, "2023-08-31")).toEqual({
      date: "2020-01-01",
      echelon: 3,
      exact: true,
    });
  });
});
