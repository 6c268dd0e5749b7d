import type { Metadata } from "next";
import { SyntheseView } from "@/components/dossier/synthese-view";
import { TabPanel } from "@/components/dossier/tab-panel";
import { requireOwnDossier } from "@/lib/dossier/access";
import { loadSynthese } from "@/lib/dossier/queries";

export const metadata: Metadata = { title: "Synthèse" };

export default async function SyntheseTab() {
  const { user, agentId } = await requireOwnDossier();
  const dossier = await loadSynthese(user, agentId);
  return (
    <TabPanel slug="synthese">
      <SyntheseView dossier={dossier} today={new Date()} />
    </TabPanel>
  );
}
