import { describe, expect, it } from "vitest";
import { z } from "zod";
import { correctionDecisionSchema } from "./review";

describe("treating a signalement: corrected dates", () => {
  it("refuses an absurd year, as the dossier entries do", () => {
    const r = correctionDecisionSchema.safeParse({
      id: "c1",
      decision: "ACCEPTEE",
      startDate: "0001-01-01",
    });
    expect(r.success).toBe(false);
    expect(z.flattenError(r.error!).fieldErrors.startDate).toEqual([
      "La date de début n'est pas plausible : l'année doit être 1900 ou après.",
    ]);
    expect(
      correctionDecisionSchema.parse({ id: "c1", decision: "ACCEPTEE", startDate: "2006-09-01" })
        .startDate,
    ).toEqual(new Date("2006-09-01T00:00:00Z"));
  });
});
