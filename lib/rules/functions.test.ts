import { describe, expect, it } from "vitest";
import type { FunctionKind } from "./function-kinds";
import {
  countEligibleSchoolYears,
  defaultEligibleKinds,
  schoolYearOf,
  type CountOptions,
} from "./functions";
import type { FunctionPeriod } from "./types";

const fn = (
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

const opts = (over: Partial<CountOptions> = {}): CountOptions => ({
  campaignYear: 2023,
  observationDate: "2023-08-31",
  ...over,
});

describe("schoolYearOf", () => {
  it.each([
    ["2016-08-31", 2015],
    ["2016-09-01", 2016],
    ["2017-01-15", 2016],
  ])("%s → %i", (d, y) => expect(schoolYearOf(d)).toBe(y));
});

describe("countEligibleSchoolYears: coverage", () => {
  it.each<[string, FunctionPeriod[], Partial<CountOptions>, number, string[]]>([
    ["8 full school years", [fn("2015-09-01", "2023-08-31")], {}, 8, []],
    ["still held (no end date)", [fn("2016-09-01", null)], {}, 7, []],
    [
      "observation one day before the end of the school year",
      [fn("2016-09-01", null)],
      { observationDate: "2023-08-30" },
      6,
      [],
    ],
    [
      "observation one day after",
      [fn("2016-09-01", null)],
      { observationDate: "2023-09-01" },
      7,
      [],
    ],
    [
      "overlapping functions count once",
      [
        fn("2015-09-01", "2018-08-31"),
        fn("2017-09-01", "2020-08-31", { kind: "CONSEILLER_PEDAGOGIQUE" }),
      ],
      {},
      5,
      [],
    ],
    [
      "two functions in one year fill it together",
      [
        fn("2015-09-01", "2016-01-31"),
        fn("2016-02-01", "2016-08-31", { kind: "MAITRE_FORMATEUR" }),
      ],
      {},
      1,
      [],
    ],
    [
      "a one-day gap breaks the year",
      [fn("2015-09-01", "2016-01-30"), fn("2016-02-01", "2016-08-31")],
      {},
      0,
      ["2015-2016"],
    ],
    ["ended before 31 August", [fn("2015-09-01", "2016-06-30")], {}, 0, ["2015-2016"]],
    ["started during the year", [fn("2015-11-01", "2017-08-31")], {}, 1, ["2015-2016"]],
    [
      "gap of a whole year",
      [fn("2010-09-01", "2012-08-31"), fn("2013-09-01", "2015-08-31")],
      {},
      4,
      [],
    ],
    ["starts after the observation date", [fn("2023-09-01", null)], {}, 0, []],
    ["nothing", [], {}, 0, []],
  ])("%s", (_name, periods, over, count, partial) => {
    const r = countEligibleSchoolYears(periods, opts(over));
    expect(r.count).toBe(count);
    expect(r.schoolYears).toHaveLength(count);
    expect(r.partialSchoolYears).toEqual(partial);
  });

  it("lists the school years counted", () => {
    const r = countEligibleSchoolYears([fn("2019-09-01", null)], opts());
    expect(r.schoolYears).toEqual(["2019-2020", "2020-2021", "2021-2022", "2022-2023"]);
    expect(r.retained).toEqual([0]);
  });
});

describe("countEligibleSchoolYears: exclusions", () => {
  it.each<[string, Partial<FunctionPeriod>, Partial<CountOptions>, string | null, RegExp | null]>([
    ["validated", {}, {}, null, null],
    [
      "awaiting validation",
      { status: "A_VERIFIER" },
      {},
      "NON_VALIDEE",
      /validée par l'administration/,
    ],
    ["refused", { status: "REFUSEE" }, {}, "NON_VALIDEE", /refusée/],
    ["faisant fonction", { faisantFonction: true }, {}, "FAISANT_FONCTION", /faisant fonction/],
    ["stagiaire", { stagiaire: true }, {}, "STAGIAIRE", /stage/],
    ["ERUN never counts", { kind: "ERUN" }, {}, "TYPE_NON_ELIGIBLE", /ne compte pas/],
    ["tuteur CAPPEI never counts", { kind: "TUTEUR_CAPPEI" }, {}, "TYPE_NON_ELIGIBLE", null],
    [
      "maître d'accueil temporaire never counts",
      { kind: "MAITRE_ACCUEIL_TEMPORAIRE" },
      {},
      "TYPE_NON_ELIGIBLE",
      null,
    ],
    [
      "from-2022 kind in 2021",
      { kind: "CONSEILLER_FORMATION_CONTINUE" },
      { campaignYear: 2021 },
      "TYPE_PAS_ENCORE_ELIGIBLE",
      /à partir de la campagne 2022/,
    ],
    [
      "from-2022 kind in 2022",
      { kind: "CONSEILLER_FORMATION_CONTINUE" },
      { campaignYear: 2022 },
      null,
      null,
    ],
    [
      "kind left out by the campaign",
      { kind: "TUTEUR_STAGIAIRES" },
      { eligibleKinds: ["DIRECTEUR_ECOLE"] },
      "TYPE_NON_ELIGIBLE",
      /pas retenue pour cette campagne/,
    ],
    [
      "éducation prioritaire below 50 %",
      { kind: "EDUCATION_PRIORITAIRE", educationPrioritaireShare: 40 },
      { educationPrioritaireMinShare: 50 },
      "QUOTITE_EP_INSUFFISANTE",
      /au moins 50 %/,
    ],
    [
      "éducation prioritaire at 50 %",
      { kind: "EDUCATION_PRIORITAIRE", educationPrioritaireShare: 50 },
      { educationPrioritaireMinShare: 50 },
      null,
      null,
    ],
    // The share is part of the entry (domain.md: "at least 50 % of the service there"): not given, not proven.
    [
      "éducation prioritaire, share unknown",
      { kind: "EDUCATION_PRIORITAIRE", educationPrioritaireShare: null },
      { educationPrioritaireMinShare: 50 },
      "QUOTITE_EP_INCONNUE",
      /part de votre service en éducation prioritaire n'est pas indiquée \(il en faut au moins 50 %\)/,
    ],
    [
      "éducation prioritaire, share unknown, no minimum asked",
      { kind: "EDUCATION_PRIORITAIRE", educationPrioritaireShare: null },
      {},
      null,
      null,
    ],
    // Tutoring counts from the 2019 campaign (arrêté of 8 April 2019), unless the campaign's own list says otherwise.
    [
      "tutoring in 2018, default",
      { kind: "TUTEUR_STAGIAIRES" },
      { campaignYear: 2018 },
      "TYPE_PAS_ENCORE_ELIGIBLE",
      /à partir de la campagne 2019/,
    ],
    [
      "tutoring in 2018, included by the campaign",
      { kind: "TUTEUR_STAGIAIRES" },
      { campaignYear: 2018, eligibleKinds: ["TUTEUR_STAGIAIRES"] },
      null,
      null,
    ],
    [
      "ERUN listed by the campaign still never counts",
      { kind: "ERUN" },
      { eligibleKinds: ["ERUN"] },
      "TYPE_NON_ELIGIBLE",
      /ne compte pas/,
    ],
    [
      "not validated wins over stagiaire",
      { status: "A_VERIFIER", stagiaire: true },
      {},
      "NON_VALIDEE",
      null,
    ],
  ])("%s", (_name, over, o, reason, message) => {
    const r = countEligibleSchoolYears([fn("2015-09-01", "2023-08-31", over)], opts(o));
    expect(r.excluded[0]?.reason ?? null).toBe(reason);
    expect(r.count).toBe(reason ? 0 : 8);
    if (message) expect(r.excluded[0]?.message).toMatch(message);
  });

  it("rejects an end date before the start date", () => {
    const r = countEligibleSchoolYears([fn("2016-09-01", "2015-08-31")], opts());
    expect(r.excluded[0]?.reason).toBe("DATES_INVALIDES");
  });

  it("keeps counting the valid entries beside excluded ones, and names the function", () => {
    const r = countEligibleSchoolYears(
      [fn("2015-09-01", "2019-08-31"), fn("2019-09-01", "2023-08-31", { status: "A_VERIFIER" })],
      opts(),
    );
    expect(r.count).toBe(4);
    expect(r.excluded.map((e) => e.index)).toEqual([1]);
    expect(r.excluded[0]?.message).toBe(
      "« Directeur d'école » du 01/09/2019 au 31/08/2023 : non retenue tant qu'elle n'est pas validée par l'administration.",
    );
  });
});

describe("defaultEligibleKinds", () => {
  it("widens in 2022 and never lists the kinds that do not count", () => {
    const before = defaultEligibleKinds(2021);
    const after = defaultEligibleKinds(2022);
    const widening: FunctionKind[] = [
      "CONSEILLER_FORMATION_CONTINUE",
      "ENSEIGNEMENT_PENITENTIAIRE",
      "CONTRAT_LOCAL_ACCOMPAGNEMENT",
    ];
    for (const k of widening) {
      expect(before).not.toContain(k);
      expect(after).toContain(k);
    }
    expect(after).toHaveLength(before.length + 3);
    for (const k of ["ERUN", "TUTEUR_CAPPEI", "MAITRE_ACCUEIL_TEMPORAIRE", "AUTRE"] as const)
      expect(after).not.toContain(k);
  });
});
