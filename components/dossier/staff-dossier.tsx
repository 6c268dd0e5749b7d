import type { ReactNode } from "react";
import { Table } from "@/components/ui/table";
import { requireUser } from "@/lib/auth/session";
import {
  agentCandidatures,
  dossierObservation,
  loadDossier,
  syntheseOf,
} from "@/lib/dossier/queries";
import { formatDate } from "@/lib/format";
import { CANDIDATURE_STATUS_LABELS } from "@/lib/campaigns/vocabulary";
import { ENTRY_KIND_DEFS, ENTRY_KINDS, type EntryKind } from "@/lib/dossier/entry-kinds";
import { AffectationsView } from "./affectations-view";
import { EligibleFunctions } from "./eligible-functions";
import { entryRows } from "./entry-rows";
import { SituationView } from "./situation-view";
import { SyntheseView } from "./synthese-view";
import type { EntryRow } from "./entries-section";
import { tabLabel } from "./tabs";

function ReadOnlyList({
  caption,
  headers,
  rows,
  empty,
}: {
  caption: string;
  headers: string[];
  rows: EntryRow[];
  empty: string;
}) {
  return (
    <Table caption={caption} headers={headers} rows={rows.map((r) => r.cells)} empty={empty} />
  );
}

/**
 * An agent's whole dossier on one page, read-only, for inspectors and administrators
 * (scope checked by the page with requireAgentAccess; the reads apply it again).
 */
export async function StaffDossier({ agentId }: { agentId: string }) {
  const user = await requireUser();
  const [dossier, observation] = await Promise.all([
    loadDossier(user, agentId),
    dossierObservation(user, agentId),
  ]);
  const candidatures = await agentCandidatures(user, agentId);
  const entryList = (kind: EntryKind) => {
    const { tab, list } = ENTRY_KIND_DEFS[kind];
    return (
      <ReadOnlyList
        key={kind}
        caption={tab.label}
        headers={list.headers}
        rows={entryRows(kind, dossier)}
        empty="Aucune."
      />
    );
  };
  const sections: [string, ReactNode][] = [
    [
      tabLabel("synthese"),
      <SyntheseView key="s" dossier={syntheseOf(dossier)} today={new Date()} />,
    ],
    [
      tabLabel("situation-de-carriere"),
      <SituationView key="c" dossier={dossier} observation={observation.date} />,
    ],
    [tabLabel("affectations"), <AffectationsView key="a" dossier={dossier} />],
    // Every kind of entry (lib/dossier/entry-kinds), the functions with their count for the classe exceptionnelle.
    ...ENTRY_KINDS.map((kind): [string, ReactNode] => [
      ENTRY_KIND_DEFS[kind].tab.label,
      kind === "fonction" ? (
        <div key={kind}>
          <EligibleFunctions dossier={dossier} observation={observation} />
          {entryList(kind)}
        </div>
      ) : (
        entryList(kind)
      ),
    ]),
    [
      "Candidatures",
      <Table
        key="k"
        caption="Candidatures"
        headers={["Campagne", "État", "Enregistrée le", "Accusé de réception"]}
        empty="Aucune candidature."
        rows={candidatures.map((c) => [
          c.campaign.title,
          CANDIDATURE_STATUS_LABELS[c.status],
          formatDate(c.submittedAt),
          c.receiptNumber ?? "—",
        ])}
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
