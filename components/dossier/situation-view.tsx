import { DataList } from "@/components/ui/data-list";
import { Table } from "@/components/ui/table";
import type { Dossier } from "@/lib/dossier/queries";
import { formatCalendarDate, GRADE_LABELS, ordinalEchelon } from "@/lib/format";
import { seniority } from "./seniority";

export function SituationView({ dossier, observation }: { dossier: Dossier; observation: Date }) {
  const at = formatCalendarDate(observation);
  return (
    <>
      <DataList
        items={[
          ["Corps", "Professeurs des écoles"],
          ["Grade", GRADE_LABELS[dossier.grade]],
          [
            "Échelon",
            `${ordinalEchelon(dossier.echelon)} échelon depuis le ${formatCalendarDate(dossier.echelonDate)}`,
          ],
          [`Ancienneté dans l'échelon au ${at}`, seniority(dossier.echelonDate, observation)],
          [`Ancienneté dans le grade au ${at}`, seniority(dossier.gradeDate, observation)],
          [`Ancienneté dans le corps au ${at}`, seniority(dossier.corpsDate, observation)],
          ["Position", dossier.position],
          [
            "Modalité de service",
            dossier.quotite < 100
              ? `${dossier.modaliteService} (${dossier.quotite} %)`
              : dossier.modaliteService,
          ],
          [
            "Affectation actuelle",
            dossier.school ? `${dossier.school.name} (${dossier.school.commune})` : "—",
          ],
          ["Circonscription", dossier.circonscription.name],
        ]}
      />
      <h3 className="mb-2 text-xl font-bold">Historique de carrière</h3>
      <Table
        caption="Historique de carrière"
        headers={["Date", "Grade", "Échelon", "Nature"]}
        empty="Aucun événement de carrière enregistré."
        rows={dossier.careerEvents.map((e) => [
          formatCalendarDate(e.date),
          GRADE_LABELS[e.grade],
          ordinalEchelon(e.echelon),
          e.nature,
        ])}
      />
    </>
  );
}
