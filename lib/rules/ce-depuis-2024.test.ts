import { describe, expect, it } from "vitest";
import { rateContingent } from "./ranking";
import { ceDepuis2024, type CeDepuis2024Parameters } from "./ce-depuis-2024";
import type { AgentSnapshot, RankingCandidate } from "./types";

const OBS = "2025-08-31";
const ctx = (over: Partial<CeDepuis2024Parameters> = {}, observationDate = OBS, year = 2025) => ({
  year,
  observationDate,
  parameters: { ...ceDepuis2024.defaultParameters(year), ...over },
});

const agent = (
  echelon: number,
  echelonDate: string,
  over: Partial<AgentSnapshot> = {},
): AgentSnapshot => ({
  id: `a-${echelon}-${echelonDate}`,
  sexe: "F",
  birthDate: "1968-02-10",
  corpsDate: "1992-09-01",
  grade: "HC",
  echelon,
  echelonDate,
  gradeDate: "2010-09-01",
  careerSteps: [],
  functions: [],
  ...over,
});

const cand = (
  a: AgentSnapshot,
  avis: string | null,
  opposition: { reason: string } | null = null,
): RankingCandidate => ({
  agent: a,
  eligibility: ceDepuis2024.evaluate(a, ctx()),
  appreciation: avis,
  candidatureValid: true,
  opposition,
});

describe("CE depuis 2024: defaults and levels", () => {
  it.each([2024, 2025, 2026, 2027])("%i: rate 29 %%, 5th échelon", (year) => {
    const p = ceDepuis2024.defaultParameters(year);
    expect(p.contingent).toEqual({
      method: "RATE",
      ratePercent: 29,
      carryOverRemainder: false,
      previousRemainder: 0,
      notified: null,
    });
    expect(p.minEchelon).toBe(5);
    expect(ceDepuis2024.parametersSchema.parse(p)).toEqual(p);
  });

  it("has the three avis, two of them with a written reason, and no candidature", () => {
    expect(ceDepuis2024.opinionLevels).toEqual([
      { value: "TRES_FAVORABLE", label: "Très favorable", requiresReason: true },
      { value: "FAVORABLE", label: "Favorable" },
      { value: "DEFAVORABLE", label: "Défavorable", requiresReason: true },
    ]);
    expect(ceDepuis2024.hasCandidature).toBe(false);
    expect(ceDepuis2024.defaultParameters(2025).tieBreaks.map((t) => t.key)).toEqual([
      "ANCIENNETE_CORPS",
      "ANCIENNETE_GRADE",
      "ECHELON",
      "ANCIENNETE_ECHELON",
    ]);
  });
});

describe("CE depuis 2024: promouvabilité", () => {
  it.each<[string, AgentSnapshot, boolean]>([
    ["HC 5th reached on the observation date", agent(5, "2025-08-31"), true],
    [
      "HC 5th reached the day after",
      agent(5, "2025-09-01", { careerSteps: [{ grade: "HC", echelon: 4, date: "2022-09-01" }] }),
      false,
    ],
    ["HC 6th", agent(6, "2020-01-01"), true],
    ["HC 4th", agent(4, "2023-01-01"), false],
    ["CN 11th", agent(11, "2015-01-01", { grade: "CN" }), false],
    ["already CE", agent(1, "2024-09-01", { grade: "CE" }), false],
  ])("%s → %s", (_name, a, ok) => {
    const e = ceDepuis2024.evaluate(a, ctx());
    expect(e.promouvable).toBe(ok);
    expect(e.viviers).toEqual([]);
    expect(e.candidatureRequired).toBe(false);
  });

  it("explains in plain words", () => {
    expect(ceDepuis2024.evaluate(agent(5, "2024-03-01"), ctx()).reasons).toEqual([
      "Vous êtes au 5e échelon de la hors classe depuis 1 an 5 mois 30 jours au 31/08/2025 : vous êtes promouvable à la classe exceptionnelle.",
      "Vous n'avez pas à candidater ; complétez la rubrique « Fonctions et missions » de votre dossier, que l'IEN consulte pour son avis.",
    ]);
    expect(ceDepuis2024.evaluate(agent(4, "2023-01-01"), ctx()).reasons[1]).toBe(
      "Il faut avoir atteint le 5e échelon de la hors classe au 31/08/2025 : vous n'êtes pas promouvable à la classe exceptionnelle cette année.",
    );
  });
});

