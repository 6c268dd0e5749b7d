import { describe, expect, it } from "vitest";
import { RULE_SET_IDS, getRuleSet, validateParameters } from "@/lib/rules";
import { fieldText, parameterFields, readParameterForm } from "./parameters-form";

/** What the browser would send for the fields as shown. */
function submitted(value: unknown, changes: Record<string, string> = {}): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of parameterFields(value)) {
    if (f.kind === "multi")
      for (const v of f.value.split(",").filter(Boolean)) out[`${f.name}:${v}`] = "on";
    else out[f.name] = f.value;
  }
  return { ...out, ...changes };
}

describe.each(RULE_SET_IDS)("the parameters form of %s", (id) => {
  const defaults = getRuleSet(id).defaultParameters(2023);

  it("has a French label for every parameter", () => {
    const unlabelled = parameterFields(defaults)
      .filter((f) => f.label === f.path)
      .map((f) => f.path);
    expect(unlabelled).toEqual([]);
  });

  it("reads back exactly what it shows, accepted by the rule set", () => {
    const read = readParameterForm(defaults, submitted(defaults));
    expect(read).toEqual({ ok: true, value: defaults });
    expect(validateParameters(id, (read as { value: unknown }).value, 2023).success).toBe(true);
  });
});

describe("fieldText", () => {
  it("reads a campaign's parameters as a gestionnaire does: Oui/Non, French numbers, choices by label, — for none", () => {
    const fields = parameterFields({
      contingent: { ratePercent: 10.5, notified: null, carryOverRemainder: true },
      tieBreaks: [{ key: "ANCIENNETE_CORPS", order: "desc" }],
    });
    const text = Object.fromEntries(fields.map((f) => [f.path, fieldText(f)]));
    expect(text["contingent.ratePercent"]).toBe("10,5");
    expect(text["contingent.notified"]).toBe("—");
    expect(text["contingent.carryOverRemainder"]).toBe("Oui");
    expect(text["tieBreaks.0.key"]).toBe("Ancienneté dans le corps");
    expect(Object.values(text).join(" ")).not.toMatch(/ANCIENNETE_CORPS|\{|\}/);
  });
});

describe("readParameterForm", () => {
  const hc = getRuleSet("HC_PE").defaultParameters(2027);

  it("answers on the field, in French: échelon 15, a 500-point step, 31 February, an emptied field", () => {
    const read = readParameterForm(
      hc,
      submitted(hc, {
        "p.promouvabilite.echelon": "15",
        "p.seniorityPoints.3.points": "500",
        "p.observation.month": "2",
        "p.observation.day": "31",
        "p.contingent.ratePercent": "",
      }),
    );
    expect(read).toEqual({
      ok: false,
      errors: {
        "promouvabilite.echelon": "Valeur maximale : 11.",
        "seniorityPoints.3.points": "Valeur maximale : 240.",
        "observation.day": "Ce mois n'a que 29 jours.",
        "contingent.ratePercent": "Renseignez ce champ.",
      },
    });
  });

  it("takes French decimals, leaves a nullable number empty, reads booleans and lists", () => {
    const read = readParameterForm(
      hc,
      submitted(hc, {
        "p.contingent.ratePercent": "23,5",
        "p.contingent.notified": "",
        "p.balanceBySex": "on",
      }),
    );
    expect(read.ok && (read.value as typeof hc).contingent).toEqual({
      ...hc.contingent,
      ratePercent: 23.5,
      notified: null,
    });
    expect(read.ok && (read.value as typeof hc).balanceBySex).toBe(true);
    const notified = readParameterForm(hc, submitted(hc, { "p.contingent.notified": "17" }));
    expect(notified.ok && (notified.value as typeof hc).contingent.notified).toBe(17);
    const words = readParameterForm(hc, submitted(hc, { "p.baremeMax": "beaucoup" }));
    expect(words).toEqual({
      ok: false,
      errors: { baremeMax: "Nombre attendu (par exemple 23 ou 23,5)." },
    });
  });
});
