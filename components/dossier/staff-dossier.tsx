import type { ReactNode } from "react";
import { Table } from "@/components/ui/table";
import { prisma } from "@/lib/db";
import { loadDossier, dossierObservation } from "@/lib/dossier/queries";
import { formatDate } from "@/lib/format";
import { AffectationsView } from "./affectations-view";
import { EligibleFunctions } from "./eligible-functions";
import { activityRows, distinctionRows, functionRows, qualificationRows } from "./entry-rows";
import { SituationView } from "./situation-view";
import { SyntheseView } from "./synthese-view";
import type { EntryRow } from "./entries-section";
import { DOSSIER_TABS } from "./tabs";

function ReadOnlyList({ caption, headers, rows, empty }: { caption: string; headers: string[]; rows: EntryRow[]; empty: string }) {
  return <Table caption={caption} headers={headers} rows={rows.map((r) => r.cells)} empty={empty} />;
}

/**
 * An agent's whole dossier on one page, read-only, for inspectors and administrators
 * (scope checked by the page with requireAgentAccess).
 */
export async function StaffDossier({ agentId }: { agentId: string }) {
  const [dossier, observation] = await Promise.all([loadDossier(agentId), dossierObservation()]);
  const candidatures = await prisma.candidature.findMany({
    where: { agentId },
    include: { campaign: { select: { title: true } } },
    orderBy: { submittedAt: "desc" },
  });
  const sections: [string, ReactNode][] = [
    [DOSSIER_TABS[6].label, <SyntheseView key="s" dossier={dossier} today={new Date()} />],
    [DOSSIER_TABS[0].label, <SituationView key="c" dossier={dossier} observation={observation.date} />],
    [DOSSIER_TABS[1].label, <AffectationsView key="a" dossier={dossier} />],
    [DOSSIER_TABS[2].label, <ReadOnlyList key="q" caption={DOSSIER_TABS[2].label} headers={["Type", "Intitulé", "Obtenu le", "Précisions"]} rows={qualificationRows(dossier)} empty="Aucune." />],
    [DOSSIER_TABS[3].label, <ReadOnlyList key="p" caption={DOSSIER_TABS[3].label} headers={["Intitulé", "Période", "Description"]} rows={activityRows(dossier)} empty="Aucune." />],
    [
      DOSSIER_TABS[4].label,
      <div key="f">
        <EligibleFunctions dossier={dossier} observation={observation} />
        <ReadOnlyList caption={DOSSIER_TABS[4].label} headers={["Fonction ou mission", "Précisions", "Période", "État", "Pièce justificative"]} rows={functionRows(dossier, (id) => `/documents/${id}`)} empty="Aucune." />
      </div>,
    ],
    [DOSSIER_TABS[5].label, <ReadOnlyList key="d" caption={DOSSIER_TABS[5].label} headers={["Distinction", "Grade", "Date"]} rows={distinctionRows(dossier)} empty="Aucune." />],
    [
      "Candidatures",
      <Table
        key="k"
        caption="Candidatures"
        headers={["Campagne", "État", "Enregistrée le", "Accusé de réception"]}
        empty="Aucune candidature."
        rows={candidatures.map((c) => [c.campaign.title, c.status === "ENREGISTREE" ? "Enregistrée" : "Annulée", formatDate(c.submittedAt), c.receiptNumber ?? "—"])}
      />,
    ],
  ];
  return (
    <div>
      <h1 className="mb-6 text-3xl font-bold">
        Dossier de {dossier.prenom} {dossier.nom}
      </h1>
      {sections.map(([title, content]) => (
        <section key={title} aria-label={title} className="mb-8">
          <h2 className="fr-h4 border-b-2 border-bleu">{title}</h2>
          {content}
        </section>
      ))}
    </div>
  );
}
