import { describe, expect, it } from "vitest";
import { esJusqu2023 } from "./es-jusqu-2023";
import type { AgentSnapshot, RankingCandidate } from "./types";

const OBS = "2022-08-31";
const ctx = (observationDate = OBS, year = 2022) => ({ year, observationDate, parameters: esJusqu2023.defaultParameters(year) });

const agent = (echelon: number, echelonDate: string, over: Partial<AgentSnapshot> = {}): AgentSnapshot => ({
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
    expect(p.contingent).toEqual({ ratePercent: 20, base: "CORPS", override: null });
    expect(p.appreciationPoints).toEqual({ EXCELLENT: 140, TRES_SATISFAISANT: 90, SATISFAISANT: 40, INSATISFAISANT: 0 });
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
    expect(e.reasons[0]).toBe("Vous êtes au 4e échelon de la classe exceptionnelle depuis 2 ans 4 mois 1 jour au 31/08/2022.");
    expect(e.reasons[1]).toBe("Il vous manque 8 mois d'ancienneté dans le 4e échelon.");
    expect(e.facts.promouvableLe).toBe("2023-04-30");
    expect(esJusqu2023.evaluate(agent(5, "2021-09-01"), ctx()).reasons[0]).toBe(
      "Vous êtes au 5e échelon de la classe exceptionnelle depuis 11 mois 30 jours au 31/08/2022 : la promotion à l'échelon spécial ne vous concerne plus.",
    );
    expect(esJusqu2023.evaluate(agent(6, "2015-01-01", { grade: "HC" }), ctx()).reasons[0]).toBe(
      "Vous êtes à la hors classe au 31/08/2022 : la promotion à l'échelon spécial est ouverte aux agents de la classe exceptionnelle.",
    );
  });

  it("ranks on the appréciation, then seniority in the échelon; 20 % of the CE", () => {
    const r = esJusqu2023.rank(
      [
        cand(agent(4, "2019-01-01", { id: "s1" }), "SATISFAISANT"),
        cand(agent(4, "2016-01-01", { id: "e1" }), "EXCELLENT"),
        cand(agent(4, "2018-01-01", { id: "e2" }), "EXCELLENT"),
        cand(agent(4, "2015-01-01", { id: "t1" }), "TRES_SATISFAISANT"),
      ],
      { ...ctx(), corpsSize: 10 },
    );
    expect(r.contingent.total).toBe(2);
    expect(r.rows.map((x) => [x.agentId, x.bareme, x.promoted])).toEqual([
      ["e1", 140, true],
      ["e2", 140, true],
      ["t1", 90, false],
      ["s1", 40, false],
    ]);
    expect(r.rows[0]?.parts).toEqual([{ label: "Appréciation : Excellent", points: 140 }]);
    expect(r.barre).toEqual({ all: 140 });
  });
});
