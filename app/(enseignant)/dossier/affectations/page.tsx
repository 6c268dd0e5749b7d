import type { Metadata } from "next";
import { AffectationsView } from "@/components/dossier/affectations-view";
import { CorrectionsList } from "@/components/dossier/corrections-list";
import { ReportErrorForm } from "@/components/dossier/report-error-form";
import { TabPanel } from "@/components/dossier/tab-panel";
import { requireOwnDossier } from "@/lib/dossier/access";
import { loadDossier } from "@/lib/dossier/queries";
import { formatCalendarDate } from "@/lib/format";
import { reportErrorAction } from "../actions";

export const metadata: Metadata = { title: "Affectations" };

export default async function AffectationsTab() {
  const { user, agentId } = await requireOwnDossier();
  const dossier = await loadDossier(user, agentId);
  const targets = dossier.affectations.map((a) => ({
    value: a.id,
    label: `${a.school?.name ?? a.label} — ${a.poste} (depuis le ${formatCalendarDate(a.startDate)})`,
  }));
  return (
    <TabPanel slug="affectations">
      <AffectationsView dossier={dossier} />
      <ReportErrorForm section="AFFECTATIONS" action={reportErrorAction} targets={targets} />
      <CorrectionsList dossier={dossier} section="AFFECTATIONS" />
    </TabPanel>
  );
}
