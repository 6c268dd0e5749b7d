import type { CampaignKind, CampaignStatus, Sexe } from "@/generated/prisma/enums";

// The académie's figures, département by département, side by side for each campaign of the
// same kind and year: read from each stored tableau (PromotionResult), like the campaign
// pages (lib/campaigns/figures.ts), so that a published tableau's figures stay frozen.

export interface ResultRow {
  campaignId: string;
  promoted: boolean;
  bareme: number | null;
  sexe: Sexe;
}

export interface CampaignOfDepartement {
  id: string;
  kind: CampaignKind;
  year: number;
  title: string;
  status: CampaignStatus;
  departement: { id: string; code: string; name: string };
}

export interface DepartementFigures {
  departement: CampaignOfDepartement["departement"];
  campaignId: string;
  status: CampaignStatus;
  /** Agents on the tableau (the promouvables examined). */
  promouvables: number;
  promotions: number;
  /** Barème of the last one promoted: the bar a promouvable had to reach; null without one. */
  barre: number | null;
  /** Shares of women, in %, one decimal: null when there is no one to count. */
  femmesPromouvables: number | null;
  femmesPromus: number | null;
}

export interface SideBySide {
  kind: CampaignKind;
  year: number;
  title: string;
  rows: DepartementFigures[];
  total: Omit<DepartementFigures, "departement" | "campaignId" | "status" | "barre">;
}

const share = (part: number, whole: number) =>
  whole === 0 ? null : Math.round((1000 * part) / whole) / 10;

/** Groups the campaigns by kind and year (latest first), a row per département, and totals them. */
export function sideBySide(
  campaigns: readonly CampaignOfDepartement[],
  results: readonly ResultRow[],
): SideBySide[] {
  const byCampaign = new Map<string, ResultRow[]>();
  for (const r of results)
    byCampaign.set(r.campaignId, [...(byCampaign.get(r.campaignId) ?? []), r]);
  const groups = new Map<string, SideBySide>();
  for (const c of campaigns) {
    const key = `${c.year}-${c.kind}`;
    const group = groups.get(key) ?? {
      kind: c.kind,
      year: c.year,
      title: c.title,
      rows: [],
      total: { promouvables: 0, promotions: 0, femmesPromouvables: null, femmesPromus: null },
    };
    const rows = byCampaign.get(c.id) ?? [];
    const promus = rows.filter((r) => r.promoted);
    const baremes = promus.map((r) => r.bareme).filter((b): b is number => b !== null);
    group.rows.push({
      departement: c.departement,
      campaignId: c.id,
      status: c.status,
      promouvables: rows.length,
      promotions: promus.length,
      barre: baremes.length ? Math.min(...baremes) : null,
      femmesPromouvables: share(rows.filter((r) => r.sexe === "F").length, rows.length),
      femmesPromus: share(promus.filter((r) => r.sexe === "F").length, promus.length),
    });
    groups.set(key, group);
  }
  for (const group of groups.values()) {
    group.rows.sort((a, b) => a.departement.code.localeCompare(b.departement.code));
    const ids = new Set(group.rows.map((r) => r.campaignId));
    const all = results.filter((r) => ids.has(r.campaignId));
    const promus = all.filter((r) => r.promoted);
    group.total = {
      promouvables: all.length,
      promotions: promus.length,
      femmesPromouvables: share(all.filter((r) => r.sexe === "F").length, all.length),
      femmesPromus: share(promus.filter((r) => r.sexe === "F").length, promus.length),
    };
  }
  return [...groups.values()].sort((a, b) => b.year - a.year || a.kind.localeCompare(b.kind));
}
