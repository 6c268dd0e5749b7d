import type { CurrentUser } from "@/lib/auth/session";
import type { ReactNode } from "react";
import { EntriesSection } from "@/components/dossier/entries-section";
import { entryRows } from "@/components/dossier/entry-rows";
import { TabPanel } from "@/components/dossier/tab-panel";
import { requireOwnDossier } from "@/lib/dossier/access";
import { DELETED_MESSAGES, SAVED_FUNCTION_MESSAGE } from "@/lib/dossier/messages";
import { loadDossier, type Dossier } from "@/lib/dossier/queries";
import { ENTRY_KIND_DEFS, type EntryKind } from "@/lib/dossier/entry-kinds";
import { deleteEntryAction, saveEntryAction } from "./actions";

/** What the tab says after the redirect of a change (see ./actions). */
function noticeOf(
  kind: EntryKind,
  params: { enregistre?: string; supprime?: string },
): string | undefined {
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
  before?: (dossier: Dossier, user: CurrentUser) => Promise<ReactNode> | ReactNode;
}) {
  const { user, agentId } = await requireOwnDossier();
  const [dossier, params] = await Promise.all([loadDossier(user, agentId), searchParams]);
  const { tab, list } = ENTRY_KIND_DEFS[kind];
  return (
    <TabPanel slug={tab.slug}>
      {before ? await before(dossier, user) : null}
      <EntriesSection
        kind={kind}
        caption={list.caption}
        headers={list.headers}
        rows={entryRows(kind, dossier)}
        empty={list.empty}
        basePath={`/dossier/${tab.slug}`}
        editingId={params.modifier}
        notice={noticeOf(kind, params)}
        actions={{ save: saveEntryAction, remove: deleteEntryAction }}
      />
    </TabPanel>
  );
}
