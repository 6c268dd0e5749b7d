import { describe, expect, it } from "vitest";
import { sideBySide, type CampaignOfDepartement, type ResultRow } from "./figures";

const hg = { id: "dep-31", code: "31", name: "Haute-Garonne" };
const ar = { id: "dep-09", code: "09", name: "Ariège" };
const campaign = (id: string, departement: typeof hg, year = 2026): CampaignOfDepartement => ({
  id,
  kind: "CLASSE_EXCEPTIONNELLE",
  year,
  title: `CE ${year}`,
  status: "PUBLIEE",
  departement,
});
const row = (
  campaignId: string,
  promoted: boolean,
  bareme: number | null,
  sexe: "F" | "M",
): ResultRow => ({ campaignId, promoted, bareme, sexe });

describe("the académie's figures side by side", () => {
  it("puts each département's campaign of one kind and year on a row, with the bar and the women's shares", () => {
    const results = [
      row("k31", true, 160, "F"),
      row("k31", true, 140, "M"),
      row("k31", false, 120, "F"),
      row("k31", false, 100, "M"),
      row("k09", true, 130, "F"),
      row("k09", false, 90, "M"),
      row("k09", false, null, "M"),
    ];
    const [group] = sideBySide([campaign("k31", hg), campaign("k09", ar)], results);
    expect(
      group!.rows.map((r) => [
        r.departement.code,
        r.promouvables,
        r.promotions,
        r.barre,
        r.femmesPromouvables,
        r.femmesPromus,
      ]),
    ).toEqual([
      ["09", 3, 1, 130, 33.3, 100],
      ["31", 4, 2, 140, 50, 50],
    ]);
    expect(group!.total).toEqual({
      promouvables: 7,
      promotions: 3,
      femmesPromouvables: 42.9,
      femmesPromus: 66.7,
    });
  });

  it("keeps years apart, latest first, and says nothing of a tableau not computed", () => {
    const groups = sideBySide(
      [campaign("a", hg, 2025), campaign("b", hg, 2026), campaign("c", ar, 2026)],
      [row("b", true, 150, "F")],
    );
    expect(groups.map((g) => [g.year, g.rows.length])).toEqual([
      [2026, 2],
      [2025, 1],
    ]);
    const ariege = groups[0]!.rows.find((r) => r.departement.code === "09")!;
    expect([ariege.promouvables, ariege.barre, ariege.femmesPromouvables]).toEqual([0, null, null]);
  });
});
