import { describe, expect, it } from "vitest";
import { defaultPositionRule, positionReason } from "./position";
import { RULE_SETS, RULE_SET_IDS, getRuleSet } from "./index";
import type { AgentSnapshot, GradeCode, RuleSetId } from "./types";

// LDG of 5 November 2020 (BO spécial n° 9, p. 7): promouvables "en position d'activité, de
// détachement ou mis à disposition", and in disponibilité to exercise a professional
// activity (décret 85-986, art. 48-1 and 48-2; arrêté of 14 June 2019). Disponibilité and
// congé parental otherwise: not promouvable (domain.md: a parameter, on by default).
describe("position at the observation date", () => {
  it.each([
    ["Activité", true],
    [undefined, true],
    ["Détachement", true],
    ["Mise à disposition", true],
    ["Congé de longue durée", true], // a congé of the activity position
    ["Disponibilité", false],
    ["Disponibilité pour convenances personnelles", false],
    ["disponibilite de droit", false],
    ["Congé parental", false],
    ["CONGÉ  PARENTAL", false],
    ["Disponibilité pour exercer une activité professionnelle", true],
  ])("%s → promouvable: %s", (position, ok) => {
    const reason = positionReason({ position }, defaultPositionRule(), "2026-08-31");
    expect(reason === null).toBe(ok);
    if (!ok) expect(reason).toContain("Au 31/08/2026, vous êtes en position");
  });

  it("is a parameter: an empty list of excluded positions lets everyone through", () => {
    expect(positionReason({ position: "Congé parental" }, { excluded: [], allowed: [] }, "2026-08-31")).toBeNull();
  });

  // One promouvable agent per rule set, then the same agent in congé parental.
  const promouvable: Record<RuleSetId, { year: number; grade: GradeCode; echelon: number; since: string }> = {
    HC_PE: { year: 2026, grade: "CN", echelon: 11, since: "2020-09-01" },
    CE_2017_2023: { year: 2023, grade: "HC", echelon: 6, since: "2019-09-01" },
    CE_DEPUIS_2024: { year: 2025, grade: "HC", echelon: 5, since: "2022-09-01" },
    ES_JUSQU_2023: { year: 2022, grade: "CE", echelon: 4, since: "2017-09-01" },
  };
  it.each(RULE_SET_IDS)("%s: an agent in congé parental is not promouvable, with the reason", (id) => {
    const { year, grade, echelon, since } = promouvable[id];
    const ruleSet = getRuleSet(id);
    const ctx = { year, observationDate: `${year}-08-31`, parameters: ruleSet.defaultParameters(year) };
    const agent: AgentSnapshot = {
      id: "a",
      sexe: "F",
      birthDate: "1965-01-01",
      corpsDate: "1990-09-01",
      grade,
      echelon,
      echelonDate: since,
      gradeDate: "2012-09-01",
      careerSteps: [
        { grade, echelon: 1, date: "2012-09-01" },
        { grade, echelon: 3, date: "2014-09-01" },
        { grade, echelon, date: since },
      ],
      functions: [],
    };
    expect(RULE_SETS[id].evaluate(agent, ctx as never).promouvable).toBe(true);
    const away = RULE_SETS[id].evaluate({ ...agent, position: "Congé parental" }, ctx as never);
    expect(away.promouvable).toBe(false);
    expect(away.reasons[0]).toMatch(/vous êtes en position « Congé parental »/);
  });
});

describe("parameter labels", () => {
  it.each(RULE_SET_IDS)("%s: every parameter has a French label", (id) => {
    const ruleSet = getRuleSet(id);
    const paths = (o: unknown, prefix = ""): string[] =>
      typeof o === "object" && o !== null && !Array.isArray(o)
        ? Object.entries(o).flatMap(([k, v]) => [`${prefix}${k}`, ...(["appreciationPoints", "appreciationCaps", "vivierShares"].includes(k) ? [] : paths(v, `${prefix}${k}.`))])
        : [];
    const missing = paths(ruleSet.defaultParameters(2023)).filter((p) => !ruleSet.parameterLabels[p]);
    expect(missing).toEqual([]);
  });
});
