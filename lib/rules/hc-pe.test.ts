import { describe, expect, it } from "vitest";
import { rateContingent } from "./ranking";
import { hcPe, type HcPeParameters } from "./hc-pe";
import { desc } from "./ranking";
import type { AgentSnapshot, GradeCode, RankingCandidate } from "./types";

const OBS = "2026-08-31";
const ctx = (over: Partial<HcPeParameters> = {}, observationDate = OBS, year = 2026) => ({
  year,
  observationDate,
  parameters: { ...hcPe.defaultParameters(year), ...over },
});

const agent = (
  echelon: number,
  echelonDate: string,
  over: Partial<AgentSnapshot> = {},
): AgentSnapshot => ({
  id: `a-${echelon}-${echelonDate}`,
  sexe: "F",
  birthDate: "1978-04-12",
  corpsDate: "2002-09-01",
  grade: "CN" as GradeCode,
  echelon,
  echelonDate,
  gradeDate: "2002-09-01",
  careerSteps: [],
  functions: [],
  ...over,
});

const candidate = (
  a: AgentSnapshot,
  appreciation: string | null,
  opposition: { reason: string } | null = null,
): RankingCandidate => ({
  agent: a,
  eligibility: hcPe.evaluate(a, ctx()),
  appreciation,
  candidatureValid: true,
  opposition,
});

describe("HC PE: defaults", () => {
  // domain.md: 13.2 % (2018), 18 % (2021–2022), 21 % (2023), 22 % (2024), 23 % (2025, and
  // after until a newer one is known); 2019–2020 unknown: the latest known rate, 2018's.
  it.each([
    [2018, 13.2],
    [2019, 13.2],
    [2020, 13.2],
    [2021, 18],
    [2022, 18],
    [2023, 21],
    [2024, 22],
    [2025, 23],
    [2026, 23],
  ])("rate of %i is %i %%", (year, rate) => {
    expect(hcPe.defaultParameters(year).contingent.ratePercent).toBe(rate);
  });

  it("holds the numbers of domain.md and validates against its schema", () => {
    const p = hcPe.defaultParameters(2026);
    expect(p.observation).toEqual({ month: 8, day: 31 });
    expect(p.promouvabilite).toEqual({ echelon: 9, yearsInEchelon: 2 });
    expect(p.appreciationPoints).toEqual({
      EXCELLENT: 120,
      TRES_SATISFAISANT: 100,
      SATISFAISANT: 80,
      A_CONSOLIDER: 60,
    });
    expect(p.baremeMax).toBe(240);
    expect(p.tieBreaks.map((t) => t.key)).toEqual([
      "BAREME",
      "ANCIENNETE_CORPS",
      "ANCIENNETE_GRADE",
      "ECHELON",
      "ANCIENNETE_ECHELON",
      "AGE",
    ]);
    expect(hcPe.parametersSchema.parse(p)).toEqual(p);
    expect(hcPe.opinionLevels.map((l) => [l.value, l.label, l.points])).toEqual([
      ["EXCELLENT", "Excellent", 120],
      ["TRES_SATISFAISANT", "Très satisfaisant", 100],
      ["SATISFAISANT", "Satisfaisant", 80],
      ["A_CONSOLIDER", "À consolider", 60],
    ]);
  });
});

