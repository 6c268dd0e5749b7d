import { describe, expect, it } from "vitest";
import { esJusqu2023 } from "./es-jusqu-2023";
import type { AgentSnapshot, RankingCandidate } from "./types";

const OBS = "2022-08-31";
const ctx = (observationDate = OBS, year = 2022) => ({
  year,
  observationDate,
  parameters: esJusqu2023.defaultParameters(year),
});

const agent = (
  echelon: number,
  echelonDate: string,
  over: Partial<AgentSnapshot> = {},
): AgentSnapshot => ({
  id: `a-${echelon}-${echelonDate}`,
  sexe: "M",
  birthDate: "1962-11-03",
  corpsDate: "1985-09-01",
  grade: "CE",
  echelon,
  echelonDate,
  gradeDate: "2017-09-01",
  careerSteps: [],
  functions: [],
  ...over,
});

const cand = (a: AgentSnapshot, appreciation: string | null): RankingCandidate => ({
  agent: a,
  eligibility: esJusqu2023.evaluate(a, ctx()),
  appreciation,
  candidatureValid: true,
  opposition: null,
});

describe("ES jusqu'en 2023", () => {
  it("holds the numbers of domain.md", () => {
    const p = esJusqu2023.defaultParameters(2020);
    expect(p.promouvabilite).toEqual({ echelon: 4, yearsInEchelon: 3 });
    expect(p.contingent).toEqual({
      method: "TARGET",
      ratePercent: 20,
      carryOverRemainder: false,
      previousRemainder: 0,
      notified: null,
    });
    // LDG 2020 national barème of the échelon spécial (not the CE's 140/90/40/0).
    expect(p.appreciationPoints).toEqual({
      EXCELLENT: 30,
      TRES_SATISFAISANT: 20,
      SATISFAISANT: 10,
      INSATISFAISANT: 0,
    });
    expect(p.seniority).toEqual({ fromYears: 3, pointsPerYear: 10, maxPoints: 70 });
    expect(p.tieBreaks.map((t) => t.key)).toEqual(["BAREME", "AGE"]);
    expect(esJusqu2023.parametersSchema.parse(p)).toEqual(p);
    expect(esJusqu2023.campaignKind).toBe("ECHELON_SPECIAL");
  });

  it.each<[string, AgentSnapshot, boolean]>([
    ["CE 4th + exactly 3 years", agent(4, "2019-08-31"), true],
    ["CE 4th, one day short", agent(4, "2019-09-01"), false],
    ["CE 4th + 5 years", agent(4, "2017-01-01"), true],
    ["CE 3rd", agent(3, "2015-01-01"), false],
    ["HC 6th", agent(6, "2015-01-01", { grade: "HC" }), false],
    ["already at the échelon spécial", agent(5, "2021-09-01"), false],
  ])("%s → %s", (_name, a, ok) => {
    expect(esJusqu2023.evaluate(a, ctx()).promouvable).toBe(ok);
  });

  it("says how much is missing", () => {
    const e = esJusqu2023.evaluate(agent(4, "2020-04-30"), ctx());
    expect(e.reasons[0]).toBe(
      "Vous êtes au 4e échelon de la classe exceptionnelle depuis 2 ans 4 mois 1 jour au 31/08/2022.",
    );
    expect(e.reasons[1]).toBe("Il vous manque 8 mois d'ancienneté dans le 4e échelon.");
    expect(e.facts.promouvableLe).toBe("2023-04-30");
    expect(esJusqu2023.evaluate(agent(5, "2021-09-01"), ctx()).reasons[0]).toBe(
      "Vous êtes au 5e échelon de la classe exceptionnelle depuis 11 mois 30 jours au 31/08/2022 : la promotion à l'échelon spécial ne vous concerne plus.",
    );
    expect(esJusqu2023.evaluate(agent(6, "2015-01-01", { grade: "HC" }), ctx()).reasons[0]).toBe(
      "Vous êtes à la hors classe au 31/08/2022 : la promotion à l'échelon spécial est ouverte aux agents de la classe exceptionnelle.",
    );
  });

  // Barème of the LDG 2020 (SNES-FSU Bordeaux, "L'échelon spécial de la classe exceptionnelle
  // 2023"): avis Excellent 30, Très satisfaisant 20, Satisfaisant 10, Insatisfaisant 0, plus
  // seniority in the 4th CE échelon: 3 years 0, 4 → 10 … 9 → 60, 10 years or more 70.
  it.each([
    ["2019-08-31", 3, 0],
    ["2018-08-31", 4, 10],
    ["2017-08-31", 5, 20],
    ["2016-08-31", 6, 30],
    ["2015-08-31", 7, 40],
    ["2014-08-31", 8, 50],
    ["2013-08-31", 9, 60],
    ["2012-08-31", 10, 70],
    ["2008-08-31", 14, 70],
  ])("4th échelon reached %s → %i whole years → %i seniority points", (date, years, points) => {
    const r = esJusqu2023.rank([cand(agent(4, date, { id: "x" }), "EXCELLENT")], {
      ...ctx(),
      population: { base: 100, alreadyPromoted: 0 },
    });
    expect(r.rows[0]?.parts).toEqual([
      { label: "Appréciation : Excellent", points: 30 },
      { label: `Ancienneté : 4e échelon + ${years} ans`, points },
    ]);
    expect(r.rows[0]?.bareme).toBe(30 + points);
  });

  it.each([
    ["EXCELLENT", 30],
    ["TRES_SATISFAISANT", 20],
    ["SATISFAISANT", 10],
    ["INSATISFAISANT", 0],
  ])("avis %s → %i points", (level, points) => {
    const r = esJusqu2023.rank([cand(agent(4, "2019-08-31", { id: "x" }), level)], ctx());
    expect(r.rows[0]?.bareme).toBe(points);
  });

  it("ranks on the barème, the older agent first at equal barème; 20 % of the CE minus the agents already there", () => {
    const r = esJusqu2023.rank(
      [
        cand(agent(4, "2016-08-31", { id: "s6", birthDate: "1964-01-01" }), "SATISFAISANT"), // 10 + 30 = 40
        cand(agent(4, "2019-08-31", { id: "e3", birthDate: "1963-01-01" }), "EXCELLENT"), // 30 + 0 = 30
        cand(
          agent(4, "2018-08-31", { id: "t4young", birthDate: "1966-05-05" }),
          "TRES_SATISFAISANT",
        ), // 20 + 10 = 30
        cand(agent(4, "2018-08-31", { id: "t4old", birthDate: "1960-05-05" }), "TRES_SATISFAISANT"), // 20 + 10 = 30
      ],
      // CE population 20, 2 already at the échelon spécial: floor(20 % × 20) − 2 = 2.
      { ...ctx(), population: { base: 20, alreadyPromoted: 2 } },
    );
    expect(r.contingent).toMatchObject({
      total: 2,
      computed: 2,
      method: "TARGET",
      base: 20,
      alreadyPromoted: 2,
    });
    expect(r.rows.map((x) => [x.agentId, x.bareme, x.promoted])).toEqual([
      ["s6", 40, true],
      ["t4old", 30, true],
      ["e3", 30, false],
      ["t4young", 30, false],
    ]);
    expect(r.barre).toEqual({ all: 30 });
  });
});
