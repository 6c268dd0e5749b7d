import { describe, expect, it } from "vitest";
import { encodeDetail, parseDetail } from "./detail";

const ranking = {
  barre: { "1": 120, "2": null },
  contingent: {
    total: 3,
    byVivier: { "1": 2, "2": 1 },
    method: "RATE" as const,
    ratePercent: 17,
    base: 18,
    computed: 3,
    notified: null,
    remainder: 0.06,
  },
};
const row = {
  parts: [
    { label: "Appréciation : Excellent", points: 140 },
    { label: "Ancienneté : 11e échelon", points: 30 },
  ],
  note: null,
};

describe("PromotionResult.detail", () => {
  it("parses what it encodes", () => {
    expect(parseDetail(encodeDetail(row, ranking))).toEqual({ ...row, ...ranking });
  });

  it("keeps the stored format: rows already in the database stay readable", () => {
    // As storeTableau has written it since the first tableau.
    const stored =
      '{"parts":[{"label":"Appréciation : Excellent","points":140}],"note":"Non promu : contingent atteint.","barre":{"all":150},"contingent":{"total":1,"byVivier":{}}}';
    expect(
      encodeDetail(
        {
          parts: [{ label: "Appréciation : Excellent", points: 140 }],
          note: "Non promu : contingent atteint.",
        },
        { barre: { all: 150 }, contingent: { total: 1, byVivier: {} } },
      ),
    ).toBe(stored);
    expect(parseDetail(stored)).toEqual({
      parts: [{ label: "Appréciation : Excellent", points: 140 }],
      note: "Non promu : contingent atteint.",
      barre: { all: 150 },
      contingent: { total: 1, byVivier: {} },
    });
  });

  it("reads the old shapes: an empty object, or parts and note only", () => {
    const empty = { parts: [], note: null, barre: {}, contingent: { total: 0, byVivier: {} } };
    expect(parseDetail("{}")).toEqual(empty);
    expect(parseDetail('{"parts":[{"label":"Barème","points":12}],"note":null}')).toEqual({
      ...empty,
      parts: [{ label: "Barème", points: 12 }],
    });
  });

  it("empties a damaged field rather than failing the page", () => {
    expect(parseDetail('{"parts":"?","note":3,"barre":[],"contingent":{"total":"x"}}')).toEqual({
      parts: [],
      note: null,
      barre: {},
      contingent: { total: 0, byVivier: {} },
    });
    expect(parseDetail("not json").parts).toEqual([]);
    expect(parseDetail("null").contingent).toEqual({ total: 0, byVivier: {} });
  });

  it("keeps the contingent's optional figures", () => {
    expect(parseDetail(encodeDetail(row, ranking)).contingent).toEqual(ranking.contingent);
  });
});
