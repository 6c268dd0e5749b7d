import { DataList } from "@/components/ui/data-list";
import { formatVivier } from "@/lib/results/format";
import { formatShare, type TableauSummary } from "@/lib/results/summary";
import { describeContingent } from "@/lib/campaigns/contingent";
import type { ContingentDetail } from "@/lib/rules/types";

/**
 * The figures anyone can check a published tableau against: examined, promotions, barre
 * (barème of the last promoted) and women/men shares, per vivier where there are viviers.
 */
export function TableauFigures({
  summary,
  contingent,
}: {
  summary: TableauSummary;
  contingent: ContingentDetail | null;
}) {
  const multi = summary.groups.length > 1 || summary.groups.some((g) => g.key !== "all");
  const per = (render: (g: TableauSummary["groups"][number]) => string) =>
    multi
      ? summary.groups.map((g) => `${formatVivier(Number(g.key))} : ${render(g)}`).join(" ; ")
      : summary.groups[0]
        ? render(summary.groups[0])
        : "—";
  return (
    <DataList
      items={[
        [
          "Agents examinés",
          multi
            ? `${summary.examined} (${per((g) => String(g.examined))})`
            : String(summary.examined),
        ],
        [
          "Promotions",
          `${summary.promoted}${multi ? ` (${per((g) => String(g.promoted))})` : ""}${contingent ? ` — contingent : ${contingent.total}` : ""}`,
        ],
        // Computed and notified numbers side by side (the notified one, when typed, wins).
        ...(contingent
          ? describeContingent(contingent).map((c) => [c.label, c.value] as [string, string])
          : []),
        [
          "Barre (barème du dernier promu)",
          per((g) =>
            g.promoted === 0
              ? "aucune promotion"
              : g.barre === null
                ? "sans barème (ordre des avis)"
                : `${g.barre} points`,
          ),
        ],
        ["Promouvables examinés", formatShare(summary.shares.examined)],
        ["Promus", formatShare(summary.shares.promoted)],
      ]}
    />
  );
}
