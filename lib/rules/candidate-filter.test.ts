import { describe, expect, it } from "vitest";
import { candidateFilter, passesCandidateFilter } from "./candidate-filter";
import { addDays, addYears, fromDayNumber, toDayNumber } from "./dates";
import { FUNCTION_KINDS } from "./function-kinds";
import { ECHELON_COUNT, GRADES } from "./grades";
import { getRuleSet, RULE_SET_IDS } from "./index";
import type { AgentSnapshot, CareerStep, FunctionPeriod, GradeCode, IsoDate } from "./types";

// Deterministic pseudo-random numbers (mulberry32).
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Agents around the observation date, regular and irregular alike: current échelon reached
 * before or after it, histories out of order or with higher steps than the current one,
 * same-day steps, 29 February, positions, functions of every kind.
 */
function syntheticAgents(n: number, observationDate: IsoDate, seed: number): AgentSnapshot[] {
  const rnd = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rnd() * items.length)] as T;
  const obs = toDayNumber(observationDate);
  const day = (spreadYears: number) =>
    fromDayNumber(obs + Math.round((rnd() * 2 - 1) * spreadYears * 365));
  const kinds = FUNCTION_KINDS.map((k) => k.code);
  return Array.from({ length: n }, (_, i) => {
    const grade = pick(GRADES) as GradeCode;
    const echelon = 1 + Math.floor(rnd() * ECHELON_COUNT[grade]);
    // Dates near the seniority thresholds matter most: many within a few years of it.
    let echelonDate = rnd() < 0.1 ? day(0.05) : day(rnd() < 0.5 ? 4 : 10);
    if (rnd() < 0.03) echelonDate = `${2016 + Math.floor(rnd() * 12) * 4}-02-29`;
    const gradeDate = fromDayNumber(toDayNumber(echelonDate) - Math.floor(rnd() * 3000));
    const steps: CareerStep[] = [];
    const count = Math.floor(rnd() * 8);
    for (let s = 0; s < count; s++) {
      const g = pick(GRADES) as GradeCode;
      steps.push({ grade: g, echelon: 1 + Math.floor(rnd() * ECHELON_COUNT[g]), date: day(12) });
    }
    if (rnd() < 0.1 && steps[0]) steps.push({ ...steps[0], echelon: steps[0].echelon + 0 });
    steps.push({ grade, echelon, date: echelonDate });
    if (rnd() < 0.7) steps.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    const functions: FunctionPeriod[] = Array.from({ length: Math.floor(rnd() * 4) }, () => {
      const start = day(15);
      return {
        kind: pick(kinds),
        startDate: start,
        endDate: rnd() < 0.4 ? null : fromDayNumber(toDayNumber(start) + Math.floor(rnd() * 4000)),
        status: pick(["VALIDEE", "VALIDEE", "A_VERIFIER", "REFUSEE"] as const),
        faisantFonction: rnd() < 0.1,
        stagiaire: rnd() < 0.05,
        educationPrioritaireShare: rnd() < 0.5 ? null : Math.floor(rnd() * 101),
      };
    });
    return {
      id: `a${i}`,
      sexe: rnd() < 0.8 ? "F" : "M",
      birthDate: fromDayNumber(obs - Math.floor((25 + rnd() * 40) * 365)),
      corpsDate: fromDayNumber(obs - Math.floor(rnd() * 40 * 365)),
      grade,
      echelon,
      echelonDate,
      gradeDate,
      careerSteps: steps,
      functions,
      position: pick(["Activité", "Activité", "Détachement", "Disponibilité", "Congé parental"]),
    };
  });
}

describe("candidate pre-filter", () => {
  const cases = RULE_SET_IDS.flatMap((id) => {
    const [first, last] = getRuleSet(id).validYears;
    const years = [...new Set([first, Math.min(last ?? 2027, 2027), 2026])];
    return years.map((year) => [id, year] as const);
  });

  it.each(cases)("%s %i: never drops an agent the rule set finds promouvable", (id, year) => {
    const ruleSet = getRuleSet(id);
    const parameters = ruleSet.defaultParameters(year);
    const observationDate = `${year}-08-31`;
    const ctx = { year, observationDate, parameters } as Parameters<typeof ruleSet.evaluate>[1];
    const filter = candidateFilter(ruleSet, ctx);
    let promouvables = 0;
    let dropped = 0;
    for (const agent of syntheticAgents(6000, observationDate, year * 7 + id.length)) {
      const promouvable = ruleSet.evaluate(agent, ctx).promouvable;
      const kept = passesCandidateFilter(agent, filter);
      if (promouvable) {
        promouvables++;
        if (!kept) throw new Error(`${agent.id} promouvable but dropped: ${JSON.stringify(agent)}`);
      }
      if (!kept) dropped++;
    }
    // The data exercise both sides: some promouvables, many agents left out.
    expect(promouvables).toBeGreaterThan(50);
    expect(dropped).toBeGreaterThan(2000);
  });

  it("keeps the seniority threshold with a margin, and agents whose échelon postdates the observation", () => {
    const ruleSet = getRuleSet("HC_PE");
    const ctx = {
      year: 2028,
      observationDate: "2028-08-31",
      parameters: ruleSet.defaultParameters(2028),
    };
    const filter = candidateFilter(ruleSet, ctx);
    expect(filter).toMatchObject({ grade: "CN", minEchelon: 9 });
    const threshold = addYears("2028-08-31", -2);
    const at = (echelon: number, echelonDate: IsoDate, grade: GradeCode = "CN") =>
      passesCandidateFilter({ grade, echelon, echelonDate }, filter);
    expect(at(9, threshold)).toBe(true);
    expect(at(9, addDays(threshold, 3))).toBe(true);
    expect(at(9, addDays(threshold, 4))).toBe(false);
    expect(at(10, "2028-08-31")).toBe(true);
    expect(at(8, "2020-01-01")).toBe(false);
    expect(at(3, "2020-01-01", "HC")).toBe(false);
    // Current échelon reached after the observation date: the history decides.
    expect(at(8, "2028-09-01")).toBe(true);
    expect(at(1, "2029-01-01", "HC")).toBe(true);
  });
});
