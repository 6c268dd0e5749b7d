import { describe, expect, it } from "vitest";
import { parisDayEnd, parisDayStart, parisToday, windowState } from "./windows";
import { availableTransitions, checkTransition } from "./state-machine";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("campaign windows in Paris time", () => {
  it("opens at midnight in Paris, winter (UTC+1) and summer (UTC+2)", () => {
    expect(parisDayStart(day("2020-03-02")).toISOString()).toBe("2020-03-01T23:00:00.000Z");
    expect(parisDayStart(day("2020-07-02")).toISOString()).toBe("2020-07-01T22:00:00.000Z");
    expect(parisDayEnd(day("2020-03-23")).toISOString()).toBe("2020-03-23T23:00:00.000Z");
  });

  it("is open from the first second of the first day to the last second of the last day", () => {
    const [start, end] = [day("2020-03-02"), day("2020-03-23")];
    expect(windowState(start, end, new Date("2020-03-01T22:59:59Z"))).toBe("avant");
    expect(windowState(start, end, new Date("2020-03-01T23:00:00Z"))).toBe("ouverte");
    expect(windowState(start, end, new Date("2020-03-23T22:59:59Z"))).toBe("ouverte");
    expect(windowState(start, end, new Date("2020-03-23T23:00:00Z"))).toBe("fermee");
    expect(windowState(null, end, new Date())).toBe("aucune");
  });

  it("tells today's date in Paris", () => {
    expect(parisToday(new Date("2020-03-01T23:30:00Z"))).toEqual(day("2020-03-02"));
  });
});

describe("campaign state machine", () => {
  it.each([
    ["BROUILLON", "ouvrir", "OUVERTE"],
    ["OUVERTE", "clore", "CLOSE"],
    ["CLOSE", "publier", "PUBLIEE"],
  ] as const)("%s --%s--> %s", (from, transition, to) => {
    expect(checkTransition(from, transition)).toEqual({ ok: true, to });
  });

  it("refuses skipping or going back, with the reason", () => {
    expect(checkTransition("BROUILLON", "publier")).toEqual({
      ok: false,
      message: "Action impossible : la campagne est « En préparation » (attendu : « Close »).",
    });
    expect(checkTransition("PUBLIEE", "ouvrir").ok).toBe(false);
    expect(availableTransitions("PUBLIEE")).toEqual([]);
  });
});
