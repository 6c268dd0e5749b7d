import { describe, expect, it } from "vitest";
import { formatShare, groupOf, summarizeTableau, type SummaryRow } from "./summary";

const row = (
  rank: number,
  bareme: number | null,
  promoted: boolean,
  sexe: "F" | "M",
  vivier: number | null = null,
): SummaryRow => ({ rank, bareme, promoted, sexe, vivier });

describe("summarizeTableau", () => {
  it("gives the barre as the barème of the last promoted, the counts and the shares", () => {
    const s = summarizeTableau([
      row(1, 220, true, "F"),
      row(2, 180, true, "M"),
      row(3, 180, false, "F"),
      row(4, 150, false, "F"),
    ]);
    expect(s).toMatchObject({
      examined: 4,
      promoted: 2,
      shares: { examined: { F: 3, M: 1 }, promoted: { F: 1, M: 1 } },
    });
    expect(groupOf(s, null)).toMatchObject({ examined: 4, promoted: 2, barre: 180 });
  });

  it("keeps an opposed agent out of the barre: only promoted rows count", () => {
    const s = summarizeTableau([
      row(1, 220, false, "F"),
      row(2, 200, true, "M"),
      row(3, 190, true, "F"),
    ]);
    expect(groupOf(s, null)?.barre).toBe(190);
  });

  it("works per vivier, and without barème or promotion", () => {
    const s = summarizeTableau([
      row(1, 102, true, "F", 1),
      row(2, 99, false, "M", 1),
      row(1, 150, false, "M", 2),
    ]);
    expect(groupOf(s, 1)).toMatchObject({ examined: 2, promoted: 1, barre: 102 });
    expect(groupOf(s, 2)).toMatchObject({ examined: 1, promoted: 0, barre: null });
    expect(groupOf(summarizeTableau([row(1, null, true, "F")]), null)?.barre).toBeNull();
  });

  it("formats shares in French", () => {
    expect(formatShare({ F: 12, M: 4 })).toBe("12 femmes, 4 hommes (75 % de femmes)");
    expect(formatShare({ F: 1, M: 1 })).toBe("1 femme, 1 homme (50 % de femmes)");
    expect(formatShare({ F: 0, M: 0 })).toBe("—");
  });
});
