import { describe, expect, it } from "vitest";
import {
  byYear,
  checkLevelCaps,
  compareByKeys,
  contingentOf,
  contingentSchema,
  countBySex,
  desc,
  levelCaps,
  rankTable,
  rateContingent,
  resolveContingent,
  sortedIndices,
  splitByShares,
  splitViviers,
  targetContingent,
  tieBreaksSchema,
  tieKeyValues,
  type TableEntry,
} from "./ranking";
import type { AgentSnapshot, RankingCandidate } from "./types";

describe("contingentOf (rates in percent, rounded down)", () => {
  it.each([
    [29, 100, 29], // 0.29 × 100 is 28.999… in floating point
    [23, 100, 23],
    [23, 330_000, 75_900],
    [18, 7, 1],
    [22, 4, 0],
    [1.43, 1000, 14],
    [10, 99, 9],
    [20, 0, 0],
    [100, 12, 12],
  ])("%f %% of %i → %i", (rate, base, n) => expect(contingentOf(rate, base)).toBe(n));
});

describe("resolveContingent", () => {
  const PROMOUVABLES = { base: "PROMOUVABLES" as const, alreadyPromoted: null };
  const PYRAMIDAGE = { base: {}, alreadyPromoted: { grade: "CE" as const } };

  // Hors classe: rate × promouvables, decimal part carried over (décret 2005-1090, art. 1–2).
  it.each([
    // rate, promouvables, previous remainder → computed, remainder
    [23, 100, 0, 23, 0], // 23 % of 100: exactly 23
    [23, 57, 0, 13, 0.11], // 13.11 → 13, 0.11 carried
    [23, 57, 0.95, 14, 0.06], // 13.11 + 0.95 = 14.06 → 14, 0.06 carried
    [13.2, 10, 0.7, 2, 0.02], // 1.32 + 0.7 = 2.02
    [21, 3, 0.4, 1, 0.03], // 0.63 + 0.4 = 1.03: the carried decimals give the promotion
    [22, 0, 0.5, 0, 0.5], // nobody promouvable: the remainder stays
  ])("%f %% of %i + %f → %i, remainder %f", (rate, base, previous, computed, remainder) => {
    const r = resolveContingent(
      { ...rateContingent(rate, true), previousRemainder: previous },
      base,
      PROMOUVABLES,
      undefined,
    );
    expect(r.detail).toMatchObject({
      total: computed,
      computed,
      remainder,
      previousRemainder: previous,
      notified: null,
    });
    expect(r.warning).toBeNull();
  });

  // Rates have two decimals (1.43 %), remainders four (0,26 as stored): validated, never
  // rounded silently — 0.99995 would otherwise round up to a whole promotion.
  it.each<[string, Partial<ReturnType<typeof rateContingent>>, string | null]>([
    ["rate 13.2 %", { ratePercent: 13.2 }, null],
    ["rate 1.43 %", { ratePercent: 1.43 }, null],
    [
      "rate 1.435 %",
      { ratePercent: 1.435 },
      "Le taux s'exprime avec deux décimales au plus (ex. : 1,43 %).",
    ],
    ["remainder 0.9999", { previousRemainder: 0.9999 }, null],
    [
      "remainder 0.99995",
      { previousRemainder: 0.99995 },
      "Le reliquat s'exprime avec quatre décimales au plus (ex. : 0,26).",
    ],
    ["remainder 1", { previousRemainder: 1 }, "Le reliquat est compris entre 0 et 1 (exclu)."],
  ])("schema: %s", (_, over, message) => {
    const r = contingentSchema.safeParse({ ...rateContingent(23, true), ...over });
    expect(r.success ? null : r.error.issues[0]?.message).toBe(message);
  });

  it("refuses to compute with more decimals than the schema allows, instead of rounding", () => {
    expect(() => contingentOf(1.435, 1000)).toThrow(/Taux : 1.435 a plus de 2 décimales/);
    expect(() =>
      resolveContingent(
        { ...rateContingent(23, true), previousRemainder: 0.99995 },
        1,
        PROMOUVABLES,
        undefined,
      ),
    ).toThrow(/Reliquat/);
    // 0.9999 carried: 23 % of 1 = 0.23 + 0.9999 = 1.2299 → 1, 0.2299 left.
    expect(
      resolveContingent(
        { ...rateContingent(23, true), previousRemainder: 0.9999 },
        1,
        PROMOUVABLES,
        undefined,
      ).detail,
    ).toMatchObject({ computed: 1, remainder: 0.2299 });
  });

  it("does not add nor keep a remainder when the rule set carries nothing over", () => {
    const r = resolveContingent(
      { ...rateContingent(29), previousRemainder: 0.9 },
      10,
      PROMOUVABLES,
      undefined,
    );
    expect(r.detail).toMatchObject({
      total: 2,
      computed: 2,
      remainder: null,
      previousRemainder: 0,
    });
  });

  // Pyramidage (CE 2017–2023, échelon spécial): floor(target × base) − already in the grade.
  it.each([
    // target, corps, already in CE → promotions
    [2.86, 1000, 14, 14], // domain.md: 2018, corps 1,000, 14 already in the CE → 28 − 14
    [1.43, 1000, 0, 14], // 2017: 14 promotions → 12 / 2 between the viviers
    [10.5, 1000, 90, 15], // 2023 target 10.5 %: 105 − 90
    [10.5, 1000, 120, 0], // already above the target: none, never negative
    [20, 37, 3, 4], // échelon spécial: floor(20 % × 37 CE) = 7 − 3 already there
  ])("target %f %% of %i, %i already there → %i", (target, corps, already, n) => {
    const r = resolveContingent(targetContingent(target), 999, PYRAMIDAGE, {
      base: corps,
      alreadyPromoted: already,
    });
    expect(r.detail).toMatchObject({
      total: n,
      computed: n,
      base: corps,
      alreadyPromoted: already,
      remainder: null,
    });
  });

  it.each([
    ["rate", rateContingent(23, true), PROMOUVABLES],
    ["pyramidage", targetContingent(2.86), PYRAMIDAGE],
  ] as const)(
    "the notified number overrides the computed one (%s); both are kept",
    (_name, params, needs) => {
      const r = resolveContingent({ ...params, notified: 42 }, 100, needs, {
        base: 1000,
        alreadyPromoted: 14,
      });
      expect(r.detail.total).toBe(42);
      expect(r.detail.notified).toBe(42);
      expect(r.detail.computed).toBe(params.method === "RATE" ? 23 : 14);
    },
  );

  it("warns when a population is unknown", () => {
    const r = resolveContingent(targetContingent(10), 100, PYRAMIDAGE, undefined);
    expect(r.detail.computed).toBe(10);
    expect(r.warning).toMatch(/Effectif de référence inconnu/);
    expect(r.warning).toMatch(/déjà promus inconnu/);
  });
});

