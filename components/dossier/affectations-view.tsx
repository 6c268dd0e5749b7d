import { Table } from "@/components/ui/table";
import type { Dossier } from "@/lib/dossier/queries";
import { formatCalendarDate } from "@/lib/format";

export const ZONE_LABELS = {
  HORS_EP: "Hors éducation prioritaire",
  REP: "REP",
  REP_PLUS: "REP+",
} as const;

export function AffectationsView({ dossier }: { dossier: Dossier }) {
  return (
    <Table
      caption="Historique des affectations"
      headers={["Établissement", "Poste", "Zone", "Quotité", "Du", "Au"]}
      empty="Aucune affectation enregistrée."
      rows={dossier.affectations.map((a) => [
        a.school ? `${a.school.name} (${a.school.commune})` : a.label,
        a.poste,
        ZONE_LABELS[a.zone],
        `${a.quotite} %`,
        formatCalendarDate(a.startDate),
        a.endDate ? formatCalendarDate(a.endDate) : "en cours",
      ])}
    />
  );
}
