import type { Metadata } from "next";
import { CorrectionsList } from "@/components/dossier/corrections-list";
import { ReportErrorForm } from "@/components/dossier/report-error-form";
import { SituationView } from "@/components/dossier/situation-view";
import { TabPanel } from "@/components/dossier/tab-panel";
import { requireOwnDossier } from "@/lib/dossier/access";
import { dossierObservation, loadDossier } from "@/lib/dossier/queries";
import { reportErrorAction } from "../actions";

export const metadata: Metadata = { title: "Situation de carrière" };

export default async function SituationTab() {
  const { user, agentId } = await requireOwnDossier();
  const [dossier, observation] = await Promise.all([
    loadDossier(user, agentId),
    dossierObservation(user, agentId),
  ]);
  return (
    <TabPanel slug="situation-de-carriere">
      <SituationView dossier={dossier} observation={observation.date} />
      <ReportErrorForm section="SITUATION" action={reportErrorAction} />
      <CorrectionsList dossier={dossier} section="SITUATION" />
    </TabPanel>
  );
}
