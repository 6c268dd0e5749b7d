import { describe, expect, it } from "vitest";
import { defaultPositionRule, positionReason } from "./position";
import { RULE_SETS, RULE_SET_IDS, getRuleSet } from "./index";
import type { AgentSnapshot, GradeCode, RuleSetId } from "./types";

// LDG of 5 November 2020 (BO spécial n° 9, p. 7): promouvables "en position d'activité, de
// détachement ou mis à disposition", and in disponibilité to exercise a professional
// activity (décret 85-986, art. 48-1 and 48-2; arrêté of 14 June 2019).
// Loi 2019-828 of 6 August 2019, art. 85, and décret 2020-529 of 5 May 2020: in congé parental
// or in disponibilité pour élever un enfant, the agent "conserve l'intégralité de ses droits à
// avancement, dans la limite d'une durée de cinq ans" — from the 2020 campaign on. The five
// years cannot be checked (no start date of the position in the dossier): promouvable.
describe("position at the observation date, by campaign year", () => {
  it.each<[string | undefined, boolean, boolean]>([
    // position, promouvable before 2020, promouvable from 2020
    ["Activité", true, true],
    [undefined, true, true],
    ["Détachement", true, true],
    ["Mise à disposition", true, true],
    ["Congé de longue durée", true, true], // a congé of the activity position
    ["Disponibilité", false, false],
    ["Disponibilité pour convenances personnelles", false, false],
    ["disponibilite de droit", false, false],
    ["Disponibilité pour exercer une activité professionnelle", true, true],
    ["Congé parental", false, true],
    ["CONGÉ  PARENTAL", false, true],
    ["Disponibilité pour élever un enfant de moins de douze ans", false, true],
  ])("%s → promouvable in 2019: %s, in 2020 and after: %s", (position, before, after) => {
    for (const [year, ok] of [
      [2018, before],
      [2019, before],
      [2020, after],
      [2026, after],
    ] as const) {
      const reason = positionReason({ position }, defaultPositionRule(year), `${year}-08-31`);
      expect(reason === null, `${year}`).toBe(ok);
      if (!ok) expect(reason).toContain(`Au 31/08/${year}, vous êtes en position`);
    }
  });

  it("builds the refusal from the rule's parameters", () => {
    expect(
      positionReason({ position: "Congé parental" }, defaultPositionRule(2019), "2019-08-31"),
    ).toBe(
      "Au 31/08/2019, vous êtes en position « Congé parental » : pour cette campagne, seuls les agents en activité, en détachement ou mis à disposition sont promouvables (ainsi que « Disponibilité pour exercer une activité professionnelle »). Vous le redeviendrez à votre retour en activité.",
    );
    expect(
      positionReason(
        { position: "Disponibilité de droit" },
        defaultPositionRule(2024),
        "2024-08-31",
      ),
    ).toContain(
      "promouvables (ainsi que « Disponibilité pour exercer une activité professionnelle » et « Disponibilité pour élever un enfant »).",
    );
    expect(
      positionReason(
        { position: "Disponibilité" },
        { excluded: ["Disponibilité"], allowed: [] },
        "2024-08-31",
      ),
    ).toContain("mis à disposition sont promouvables. Vous");
  });

  it("is a parameter: an empty list of excluded positions lets everyone through", () => {
    expect(
      positionReason({ position: "Congé parental" }, { excluded: [], allowed: [] }, "2019-08-31"),
    ).toBeNull();
  });

  // One promouvable agent per rule set, then the same agent in disponibilité, in congé parental.
  const promouvable: Record<
    RuleSetId,
    { year: number; grade: GradeCode; echelon: number; since: string }
  > = {
    HC_PE: { year: 2026, grade: "CN", echelon: 11, since: "2010-09-01" },
    CE_2017_2023: { year: 2023, grade: "HC", echelon: 6, since: "2010-09-01" },
    CE_DEPUIS_2024: { year: 2025, grade: "HC", echelon: 5, since: "2010-09-01" },
    ES_JUSQU_2023: { year: 2022, grade: "CE", echelon: 4, since: "2010-09-01" },
  };
  const agentOf = (grade: GradeCode, echelon: number, since: string): AgentSnapshot => ({
    id: "a",
    sexe: "F",
    birthDate: "1965-01-01",
    corpsDate: "1990-09-01",
    grade,
    echelon,
    echelonDate: since,
    gradeDate: "2005-09-01",
    careerSteps: [
      { grade, echelon: 1, date: "2005-09-01" },
      { grade, echelon: 3, date: "2007-09-01" },
      { grade, echelon, date: since },
    ],
    functions: [],
  });
  it.each(
    RULE_SET_IDS.flatMap(
      (id) =>
        [
          [id, promouvable[id].year],
          [id, 2019],
        ] as [RuleSetId, number][],
    ),
  )(
    "%s, campaign %i: disponibilité refused with the reason; congé parental by the year",
    (id, year) => {
      const { grade, echelon, since } = promouvable[id];
      const ruleSet = getRuleSet(id);
      const ctx = {
        year,
        observationDate: `${year}-08-31`,
        parameters: ruleSet.defaultParameters(year),
      };
      const agent = agentOf(grade, echelon, since);
      expect(RULE_SETS[id].evaluate(agent, ctx as never).promouvable).toBe(true);
      const dispo = RULE_SETS[id].evaluate(
        { ...agent, position: "Disponibilité pour convenances personnelles" },
        ctx as never,
      );
      expect(dispo.promouvable).toBe(false);
      expect(dispo.reasons[0]).toMatch(
        /vous êtes en position « Disponibilité pour convenances personnelles »/,
      );
      const parental = RULE_SETS[id].evaluate(
        { ...agent, position: "Congé parental" },
        ctx as never,
      );
      expect(parental.promouvable).toBe(year >= 2020);
    },
  );
});

describe("parameter labels", () => {
  it.each(RULE_SET_IDS)("%s: every parameter has a French label", (id) => {
    const ruleSet = getRuleSet(id);
    const paths = (o: unknown, prefix = ""): string[] =>
      typeof o === "object" && o !== null && !Array.isArray(o)
        ? Object.entries(o).flatMap(([k, v]) => [
            `${prefix}${k}`,
            ...(["appreciationPoints", "appreciationCaps", "vivierShares"].includes(k)
              ? []
              : paths(v, `${prefix}${k}.`)),
          ])
        : [];
    const missing = paths(ruleSet.defaultParameters(2023)).filter(
      (p) => !ruleSet.parameterLabels[p],
    );
    expect(missing).toEqual([]);
  });
});