describe("splitViviers (vivier 2 at most its share rounded down, vivier 1 the rest)", () => {
  // Décret 2017-786: "dans la limite de 20 %" (30 % from 2022); worked figures of domain.md.
  it.each([
    [14, 80, 20, 12, 2], // 2017: 14 promotions → 12 / 2 (2.8 rounded down)
    [3, 70, 30, 3, 0], // 2022: 3 promotions → 3 / 0 (0.9 rounded down)
    [10, 70, 30, 7, 3],
    [9, 80, 20, 8, 1],
    [0, 70, 30, 0, 0],
  ])("%i promotions at %i/%i → %i / %i", (total, s1, s2, v1, v2) => {
    expect(splitViviers(total, { "1": s1, "2": s2 })).toEqual({ "1": v1, "2": v2 });
  });
});

describe("splitByShares (largest remainder, totals add up)", () => {
  it.each([
    [10, { "1": 80, "2": 20 }, { "1": 8, "2": 2 }],
    [7, { "1": 70, "2": 30 }, { "1": 5, "2": 2 }],
    [3, { "1": 70, "2": 30 }, { "1": 2, "2": 1 }],
    [1, { "1": 70, "2": 30 }, { "1": 1, "2": 0 }],
    [1, { "1": 50, "2": 50 }, { "1": 1, "2": 0 }],
    [0, { "1": 70, "2": 30 }, { "1": 0, "2": 0 }],
    [9, { "1": 0.8, "2": 0.2 }, { "1": 7, "2": 2 }],
    [5, { "1": 0, "2": 0 }, { "1": 0, "2": 0 }],
  ])("%i by %o → %o", (total, shares, expected) => {
    const r = splitByShares(total, shares);
    expect(r).toEqual(expected);
    if (shares["1"] + shares["2"] > 0) expect(r["1"] + r["2"]).toBe(total);
  });
});