describe("CE depuis 2024: tableau", () => {
  const pool = () => [
    cand(agent(5, "2023-09-01", { id: "f1", corpsDate: "1995-09-01" }), "FAVORABLE"),
    cand(agent(6, "2021-09-01", { id: "tf1", corpsDate: "1998-09-01" }), "TRES_FAVORABLE"),
    cand(agent(5, "2023-09-01", { id: "f2", corpsDate: "1990-09-01", sexe: "M" }), "FAVORABLE"),
    cand(agent(6, "2018-09-01", { id: "d1", corpsDate: "1985-09-01" }), "DEFAVORABLE"),
    cand(
      agent(5, "2024-09-01", { id: "tf2", corpsDate: "2000-09-01", sexe: "M" }),
      "TRES_FAVORABLE",
    ),
    cand(agent(5, "2024-09-01", { id: "n1", corpsDate: "1980-09-01" }), null),
    cand(
      agent(5, "2024-09-01", { id: "f3", corpsDate: "1995-09-01", gradeDate: "2008-09-01" }),
      "FAVORABLE",
    ),
    cand(
      agent(6, "2020-09-01", { id: "f4", corpsDate: "1995-09-01", gradeDate: "2008-09-01" }),
      "FAVORABLE",
    ),
    cand(agent(5, "2022-09-01", { id: "f5", corpsDate: "1999-09-01" }), "FAVORABLE"),
    cand(agent(5, "2022-09-01", { id: "f6", corpsDate: "2001-09-01" }), "FAVORABLE"),
    cand(agent(4, "2022-09-01", { id: "x" }), "TRES_FAVORABLE"), // not promouvable
  ];

  it("orders Très favorable, then Favorable, then the others; 29 % of 10 → 2", () => {
    const r = ceDepuis2024.rank(pool(), ctx());
    expect(r.contingent).toMatchObject({ total: 2, computed: 2, notified: null, byVivier: {} });
    expect(r.rows.map((x) => x.agentId)).toEqual([
      "tf1",
      "tf2",
      "f2",
      "f4",
      "f3",
      "f1",
      "f5",
      "f6",
      "d1",
      "n1",
    ]);
    expect(r.rows.filter((x) => x.promoted).map((x) => x.agentId)).toEqual(["tf1", "tf2"]);
    expect(r.rows.every((x) => x.bareme === null && x.parts.length === 0)).toBe(true);
    expect(r.barre).toEqual({ all: null });
    expect(r.rows.find((x) => x.agentId === "d1")?.note).toBe("Avis défavorable de l'IEN.");
    expect(r.rows.find((x) => x.agentId === "n1")?.note).toBe(
      "Avis de l'IEN non saisi : promotion impossible en l'état.",
    );
    expect(r.excluded).toEqual([
      { agentId: "x", reason: "Non promouvable à la date d'observation." },
    ]);
  });

  it("never promotes a Défavorable, even with places left", () => {
    const r = ceDepuis2024.rank(pool(), ctx({ contingent: rateContingent(100) }));
    expect(r.rows.filter((x) => !x.promoted).map((x) => x.agentId)).toEqual(["d1", "n1"]);
  });

  it("gives the place of an opposed agent to the next one", () => {
    const list = pool();
    const tf1 = list.find((c) => c.agent.id === "tf1");
    if (tf1) tf1.opposition = { reason: "Motif écrit" };
    const r = ceDepuis2024.rank(list, ctx());
    expect(r.rows.filter((x) => x.promoted).map((x) => x.agentId)).toEqual(["tf2", "f2"]);
  });
});
