import type { ReactNode } from "react";
import { EntriesSection, type EntryRow } from "@/components/dossier/entries-section";
import { activityRows, distinctionRows, functionRows, qualificationRows } from "@/components/dossier/entry-rows";
import { TabPanel } from "@/components/dossier/tab-panel";
import type { DossierTabSlug } from "@/components/dossier/tabs";
import { requireOwnDossier } from "@/lib/dossier/access";
import { DELETED_MESSAGES, SAVED_FUNCTION_MESSAGE } from "@/lib/dossier/messages";
import { loadDossier, type Dossier } from "@/lib/dossier/queries";
import type { EntryKind } from "@/lib/dossier/vocabulary";
import { deleteEntryAction, saveEntryAction } from "./actions";

const LISTS: Record<EntryKind, { slug: DossierTabSlug; caption: string; headers: string[]; empty: string; rows: (d: Dossier) => EntryRow[] }> = {
  qualification: {
    slug: "qualifications-et-competences",
    caption: "Vos qualifications et compétences",
    headers: ["Type", "Intitulé", "Obtenu le", "Précisions"],
    empty: "Aucune qualification ni compétence déclarée.",
    rows: qualificationRows,
  },
  activite: {
    slug: "activites-professionnelles",
    caption: "Vos activités professionnelles",
    headers: ["Intitulé", "Période", "Description"],
    empty: "Aucune activité professionnelle déclarée.",
    rows: activityRows,
  },
  fonction: {
    slug: "fonctions-et-missions",
    caption: "Vos fonctions et missions",
    headers: ["Fonction ou mission", "Précisions", "Période", "État", "Pièce justificative"],
    empty: "Aucune fonction ni mission enregistrée.",
    rows: (d) => functionRows(d, (id) => `/documents/${id}`),
  },
  distinction: {
    slug: "distinctions-honorifiques",
    caption: "Vos distinctions honorifiques",
    headers: ["Distinction", "Grade", "Date"],
    empty: "Aucune distinction honorifique déclarée.",
    rows: distinctionRows,
  },
};

/** What the tab says after the redirect of a change (see ./actions). */
function noticeOf(kind: EntryKind, params: { enregistre?: string; supprime?: string }): string | undefined {
  if (params.supprime === "1") return DELETED_MESSAGES[kind];
  if (params.enregistre === "verification") return SAVED_FUNCTION_MESSAGE;
  if (params.enregistre === "1") return "Modifications enregistrées.";
  return undefined;
}

/** A tab of "Compléter votre dossier": its list and forms, for the signed-in teacher. */
export async function EntryTab({
  kind,
  searchParams,
  before,
}: {
  kind: EntryKind;
  searchParams: Promise<{ modifier?: string; enregistre?: string; supprime?: string }>;
  before?: (dossier: Dossier) => Promise<ReactNode> | ReactNode;
}) {
  const { user, agentId } = await requireOwnDossier();
  const [dossier, params] = await Promise.all([loadDossier(user, agentId), searchParams]);
  const list = LISTS[kind];
  return (
    <TabPanel slug={list.slug}>
      {before ? await before(dossier) : null}
      <EntriesSection
        kind={kind}
        caption={list.caption}
        headers={list.headers}
        rows={list.rows(dossier)}
        empty={list.empty}
        basePath={`/dossier/${list.slug}`}
        editingId={params.modifier}
        notice={noticeOf(kind, params)}
        actions={{ save: saveEntryAction, remove: deleteEntryAction }}
      />
    </TabPanel>
  );
}