describe("byYear", () => {
  const table = [
    [2021, 18],
    [2023, 21],
    [2025, 23],
  ] as const;
  it.each([
    [2019, 18],
    [2021, 18],
    [2022, 18],
    [2023, 21],
    [2024, 21],
    [2030, 23],
  ])("%i → %i", (year, v) => expect(byYear(table, year)).toBe(v));
});

describe("levelCaps / checkLevelCaps", () => {
  it("caps the best levels at a share of the promouvables", () => {
    expect(levelCaps(57, { EXCELLENT: 20, TRES_SATISFAISANT: 20 })).toEqual({
      EXCELLENT: 11,
      TRES_SATISFAISANT: 11,
    });
    expect(
      checkLevelCaps({ EXCELLENT: 12, TRES_SATISFAISANT: 3 }, 57, {
        EXCELLENT: 20,
        TRES_SATISFAISANT: 20,
      }),
    ).toEqual([
      { level: "EXCELLENT", count: 12, max: 11, exceeded: true },
      { level: "TRES_SATISFAISANT", count: 3, max: 11, exceeded: false },
    ]);
  });
});

describe("tie-break parameters", () => {
  it("refuses a key listed twice", () => {
    expect(tieBreaksSchema.safeParse(desc("BAREME", "AGE")).success).toBe(true);
    expect(tieBreaksSchema.safeParse(desc("BAREME", "BAREME")).success).toBe(false);
  });
});

describe("compareByKeys / sortedIndices", () => {
  const items = [
    { id: "a", b: 100, age: 30 },
    { id: "b", b: 120, age: 40 },
    { id: "c", b: 100, age: 50 },
    { id: "d", b: 100, age: 50 },
  ];
  it("orders by keys and keeps full ties in input order", () => {
    const sorted = [...items].sort(
      compareByKeys([
        { value: (i) => i.b, order: "desc" },
        { value: (i) => i.age, order: "desc" },
      ]),
    );
    expect(sorted.map((i) => i.id)).toEqual(["b", "c", "d", "a"]);
    const asc = [...items].sort(compareByKeys([{ value: (i) => i.b, order: "asc" }]));
    expect(asc.map((i) => i.id)).toEqual(["a", "c", "d", "b"]);
  });

  it("sorts indices by columns, then fallback, then index", () => {
    const cols = [
      { values: items.map((i) => i.b), order: "desc" as const },
      { values: items.map((i) => i.age), order: "desc" as const },
    ];
    expect(sortedIndices(4, cols)).toEqual([1, 2, 3, 0]);
    expect(sortedIndices(4, cols, (a, b) => b - a)).toEqual([1, 3, 2, 0]);
  });
});

const agent = (id: string, sexe: "F" | "M" = "F"): AgentSnapshot => ({
  id,
  sexe,
  birthDate: "1975-01-01",
  corpsDate: "2000-09-01",
  grade: "CN",
  echelon: 10,
  echelonDate: "2022-09-01",
  gradeDate: "2000-09-01",
  careerSteps: [],
  functions: [],
});

const entry = (
  id: string,
  bareme: number,
  over: Partial<RankingCandidate> & { sexe?: "F" | "M"; blocked?: string; age?: number } = {},
): TableEntry => {
  const a = agent(id, over.sexe);
  return {
    candidate: {
      agent: a,
      eligibility: {
        promouvable: true,
        viviers: [],
        candidatureRequired: false,
        reasons: [],
        facts: {},
      },
      appreciation: "X",
      candidatureValid: true,
      opposition: over.opposition ?? null,
    },
    bareme,
    parts: [{ label: "Barème", points: bareme }],
    group: 0,
    blocked: over.blocked ?? null,
    keys: {
      BAREME: bareme,
      ANCIENNETE_CORPS: 0,
      ANCIENNETE_GRADE: 0,
      ECHELON: 0,
      ANCIENNETE_ECHELON: 0,
      AGE: over.age ?? 0,
    },
  };
};

