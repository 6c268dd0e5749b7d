import { describe, expect, it } from "vitest";
import { targetContingent } from "./ranking";
import { ce20172023, ceSeniority, type Ce20172023Parameters } from "./ce-2017-2023";
import type { AgentSnapshot, FunctionPeriod, RankingCandidate } from "./types";

const OBS = "2023-08-31";
const ctx = (
  year = 2023,
  over: Partial<Ce20172023Parameters> = {},
  observationDate = `${year}-08-31`,
) => ({
  year,
  observationDate,
  parameters: { ...ce20172023.defaultParameters(year), ...over },
});

const directeur = (
  startDate: string,
  endDate: string | null,
  over: Partial<FunctionPeriod> = {},
): FunctionPeriod => ({
  kind: "DIRECTEUR_ECOLE",
  startDate,
  endDate,
  status: "VALIDEE",
  faisantFonction: false,
  stagiaire: false,
  ...over,
});

/** HC agent; the 3rd échelon step is in the history unless `third` is null. */
const agent = (
  echelon: number,
  echelonDate: string,
  over: Partial<AgentSnapshot> & { third?: string | null } = {},
): AgentSnapshot => {
  const { third = echelon === 3 ? echelonDate : "2015-09-01", ...rest } = over;
  return {
    id: `a-${echelon}-${echelonDate}`,
    sexe: "F",
    birthDate: "1970-06-01",
    corpsDate: "1995-09-01",
    grade: "HC",
    echelon,
    echelonDate,
    gradeDate: "2012-09-01",
    careerSteps: [
      { grade: "HC", echelon: 1, date: "2012-09-01" },
      ...(third && echelon !== 3 ? [{ grade: "HC" as const, echelon: 3, date: third }] : []),
      { grade: "HC", echelon, date: echelonDate },
    ],
    functions: [],
    ...rest,
  };
};

describe("CE 2017–2023: defaults by year", () => {
  // Targets of the CE population (pyramidage, domain.md): 1.43 % (2017) … 10.5 % (2023);
  // candidature only for the campaigns 2017 to 2020 (décret 2017-786; none from 2021).
  it.each([
    [2017, 8, { "1": 80, "2": 20 }, 1.43, true],
    [2018, 8, { "1": 80, "2": 20 }, 2.86, true],
    [2019, 8, { "1": 80, "2": 20 }, 4.29, true],
    [2020, 8, { "1": 80, "2": 20 }, 5.72, true],
    [2021, 8, { "1": 80, "2": 20 }, 7.15, false],
    [2022, 6, { "1": 70, "2": 30 }, 8.58, false],
    [2023, 6, { "1": 70, "2": 30 }, 10.5, false],
  ])(
    "%i: %i years, shares %o, target %f %%, candidature %s",
    (year, years, shares, rate, candidature) => {
      const p = ce20172023.defaultParameters(year);
      expect(p.vivier1.requiredYears).toBe(years);
      expect(p.vivierShares).toEqual(shares);
      expect(p.contingent).toMatchObject({ method: "TARGET", ratePercent: rate, notified: null });
      expect(p.candidatureRequired).toBe(candidature);
      expect(ce20172023.requiresCandidature(p)).toBe(candidature);
      expect(ce20172023.parametersSchema.parse(p)).toEqual(p);
    },
  );

  // Arrêté of 8 April 2019: tutoring of trainee teachers counts from the 2019 campaign.
  it.each([
    [2018, false],
    [2019, true],
    [2023, true],
  ])("%i: tutoring of trainee teachers counts: %s", (year, counts) => {
    expect(
      ce20172023
        .defaultParameters(year)
        .vivier1.eligibleFunctionKinds.includes("TUTEUR_STAGIAIRES"),
    ).toBe(counts);
  });

  // Same text, through the engine: 8 school years of tutoring (2010–2018) make vivier 1 in 2019,
  // not in 2018 by default, and in 2018 when the campaign's own list includes tutoring.
  it.each<[number, boolean | "listed", number[]]>([
    [2018, false, []],
    [2018, "listed", [1]],
    [2019, false, [1]],
  ])("%i (tutoring listed by the campaign: %s): viviers %o", (year, listed, viviers) => {
    const a = agent(4, "2016-09-01", {
      functions: [directeur("2010-09-01", "2018-08-31", { kind: "TUTEUR_STAGIAIRES" })],
    });
    const defaults = ce20172023.defaultParameters(year);
    const vivier1 = listed
      ? {
          ...defaults.vivier1,
          eligibleFunctionKinds: [
            ...defaults.vivier1.eligibleFunctionKinds,
            "TUTEUR_STAGIAIRES" as const,
          ],
        }
      : defaults.vivier1;
    expect(ce20172023.evaluate(a, ctx(year, { vivier1 })).viviers).toEqual(viviers);
  });

  it("holds the barème numbers and levels", () => {
    const p = ce20172023.defaultParameters(2023);
    expect(p.appreciationPoints).toEqual({
      EXCELLENT: 140,
      TRES_SATISFAISANT: 90,
      SATISFAISANT: 40,
      INSATISFAISANT: 0,
    });
    expect(p.appreciationCaps).toEqual({ EXCELLENT: 20, TRES_SATISFAISANT: 20 });
    expect(p.seniority).toEqual({ fromEchelon: 3, basePoints: 3, pointsPerYear: 3, maxPoints: 48 });
    expect(p.vivier1.minEchelon).toBe(3);
    expect(p.vivier2.echelon).toBe(6);
    expect(p.tieBreaks.map((t) => t.key)).toEqual([
      "BAREME",
      "ANCIENNETE_GRADE",
      "ANCIENNETE_ECHELON",
      "AGE",
    ]);
    expect(ce20172023.hasCandidature).toBe(true);
    expect(ce20172023.opinionLevels.every((l) => l.requiresReason)).toBe(true);
    expect(ce20172023.appreciationLevels.map((l) => l.points)).toEqual([140, 90, 40, 0]);
  });

  it("widens the eligible functions from 2022", () => {
    expect(ce20172023.defaultParameters(2021).vivier1.eligibleFunctionKinds).not.toContain(
      "ENSEIGNEMENT_PENITENTIAIRE",
    );
    expect(ce20172023.defaultParameters(2022).vivier1.eligibleFunctionKinds).toContain(
      "ENSEIGNEMENT_PENITENTIAIRE",
    );
  });
});

