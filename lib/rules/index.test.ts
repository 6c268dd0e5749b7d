import { describe, expect, it } from "vitest";
import {
  defaultObservationDate,
  getRuleSet,
  isRuleSetId,
  parseParameters,
  RULE_SET_IDS,
  RULE_SETS,
  validateParameters,
} from "./index";

describe("rule set registry", () => {
  it("lists the four rule sets under their ids", () => {
    expect(RULE_SET_IDS).toEqual(["HC_PE", "CE_2017_2023", "CE_DEPUIS_2024", "ES_JUSQU_2023"]);
    for (const id of RULE_SET_IDS) {
      expect(getRuleSet(id).id).toBe(id);
      expect(RULE_SETS[id]).toBe(getRuleSet(id));
    }
    expect(isRuleSetId("HC_PE")).toBe(true);
    expect(isRuleSetId("toString")).toBe(false);
    expect(() => getRuleSet("NOPE" as never)).toThrow(/inconnue/);
  });

  it.each(RULE_SET_IDS)("%s: defaults survive a JSON round trip through parseParameters", (id) => {
    const p = getRuleSet(id).defaultParameters(2023);
    expect(parseParameters(id, JSON.stringify(p), 2023)).toEqual(p);
    expect(defaultObservationDate(id, 2023)).toBe("2023-08-31");
  });
});

describe("parseParameters", () => {
  it("fills missing keys from the defaults of the year, deep", () => {
    const p = parseParameters("HC_PE", JSON.stringify({ contingent: { ratePercent: 25 } }), 2024);
    expect(p.contingent).toEqual({
      method: "RATE",
      ratePercent: 25,
      carryOverRemainder: true,
      previousRemainder: 0,
      notified: null,
    });
    expect(p.appreciationPoints.EXCELLENT).toBe(120);
    expect(parseParameters("CE_2017_2023", "{}", 2021).vivier1.requiredYears).toBe(8);
    expect(parseParameters("CE_2017_2023", "", 2022).vivier1.requiredYears).toBe(6);
    expect(parseParameters("CE_2017_2023", "{}").vivierShares).toEqual({ "1": 70, "2": 30 });
  });

  it("replaces arrays whole", () => {
    const p = parseParameters(
      "HC_PE",
      JSON.stringify({ tieBreaks: [{ key: "AGE", order: "desc" }] }),
      2025,
    );
    expect(p.tieBreaks).toEqual([{ key: "AGE", order: "desc" }]);
  });

  it("refuses invalid values and unreadable JSON", () => {
    expect(() => parseParameters("HC_PE", "{", 2025)).toThrow(/JSON invalide/);
    expect(() =>
      parseParameters("HC_PE", JSON.stringify({ contingent: { ratePercent: 150 } }), 2025),
    ).toThrow(/contingent.ratePercent/);
    const check = validateParameters("CE_DEPUIS_2024", { avisOrder: ["EXCELLENT"] }, 2025);
    expect(check.success).toBe(false);
    if (!check.success) expect(check.errors[0]).toMatch(/^avisOrder\.0 :/);
  });
});

describe("unknown parameter keys", () => {
  it("reports a mistyped key instead of ignoring it", () => {
    const check = validateParameters("HC_PE", { contingent: { rate: 50 } }, 2026);
    expect(check).toEqual({
      success: false,
      errors: ["contingent.rate : paramètre inconnu de cette règle de gestion"],
    });
  });
});

describe("parameters stored before issue 10", () => {
  it("reads contingent.override as the notified number and drops contingent.base", () => {
    const p = parseParameters(
      "HC_PE",
      JSON.stringify({ contingent: { ratePercent: 23, base: "PROMOUVABLES", override: 4 } }),
      2025,
    );
    expect(p.contingent).toEqual({
      method: "RATE",
      ratePercent: 23,
      carryOverRemainder: true,
      previousRemainder: 0,
      notified: 4,
    });
  });
});

describe("CE 2017–2023 parameters stored before candidatureRequired existed", () => {
  // The rule set asked vivier 1 for a candidature every year before the key was added: a stored
  // set without the key reads true, whatever today's default of its year (false from 2021).
  const legacy = (year: number) => {
    const { candidatureRequired: _dropped, ...rest } =
      getRuleSet("CE_2017_2023").defaultParameters(year);
    return JSON.stringify(rest);
  };
  it.each([2019, 2021, 2022, 2023])(
    "%i: a stored set without the key asks for the candidature",
    (year) => {
      expect(parseParameters("CE_2017_2023", legacy(year), year).candidatureRequired).toBe(true);
    },
  );
  it("keeps a stored value, and the admin form still takes the year's default", () => {
    expect(
      parseParameters("CE_2017_2023", JSON.stringify({ candidatureRequired: false }), 2022)
        .candidatureRequired,
    ).toBe(false);
    const check = validateParameters("CE_2017_2023", {}, 2022);
    expect(check.success && check.data.candidatureRequired).toBe(false);
  });
});