describe("rankTable", () => {
  const ties = desc("BAREME", "AGE");

  it("promotes in order and publishes the barre", () => {
    const t = rankTable([entry("a", 150), entry("b", 220), entry("c", 180), entry("d", 100)], {
      vivier: null,
      places: 2,
      tieBreaks: ties,
      balanceBySex: false,
    });
    expect(t.rows.map((r) => [r.agentId, r.rank, r.promoted])).toEqual([
      ["b", 1, true],
      ["c", 2, true],
      ["a", 3, false],
      ["d", 4, false],
    ]);
    expect(t.barre).toBe(180);
    expect(t.rows[2]?.note).toBe("Au-delà du contingent (2 promotions, barre : 180 points).");
  });

  it("gives an opposed agent's place to the next one", () => {
    const t = rankTable(
      [
        entry("a", 220, { opposition: { reason: "Manquements répétés" } }),
        entry("b", 200),
        entry("c", 180),
      ],
      { vivier: null, places: 1, tieBreaks: ties, balanceBySex: false },
    );
    expect(t.rows.map((r) => [r.agentId, r.promoted, r.opposed])).toEqual([
      ["a", false, true],
      ["b", true, false],
      ["c", false, false],
    ]);
    expect(t.rows[0]?.note).toBe("Opposition du DASEN : Manquements répétés");
    expect(t.rows[0]?.oppositionReason).toBe("Manquements répétés");
    expect(t.barre).toBe(200);
  });

  it("skips blocked agents (e.g. no appréciation)", () => {
    const t = rankTable(
      [entry("a", 220, { blocked: "Appréciation non saisie." }), entry("b", 200)],
      {
        vivier: null,
        places: 1,
        tieBreaks: ties,
        balanceBySex: false,
      },
    );
    expect(t.rows.map((r) => [r.agentId, r.promoted, r.note])).toEqual([
      ["a", false, "Appréciation non saisie."],
      ["b", true, null],
    ]);
  });

  it("breaks ties with the next keys, then the agent id", () => {
    const t = rankTable(
      [entry("z", 100, { age: 1 }), entry("y", 100, { age: 2 }), entry("x", 100, { age: 1 })],
      {
        vivier: 1,
        places: 0,
        tieBreaks: ties,
        balanceBySex: false,
      },
    );
    expect(t.rows.map((r) => r.agentId)).toEqual(["y", "x", "z"]);
    expect(t.rows.every((r) => r.vivier === 1)).toBe(true);
    expect(t.barre).toBeNull();
  });

  it("balances women and men when asked, giving unused places back", () => {
    // 2 women, 2 men promouvables, 2 places: one each even though both men rank first.
    const list = [
      entry("m1", 200, { sexe: "M" }),
      entry("m2", 190, { sexe: "M" }),
      entry("f1", 180),
      entry("f2", 170),
    ];
    const balanced = rankTable(list, {
      vivier: null,
      places: 2,
      tieBreaks: ties,
      balanceBySex: true,
    });
    expect(balanced.rows.filter((r) => r.promoted).map((r) => r.agentId)).toEqual(["m1", "f1"]);
    expect(balanced.rows.find((r) => r.agentId === "m2")?.note).toBe(
      "Non retenu : équilibre femmes-hommes des promotions.",
    );
    expect(balanced.barre).toBe(180);
    const plain = rankTable(list, {
      vivier: null,
      places: 2,
      tieBreaks: ties,
      balanceBySex: false,
    });
    expect(plain.rows.filter((r) => r.promoted).map((r) => r.agentId)).toEqual(["m1", "m2"]);
    // The women's place cannot be filled (opposition): it goes back to the next man.
    const opposed = [
      entry("m1", 200, { sexe: "M" }),
      entry("m2", 190, { sexe: "M" }),
      entry("f1", 180, { opposition: { reason: "r" } }),
      entry("m3", 150, { sexe: "M" }),
    ];
    const back = rankTable(opposed, {
      vivier: null,
      places: 2,
      tieBreaks: ties,
      balanceBySex: true,
    });
    expect(back.rows.filter((r) => r.promoted).map((r) => r.agentId)).toEqual(["m1", "m2"]);
  });
});

describe("countBySex / tieKeyValues", () => {
  it("counts and measures seniorities in days at the observation date", () => {
    expect(countBySex([agent("a", "F"), agent("b", "M"), agent("c", "F")])).toEqual({ F: 2, M: 1 });
    const a = agent("a");
    const keys = tieKeyValues(a, a, 20696 /* 2026-08-31 */, 150);
    expect(keys.BAREME).toBe(150);
    expect(keys.ECHELON).toBe(10);
    expect(keys.ANCIENNETE_ECHELON).toBe(1460); // 2022-09-01 → 2026-08-31
  });
});