describe("CE 2017–2023: seniority points", () => {
  it.each([
    ["2019-09-01", 3, 12], // worked example of domain.md
    ["2023-08-31", 0, 3],
    ["2022-09-01", 0, 3],
    ["2022-08-31", 1, 6],
    ["2009-08-31", 14, 45],
    ["2008-08-31", 15, 48],
    ["2000-01-01", 23, 48],
  ])("3rd HC échelon reached %s → %i years → %i points", (third, years, points) => {
    const s = ceSeniority(agent(3, third), ce20172023.defaultParameters(2023).seniority, OBS);
    expect(s).toMatchObject({ years, points, exact: true });
  });

  it("counts from a later known step when the 3rd échelon is missing, and says so", () => {
    const a = agent(5, "2022-03-01", {
      third: null,
      careerSteps: [
        { grade: "HC", echelon: 4, date: "2020-09-01" },
        { grade: "HC", echelon: 5, date: "2022-03-01" },
      ],
      functions: [directeur("2010-09-01", null)],
    });
    const s = ceSeniority(a, ce20172023.defaultParameters(2023).seniority, OBS);
    expect(s).toMatchObject({
      years: 2,
      points: 9,
      exact: false,
      fromEchelonUsed: 4,
      from: "2020-09-01",
    });
    const e = ce20172023.evaluate(a, ctx());
    expect(e.promouvable).toBe(true);
    expect(e.reasons).toContain(
      "La date d'accès au 3e échelon de la hors classe ne figure pas dans votre dossier : votre ancienneté est comptée depuis le 4e échelon, atteint le 01/09/2020. Signalez l'erreur pour la faire corriger.",
    );
  });
});