describe("HC PE: promouvabilité", () => {
  it.each([
    // [échelon, reached, observation, promouvable]
    [9, "2024-09-02", OBS, false], // worked example: 1 year 11 months
    [9, "2024-09-01", OBS, false], // one day short
    [9, "2024-08-31", OBS, true], // exactly 2 years
    [9, "2024-08-30", OBS, true],
    [10, "2026-08-31", OBS, true], // 10th reached on the observation date
    [11, "2021-03-01", OBS, true],
    [8, "2020-01-01", OBS, false],
    [9, "2024-02-29", "2026-02-28", true], // 29 February: anniversary on 28 February
    [9, "2024-02-29", "2026-02-27", false],
  ])("CN %ie reached %s, observed %s → %s", (echelon, reached, obs, ok) => {
    const e = hcPe.evaluate(agent(echelon, reached), ctx({}, obs));
    expect(e.promouvable).toBe(ok);
    expect(e.viviers).toEqual([]);
    expect(e.candidatureRequired).toBe(false);
  });

  it("explains a promouvable agent", () => {
    const e = hcPe.evaluate(agent(9, "2023-03-31"), ctx({}, "2027-08-31", 2027));
    expect(e.reasons[0]).toBe(
      "Vous êtes au 9e échelon de la classe normale depuis 4 ans 5 mois au 31/08/2027 : vous êtes promouvable à la hors classe.",
    );
    expect(e.reasons).toContain(
      "Vous n'avez pas à candidater : tous les agents promouvables sont examinés.",
    );
    expect(e.reasons).toContain(
      "Votre ancienneté vous donne 10 points au barème (9e échelon + 4 ans).",
    );
  });

  it("says how much seniority is missing", () => {
    const e = hcPe.evaluate(agent(9, "2025-12-31"), ctx());
    expect(e.promouvable).toBe(false);
    expect(e.reasons).toContain("Il vous manque 1 an 4 mois d'ancienneté dans le 9e échelon.");
    expect(e.reasons).toContain(
      "Il faut 2 ans d'ancienneté dans cet échelon au 31/08/2026 : vous n'êtes pas promouvable à la hors classe cette année (condition remplie le 31/12/2027).",
    );
    const twoDays = hcPe.evaluate(agent(9, "2024-09-02"), ctx());
    expect(twoDays.reasons[0]).toBe(
      "Vous êtes au 9e échelon de la classe normale depuis 1 an 11 mois 29 jours au 31/08/2026.",
    );
    expect(twoDays.reasons[1]).toBe("Il vous manque 2 jours d'ancienneté dans le 9e échelon.");
    expect(twoDays.facts.promouvableLe).toBe("2026-09-02");
  });

  it("explains lower échelons and agents already promoted", () => {
    const low = hcPe.evaluate(agent(7, "2024-01-01"), ctx());
    expect(low.reasons[1]).toBe(
      "Il faut avoir au moins 2 ans d'ancienneté dans le 9e échelon de la classe normale (ou un échelon supérieur) au 31/08/2026 : vous n'êtes pas promouvable à la hors classe cette année.",
    );
    const hc = hcPe.evaluate(agent(2, "2024-09-01", { grade: "HC" }), ctx());
    expect(hc.promouvable).toBe(false);
    expect(hc.reasons[0]).toBe(
      "Vous êtes à la hors classe au 31/08/2026 : la promotion à la hors classe ne vous concerne plus.",
    );
  });

  it("uses the situation at the observation date when today's échelon is later (replay)", () => {
    const a = agent(1, "2024-09-01", {
      grade: "HC",
      gradeDate: "2024-09-01",
      careerSteps: [
        { grade: "CN", echelon: 10, date: "2019-01-01" },
        { grade: "CN", echelon: 11, date: "2022-01-01" },
        { grade: "HC", echelon: 1, date: "2024-09-01" },
      ],
    });
    const e = hcPe.evaluate(a, ctx({}, "2023-08-31", 2023));
    expect(e.promouvable).toBe(true);
    expect(e.facts.echelon).toBe(11);
    expect(e.facts.pointsAnciennete).toBe(80);
  });

  it("says when the career is unknown at that date", () => {
    const e = hcPe.evaluate(agent(3, "2027-01-01"), ctx());
    expect(e.promouvable).toBe(false);
    expect(e.reasons[0]).toMatch(/n'est pas connue/);
  });
});

describe("HC PE: barème", () => {
  it.each([
    // Worked examples of domain.md
    [11, "2021-03-01", "TRES_SATISFAISANT", 220, "Ancienneté : 11e échelon + 5 ans", 120],
    [10, "2024-09-01", "EXCELLENT", 150, "Ancienneté : 10e échelon + 1 an", 30],
    // The seniority table
    [9, "2024-08-31", "SATISFAISANT", 80, "Ancienneté : 9e échelon + 2 ans", 0],
    [9, "2023-08-31", "SATISFAISANT", 90, "Ancienneté : 9e échelon + 3 ans", 10],
    [9, "2021-08-31", "SATISFAISANT", 90, "Ancienneté : 9e échelon + 5 ans", 10],
    [10, "2026-08-31", "A_CONSOLIDER", 80, "Ancienneté : 10e échelon + 0 an", 20],
    [10, "2024-08-31", "A_CONSOLIDER", 100, "Ancienneté : 10e échelon + 2 ans", 40],
    [10, "2023-08-31", "A_CONSOLIDER", 110, "Ancienneté : 10e échelon + 3 ans", 50],
    [10, "2018-08-31", "A_CONSOLIDER", 110, "Ancienneté : 10e échelon + 8 ans", 50],
    [11, "2026-08-31", "EXCELLENT", 190, "Ancienneté : 11e échelon + 0 an", 70],
    [11, "2025-08-31", "EXCELLENT", 200, "Ancienneté : 11e échelon + 1 an", 80],
    [11, "2024-08-31", "EXCELLENT", 210, "Ancienneté : 11e échelon + 2 ans", 90],
    [11, "2023-08-31", "EXCELLENT", 220, "Ancienneté : 11e échelon + 3 ans", 100],
    [11, "2022-08-31", "EXCELLENT", 230, "Ancienneté : 11e échelon + 4 ans", 110],
    [11, "2015-08-31", "EXCELLENT", 240, "Ancienneté : 11e échelon + 11 ans", 120],
  ])("CN %ie reached %s, %s → %i", (echelon, reached, level, bareme, label, seniority) => {
    const r = hcPe.rank([candidate(agent(echelon, reached), level)], ctx());
    const row = r.rows[0];
    expect(row?.bareme).toBe(bareme);
    expect(row?.parts[1]).toEqual({ label, points: seniority });
    expect(row?.parts[0]?.points).toBe(bareme - seniority);
  });

  it("labels the appréciation part", () => {
    const r = hcPe.rank([candidate(agent(11, "2021-03-01"), "TRES_SATISFAISANT")], ctx());
    expect(r.rows[0]?.parts).toEqual([
      { label: "Appréciation : Très satisfaisant", points: 100 },
      { label: "Ancienneté : 11e échelon + 5 ans", points: 120 },
    ]);
  });

  it("reads points from the parameters and caps at the plage d'appel maximum", () => {
    const r = hcPe.rank(
      [candidate(agent(11, "2015-08-31"), "EXCELLENT")],
      ctx({
        appreciationPoints: {
          EXCELLENT: 150,
          TRES_SATISFAISANT: 100,
          SATISFAISANT: 80,
          A_CONSOLIDER: 60,
        },
      }),
    );
    expect(r.rows[0]?.bareme).toBe(240);
    const uncapped = hcPe.rank(
      [candidate(agent(11, "2015-08-31"), "EXCELLENT")],
      ctx({
        baremeMax: null,
        appreciationPoints: {
          EXCELLENT: 150,
          TRES_SATISFAISANT: 100,
          SATISFAISANT: 80,
          A_CONSOLIDER: 60,
        },
      }),
    );
    expect(uncapped.rows[0]?.bareme).toBe(270);
  });
});

describe("HC PE: tableau", () => {
  // 10 promouvables, 23 % → 2 promotions
  const pool = (): RankingCandidate[] => [
    candidate(agent(11, "2021-03-01", { id: "p1", sexe: "M" }), "TRES_SATISFAISANT"), // 220
    candidate(agent(10, "2024-09-01", { id: "p2" }), "EXCELLENT"), // 150
    candidate(agent(11, "2020-01-01", { id: "p3" }), "EXCELLENT"), // 240
    candidate(agent(10, "2024-08-31", { id: "p4", sexe: "M" }), "SATISFAISANT"), // 120
    candidate(agent(9, "2024-08-31", { id: "p5" }), "SATISFAISANT"), // 80
    candidate(agent(9, "2024-08-31", { id: "p6", corpsDate: "1999-09-01" }), "SATISFAISANT"), // 80, older in the corps
    candidate(agent(10, "2025-08-31", { id: "p7", sexe: "M" }), "A_CONSOLIDER"), // 90
    candidate(agent(10, "2025-08-31", { id: "p8" }), "A_CONSOLIDER"), // 90
    candidate(agent(10, "2025-08-31", { id: "p9" }), null), // no appréciation yet
    candidate(agent(9, "2023-08-31", { id: "p10" }), "TRES_SATISFAISANT"), // 110
    candidate(agent(9, "2024-09-02", { id: "n1" }), "EXCELLENT"), // not promouvable
  ];

  it("ranks by barème, promotes 23 % and publishes the barre", () => {
    const r = hcPe.rank(pool(), ctx({}, OBS, 2025));
    expect(r.contingent).toMatchObject({
      total: 2,
      computed: 2,
      notified: null,
      remainder: 0.3,
      byVivier: {},
    });
    expect(r.rows.map((x) => x.agentId)).toEqual([
      "p3",
      "p1",
      "p2",
      "p4",
      "p10",
      "p7",
      "p8",
      "p6",
      "p5",
      "p9",
    ]);
    expect(r.rows.filter((x) => x.promoted).map((x) => x.agentId)).toEqual(["p3", "p1"]);
    expect(r.barre).toEqual({ all: 220 });
    expect(r.rows.map((x) => x.rank)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(r.rows.every((x) => x.vivier === null)).toBe(true);
    expect(r.shares).toEqual({ promouvables: { F: 7, M: 3 }, promoted: { F: 1, M: 1 } });
    expect(r.excluded).toEqual([
      { agentId: "n1", reason: "Non promouvable à la date d'observation." },
    ]);
    expect(r.rows.find((x) => x.agentId === "p9")?.note).toBe(
      "Appréciation non saisie : promotion impossible en l'état.",
    );
  });

  it("gives an opposed agent's place to the next one", () => {
    const candidates = pool();
    const c = candidates.find((x) => x.agent.id === "p1");
    if (c) c.opposition = { reason: "Insuffisance professionnelle constatée" };
    const r = hcPe.rank(candidates, ctx({}, OBS, 2025));
    expect(r.rows.filter((x) => x.promoted).map((x) => x.agentId)).toEqual(["p3", "p2"]);
    expect(r.rows.find((x) => x.agentId === "p1")).toMatchObject({
      opposed: true,
      promoted: false,
      oppositionReason: "Insuffisance professionnelle constatée",
    });
    expect(r.barre).toEqual({ all: 150 });
  });

  it("uses the configured tie-break order", () => {
    // p7 and p8 tie on everything but sex and id; p5/p6 differ by corps seniority.
    const byDefault = hcPe.rank(pool(), ctx());
    const order = byDefault.rows.map((x) => x.agentId);
    expect(order.indexOf("p6")).toBeLessThan(order.indexOf("p5"));
    const byAgeOnly = hcPe.rank(pool(), ctx({ tieBreaks: desc("BAREME", "AGE") }));
    const order2 = byAgeOnly.rows.map((x) => x.agentId);
    expect(order2.indexOf("p5")).toBeLessThan(order2.indexOf("p6")); // same age: agent id decides
  });

  it("can take the contingent notified by the ministry", () => {
    const r = hcPe.rank(pool(), ctx({ contingent: { ...rateContingent(23, true), notified: 3 } }));
    expect(r.contingent.total).toBe(3);
    expect(r.contingent.notified).toBe(3);
    expect(r.barre).toEqual({ all: 150 });
  });
});
