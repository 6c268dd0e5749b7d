// The figures of a tableau that everyone must be able to check (domain.md: "publish the
// last promoted barème"): computed from the stored rows themselves, so the teacher's page,
// the inspector's and the gestionnaire's read the same numbers, frozen with the rows.

export interface SummaryRow {
  vivier: number | null;
  bareme: number | null;
  rank: number;
  promoted: boolean;
  sexe: "F" | "M";
}

export interface Share {
  F: number;
  M: number;
}

export interface GroupSummary {
  /** "all" when the rule set has no viviers, else "1" or "2". */
  key: string;
  examined: number;
  promoted: number;
  /** Barème of the last promoted agent (the highest rank promoted); null without barème or promotion. */
  barre: number | null;
  shares: { examined: Share; promoted: Share };
}

export interface TableauSummary {
  examined: number;
  promoted: number;
  groups: GroupSummary[];
  shares: { examined: Share; promoted: Share };
}

const groupKey = (vivier: number | null) => (vivier === null ? "all" : String(vivier));

function share(rows: SummaryRow[]): Share {
  const F = rows.filter((r) => r.sexe === "F").length;
  return { F, M: rows.length - F };
}

export function summarizeTableau(rows: SummaryRow[]): TableauSummary {
  const byKey = new Map<string, SummaryRow[]>();
  for (const r of rows)
    byKey.set(groupKey(r.vivier), [...(byKey.get(groupKey(r.vivier)) ?? []), r]);
  const groups = [...byKey.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, list]) => {
      const promoted = list.filter((r) => r.promoted);
      const last = promoted.reduce<SummaryRow | null>(
        (acc, r) => (!acc || r.rank > acc.rank ? r : acc),
        null,
      );
      return {
        key,
        examined: list.length,
        promoted: promoted.length,
        barre: last?.bareme ?? null,
        shares: { examined: share(list), promoted: share(promoted) },
      };
    });
  const promoted = rows.filter((r) => r.promoted);
  return {
    examined: rows.length,
    promoted: promoted.length,
    groups,
    shares: { examined: share(rows), promoted: share(promoted) },
  };
}

/** The group a row belongs to. */
export function groupOf(summary: TableauSummary, vivier: number | null): GroupSummary | undefined {
  return summary.groups.find((g) => g.key === groupKey(vivier));
}

/** "12 femmes, 4 hommes (75 % de femmes)". */
export function formatShare(s: Share): string {
  const total = s.F + s.M;
  if (!total) return "—";
  return `${s.F} ${s.F > 1 ? "femmes" : "femme"}, ${s.M} ${s.M > 1 ? "hommes" : "homme"} (${Math.round((100 * s.F) / total)} % de femmes)`;
}