describe("CE 2017–2023: viviers", () => {
  it.each<[string, AgentSnapshot, number, number[]]>([
    [
      "HC 3rd + 8 years (2021)",
      agent(3, "2019-09-01", { functions: [directeur("2013-09-01", "2021-08-31")] }),
      2021,
      [1],
    ],
    [
      "HC 3rd + 7 years (2021)",
      agent(3, "2019-09-01", { functions: [directeur("2014-09-01", "2021-08-31")] }),
      2021,
      [],
    ],
    [
      "HC 3rd + 6 years (2022)",
      agent(3, "2019-09-01", { functions: [directeur("2016-09-01", "2022-08-31")] }),
      2022,
      [1],
    ],
    [
      "HC 3rd + 5 years (2022)",
      agent(3, "2019-09-01", { functions: [directeur("2017-09-01", "2022-08-31")] }),
      2022,
      [],
    ],
    [
      "HC 2nd with 10 years",
      agent(2, "2019-09-01", { third: null, functions: [directeur("2010-09-01", null)] }),
      2023,
      [],
    ],
    ["HC 6th without functions", agent(6, "2020-09-01"), 2023, [2]],
    [
      "HC 6th with functions",
      agent(6, "2020-09-01", { functions: [directeur("2010-09-01", null)] }),
      2023,
      [1, 2],
    ],
    ["HC 5th without functions", agent(5, "2020-09-01"), 2023, []],
    [
      "unvalidated functions ignored",
      agent(4, "2020-09-01", {
        functions: [directeur("2010-09-01", null, { status: "A_VERIFIER" })],
      }),
      2023,
      [],
    ],
    [
      "faisant fonction ignored",
      agent(4, "2020-09-01", {
        functions: [directeur("2010-09-01", null, { faisantFonction: true })],
      }),
      2023,
      [],
    ],
  ])("%s → %o", (_name, a, year, viviers) => {
    // With the candidature asked (2017–2020 rule), a vivier 1 agent must apply; without, never.
    const e = ce20172023.evaluate(a, ctx(year, { candidatureRequired: true }));
    expect(e.viviers).toEqual(viviers);
    expect(e.promouvable).toBe(viviers.length > 0);
    expect(e.candidatureRequired).toBe(viviers.includes(1));
    const without = ce20172023.evaluate(a, ctx(year, { candidatureRequired: false }));
    expect(without.viviers).toEqual(viviers);
    expect(without.candidatureRequired).toBe(false);
  });

  it.each([
    ["2021-08-31", 8, [1]],
    ["2021-08-30", 7, []], // the school year 2020-2021 has not ended yet
    ["2021-09-01", 8, [1]],
  ])("still-held function since 2013-09-01, observed %s → %i years", (obs, years, viviers) => {
    const a = agent(3, "2019-09-01", { functions: [directeur("2013-09-01", null)] });
    const e = ce20172023.evaluate(a, ctx(2021, {}, obs));
    expect(e.facts.anneesFonctionsRetenues).toBe(years);
    expect(e.viviers).toEqual(viviers);
  });

  it("counts overlapping functions once and leaves gaps out", () => {
    const a = agent(3, "2019-09-01", {
      functions: [
        directeur("2013-09-01", "2017-08-31"),
        directeur("2015-09-01", "2018-08-31", { kind: "MAITRE_FORMATEUR" }), // overlaps 2015–2017
        directeur("2019-09-01", "2020-06-30", { kind: "TUTEUR_STAGIAIRES" }), // ends before 31 August
        directeur("2020-09-01", "2022-08-31", { kind: "REFERENT_HANDICAP" }),
      ],
    });
    const e = ce20172023.evaluate(a, ctx(2022));
    expect(e.facts.anneesScolairesRetenues).toBe(
      "2013-2014, 2014-2015, 2015-2016, 2016-2017, 2017-2018, 2020-2021, 2021-2022",
    );
    expect(e.viviers).toEqual([1]);
    expect(e.reasons).toContain(
      "L'année scolaire 2019-2020 n'est pas comptée : vos fonctions éligibles validées ne la couvrent pas entièrement (du 1er septembre au 31 août).",
    );
  });

  it("counts the 3rd échelon at the observation date: one day before / after", () => {
    const fns = [directeur("2010-09-01", null)];
    const reachedAfter = agent(3, "2023-09-01", {
      functions: fns,
      careerSteps: [
        { grade: "HC", echelon: 2, date: "2020-09-01" },
        { grade: "HC", echelon: 3, date: "2023-09-01" },
      ],
    });
    expect(ce20172023.evaluate(reachedAfter, ctx()).viviers).toEqual([]);
    const reachedOn = agent(3, "2023-08-31", { functions: fns });
    expect(ce20172023.evaluate(reachedOn, ctx()).viviers).toEqual([1]);
  });

  it("explains the missing school years", () => {
    const a = agent(4, "2020-09-01", {
      functions: [
        directeur("2019-09-01", null),
        directeur("2015-09-01", "2019-08-31", { status: "A_VERIFIER" }),
        directeur("2018-01-01", "2018-06-30", { kind: "ERUN" }),
      ],
    });
    const e = ce20172023.evaluate(a, ctx(2023));
    expect(e.promouvable).toBe(false);
    expect(e.reasons[0]).toBe(
      "Vous êtes au 4e échelon de la hors classe depuis 2 ans 11 mois 30 jours au 31/08/2023.",
    );
    expect(e.reasons).toContain(
      "Il vous manque 2 années scolaires de fonctions éligibles validées (6 requises, 4 retenues).",
    );
    expect(e.reasons).toContain(
      "« Directeur d'école » du 01/09/2015 au 31/08/2019 : non retenue tant qu'elle n'est pas validée par l'administration.",
    );
    expect(e.reasons).toContain(
      "« Enseignant référent pour les usages du numérique (ERUN) » du 01/01/2018 au 30/06/2018 : cette fonction ne compte pas pour la classe exceptionnelle.",
    );
    expect(e.reasons[e.reasons.length - 1]).toBe(
      "Vous n'êtes pas promouvable à la classe exceptionnelle cette année.",
    );
    expect(e.facts.anneesFonctionsRetenues).toBe(4);
    expect(e.facts.anneesScolairesRetenues).toBe("2019-2020, 2020-2021, 2021-2022, 2022-2023");
  });

  it("uses singulars", () => {
    const a = agent(4, "2020-09-01", { functions: [directeur("2018-09-01", "2023-08-31")] });
    const e = ce20172023.evaluate(a, ctx(2023));
    expect(e.reasons).toContain(
      "Il vous manque 1 année scolaire de fonctions éligibles validées (6 requises, 5 retenues).",
    );
    const none = ce20172023.evaluate(
      agent(4, "2020-09-01", { functions: [directeur("2022-09-01", null)] }),
      ctx(2023, { vivier1: { ...ce20172023.defaultParameters(2023).vivier1, requiredYears: 1 } }),
    );
    expect(none.reasons).toContain(
      "Vous justifiez de 1 année scolaire de fonctions éligibles validées (1 requise, 1 retenue).",
    );
  });

  it("tells a vivier 1 agent that there is no candidature from 2021", () => {
    const a = agent(6, "2020-09-01", { sexe: "M", functions: [directeur("2010-09-01", null)] });
    const e = ce20172023.evaluate(a, ctx(2023));
    expect(e.reasons).toContain(
      "Vous êtes promouvable au titre du vivier 1 (fonctions particulières) : vous n'avez pas à candidater, l'administration vous identifie à partir des fonctions validées de votre dossier.",
    );
    expect(e.reasons.some((r) => r.startsWith("Si vous candidatez"))).toBe(false);
  });

  it("tells an agent of both viviers how the candidature works", () => {
    const a = agent(6, "2020-09-01", { sexe: "M", functions: [directeur("2010-09-01", null)] });
    const e = ce20172023.evaluate(a, ctx(2023, { candidatureRequired: true }));
    expect(e.reasons).toContain(
      "Vous êtes promouvable au titre du vivier 1 (fonctions particulières) : vous devez faire acte de candidature pendant la période de candidature, à chaque campagne.",
    );
    expect(e.reasons).toContain(
      "Vous êtes au dernier échelon de la hors classe (6e) : vous êtes promouvable au titre du vivier 2 (valeur professionnelle), sans candidature.",
    );
    expect(e.reasons).toContain(
      "Si vous candidatez, vous serez d'abord examiné au titre du vivier 1 ; sinon, ou si vous n'y êtes pas promu, au titre du vivier 2.",
    );
    expect(e.reasons).toContain(
      "Votre ancienneté depuis le 3e échelon de la hors classe (7 ans) vous donne 24 points au barème.",
    );
  });

  it("leaves out agents of other grades", () => {
    expect(ce20172023.evaluate(agent(11, "2015-01-01", { grade: "CN" }), ctx()).reasons[0]).toBe(
      "Vous êtes à la classe normale au 31/08/2023 : la promotion à la classe exceptionnelle est ouverte aux agents de la hors classe.",
    );
    const ce = ce20172023.evaluate(agent(2, "2020-01-01", { grade: "CE" }), ctx());
    expect(ce.promouvable).toBe(false);
    expect(ce.reasons[0]).toBe(
      "Vous êtes à la classe exceptionnelle au 31/08/2023 : la promotion à la classe exceptionnelle ne vous concerne plus.",
    );
  });
});

describe("CE 2017–2023: barème and tableau", () => {
  const fns = [directeur("2010-09-01", null)];
  // As in the campaigns 2017–2020 (and the demo): vivier 1 asks for a candidature.
  const cand = (
    a: AgentSnapshot,
    appreciation: string | null,
    candidatureValid = true,
    candidatureRequired = true,
  ): RankingCandidate => ({
    agent: a,
    eligibility: ce20172023.evaluate(a, ctx(2023, { candidatureRequired })),
    appreciation,
    candidatureValid,
    opposition: null,
  });

  it("reproduces the worked example: 12 + 90 = 102", () => {
    const a = agent(3, "2019-09-01", { functions: fns });
    const r = ce20172023.rank([cand(a, "TRES_SATISFAISANT")], ctx());
    expect(r.rows[0]).toMatchObject({
      bareme: 102,
      vivier: 1,
      parts: [
        { label: "Appréciation : Très satisfaisant", points: 90 },
        { label: "Ancienneté : 3 ans depuis le 3e échelon de la hors classe", points: 12 },
      ],
    });
  });

  it("splits between viviers, examines vivier 1 first and counts each agent once", () => {
    // Contingent floor(10.5 % of a corps of 50) = 5 → vivier 2 floor(30 % × 5) = 1, vivier 1 the other 4.
    const v1 = [
      cand(agent(3, "2019-09-01", { id: "v1a", functions: fns }), "EXCELLENT"), // 140 + 12
      cand(
        agent(4, "2019-09-01", { id: "v1b", functions: fns, third: "2016-09-01" }),
        "TRES_SATISFAISANT",
      ), // 90 + 21
      cand(agent(3, "2022-09-01", { id: "v1c", functions: fns }), "SATISFAISANT"), // 40 + 3
      cand(agent(3, "2021-09-01", { id: "v1d", functions: fns }), "INSATISFAISANT"), // 0 + 6
      cand(agent(4, "2020-09-01", { id: "v1e", functions: fns }), "SATISFAISANT", false), // no candidature
    ];
    const both = [
      cand(agent(6, "2020-09-01", { id: "b1", functions: fns, third: "2010-09-01" }), "EXCELLENT"), // 140 + 39: promoted in vivier 1
      cand(
        agent(6, "2020-09-01", { id: "b2", functions: fns, third: "2012-09-01" }),
        "SATISFAISANT",
      ), // 40 + 33: 4th of vivier 1, promoted there
      cand(
        agent(6, "2020-09-01", { id: "b3", sexe: "M", functions: fns, third: "2014-09-01" }),
        "EXCELLENT",
        false,
      ), // 140 + 27, did not apply → vivier 2
    ];
    const v2 = [
      cand(
        agent(6, "2019-09-01", { id: "v2a", sexe: "M", third: "2011-09-01" }),
        "TRES_SATISFAISANT",
      ),
    ]; // 90 + 36
    // Pyramidage 2023: floor(10.5 % × 50) − 0 already in the CE = 5; vivier 2: floor(30 % × 5) = 1.
    const r = ce20172023.rank([...v1, ...both, ...v2], {
      ...ctx(),
      population: { base: 50, alreadyPromoted: 0 },
    });

    expect(r.contingent).toMatchObject({
      total: 5,
      computed: 5,
      notified: null,
      byVivier: { "1": 4, "2": 1 },
    });
    const rows = r.rows.map((x) => [x.agentId, x.vivier, x.rank, x.bareme, x.promoted]);
    expect(rows).toEqual([
      ["b1", 1, 1, 179, true],
      ["v1a", 1, 2, 152, true],
      ["v1b", 1, 3, 111, true],
      ["b2", 1, 4, 73, true],
      ["v1c", 1, 5, 43, false],
      ["v1d", 1, 6, 6, false],
      ["b3", 2, 1, 167, true],
      ["v2a", 2, 2, 126, false],
    ]);
    expect(new Set(r.rows.map((x) => x.agentId)).size).toBe(r.rows.length);
    expect(r.barre).toEqual({ "1": 73, "2": 167 });
    expect(r.excluded).toEqual([
      {
        agentId: "v1e",
        reason: "Pas de candidature enregistrée : non examinée au titre du vivier 1.",
      },
    ]);
    expect(r.shares.promoted).toEqual({ F: 4, M: 1 });
  });

  it("examines vivier 1 without any candidature when the campaign asks none (from 2021)", () => {
    const list = [
      cand(agent(3, "2019-09-01", { id: "n1", functions: fns }), "EXCELLENT", false, false),
      cand(agent(6, "2020-09-01", { id: "n2", functions: fns }), "SATISFAISANT", false, false),
    ];
    const r = ce20172023.rank(
      list,
      ctx(2023, { contingent: { ...targetContingent(10.5), notified: 1 } }),
    );
    expect(r.excluded).toEqual([]);
    expect(r.rows.map((x) => [x.agentId, x.vivier, x.promoted])).toEqual([
      ["n1", 1, true],
      ["n2", 2, false],
    ]);
  });

  it("moves an agent of both viviers not promoted in vivier 1 to vivier 2, with a note", () => {
    const list = [
      cand(agent(3, "2019-09-01", { id: "x1", functions: fns }), "EXCELLENT"), // 152
      cand(
        agent(6, "2020-09-01", { id: "x2", functions: fns, third: "2012-09-01" }),
        "SATISFAISANT",
      ), // 40 + 33 = 73, both viviers
      cand(agent(6, "2019-09-01", { id: "x3", third: "2019-09-01" }), "SATISFAISANT"), // 40 + 15 = 55, vivier 2 only
    ];
    // 2 places shared 50/50 → 1 / 1
    const r = ce20172023.rank(
      list,
      ctx(2023, {
        vivierShares: { "1": 50, "2": 50 },
        contingent: { ...targetContingent(10.5), notified: 2 },
      }),
    );
    expect(r.contingent.byVivier).toEqual({ "1": 1, "2": 1 });
    expect(r.rows.map((x) => [x.agentId, x.vivier, x.rank, x.promoted])).toEqual([
      ["x1", 1, 1, true],
      ["x2", 2, 1, true],
      ["x3", 2, 2, false],
    ]);
    expect(r.rows[1]?.note).toBe("Également examinée au vivier 1 (rang 2), sans y être promue.");
    expect(r.barre).toEqual({ "1": 152, "2": 73 });
  });

  // domain.md: "Places left unused by one vivier may go to the other (parameter)". byVivier
  // is what each vivier finally has: the places moved leave one vivier and join the other, so
  // the two always add up to the contingent.
  const v1Only = (id: string, level: string) =>
    cand(agent(3, "2019-09-01", { id, functions: fns }), level); // 12 + points
  const v2Only = (id: string) => cand(agent(6, "2019-09-01", { id }), "SATISFAISANT");
  const both = (id: string) =>
    cand(agent(6, "2020-09-01", { id, functions: fns, third: "2012-09-01" }), "SATISFAISANT"); // 40 + 33 = 73
  type Case = [
    string,
    RankingCandidate[],
    Partial<Ce20172023Parameters>,
    { "1": number; "2": number },
    [string, number][],
  ];
  const notified = (n: number) => ({ contingent: { ...targetContingent(10.5), notified: n } });
  const fiftyFifty = { vivierShares: { "1": 50, "2": 50 } };
  it.each<Case>([
    // 4 notified, 30 % → vivier 2 floor(1.2) = 1, vivier 1 the other 3, nobody in vivier 1.
    [
      "no report: vivier 1's places are lost",
      [v2Only("y1"), v2Only("y2")],
      notified(4),
      { "1": 3, "2": 1 },
      [["y1", 2]],
    ],
    [
      "vivier 1 → 2: 3 unused places move",
      [v2Only("y1"), v2Only("y2")],
      { ...notified(4), reportUnusedVivier1Places: true },
      { "1": 0, "2": 4 },
      [
        ["y1", 2],
        ["y2", 2],
      ],
    ],
    [
      "vivier 2 → 1 only: vivier 2 used its place, nothing moves",
      [v2Only("y1"), v2Only("y2")],
      { ...notified(4), reportUnusedVivier2Places: true },
      { "1": 3, "2": 1 },
      [["y1", 2]],
    ],
    // 4 notified, 50/50 → 2 / 2; vivier 2 has one agent.
    [
      "no report: vivier 2's unused place is lost",
      [
        v1Only("n1", "EXCELLENT"),
        v1Only("n2", "TRES_SATISFAISANT"),
        v1Only("n3", "SATISFAISANT"),
        v2Only("y1"),
      ],
      { ...notified(4), ...fiftyFifty },
      { "1": 2, "2": 2 },
      [
        ["n1", 1],
        ["n2", 1],
        ["y1", 2],
      ],
    ],
    [
      "vivier 2 → 1: the unused place goes to vivier 1's next agent",
      [
        v1Only("n1", "EXCELLENT"),
        v1Only("n2", "TRES_SATISFAISANT"),
        v1Only("n3", "SATISFAISANT"),
        v2Only("y1"),
      ],
      { ...notified(4), ...fiftyFifty, reportUnusedVivier2Places: true },
      { "1": 3, "2": 1 },
      [
        ["n1", 1],
        ["n2", 1],
        ["n3", 1],
        ["y1", 2],
      ],
    ],
    [
      "vivier 1 → 2 only: vivier 1 used its places, nothing moves",
      [
        v1Only("n1", "EXCELLENT"),
        v1Only("n2", "TRES_SATISFAISANT"),
        v1Only("n3", "SATISFAISANT"),
        v2Only("y1"),
      ],
      { ...notified(4), ...fiftyFifty, reportUnusedVivier1Places: true },
      { "1": 2, "2": 2 },
      [
        ["n1", 1],
        ["n2", 1],
        ["y1", 2],
      ],
    ],
    // b (both viviers, 73) is 3rd in vivier 1, promoted in vivier 2 with one place left unused:
    // vivier 1 is ranked again with 3 places and without b, so n3 (12) gets the place.
    [
      "vivier 2 → 1: an agent promoted in vivier 2 is not ranked again in vivier 1",
      [
        v1Only("n1", "EXCELLENT"),
        v1Only("n2", "EXCELLENT"),
        both("b"),
        v1Only("n3", "INSATISFAISANT"),
      ],
      { ...notified(4), ...fiftyFifty, reportUnusedVivier2Places: true },
      { "1": 3, "2": 1 },
      [
        ["n1", 1],
        ["n2", 1],
        ["n3", 1],
        ["b", 2],
      ],
    ],
  ])("%s", (_, list, over, byVivier, promoted) => {
    const r = ce20172023.rank(list, ctx(2023, over));
    expect(r.contingent.byVivier).toEqual(byVivier);
    expect(byVivier["1"] + byVivier["2"]).toBe(r.contingent.total);
    expect(r.rows.filter((x) => x.promoted).map((x) => [x.agentId, x.vivier])).toEqual(promoted);
    expect(new Set(r.rows.map((x) => x.agentId)).size).toBe(list.length);
  });

  it("warns when the corps size is missing", () => {
    const r = ce20172023.rank([cand(agent(6, "2019-09-01"), "EXCELLENT")], ctx());
    expect(r.warnings?.[0]).toMatch(/Effectif de référence inconnu/);
  });
});
