import Link from "next/link";
import type { ReactNode } from "react";
import { Table } from "@/components/ui/table";
import { Notice } from "@/components/ui/notice";
import type { ActionState } from "@/lib/actions/safe-action";
import type { EntryKind } from "@/lib/dossier/vocabulary";
import { DeleteEntry } from "./delete-entry";
import { EntryForm } from "./entry-form";

type Action = (prev: ActionState | undefined, formData: FormData) => Promise<ActionState>;

export interface EntryRow {
  id: string;
  cells: ReactNode[];
  /** Short text naming the entry in the delete confirmation. */
  description: string;
  /** Form values for "Modifier" (ISO dates, codes). */
  values: Record<string, string>;
  /** False for entries that are not the teacher's to change (administrative source). */
  editable: boolean;
  /** What saving a change does to the entry, said in its edit form (a validated function goes back to checking). */
  editWarning?: string;
}

/**
 * One dossier list with its "Compléter votre dossier" forms: the list, a "Modifier" link
 * per row that opens the form prefilled (?modifier=id), "Supprimer" with confirmation,
 * and the form to add an entry.
 */
export function EntriesSection({
  kind,
  caption,
  headers,
  rows,
  empty,
  basePath,
  editingId,
  notice,
  actions,
}: {
  kind: EntryKind;
  caption: string;
  headers: string[];
  rows: EntryRow[];
  empty: string;
  basePath: string;
  editingId?: string;
  /** The outcome of the last change, after its redirect ("Modifications enregistrées."…). */
  notice?: string;
  actions?: { save: Action; remove: Action };
}) {
  const editing = rows.find((r) => r.id === editingId && r.editable);
  return (
    <>
      {notice ? (
        <Notice tone="success" role="status">
          <p>{notice}</p>
        </Notice>
      ) : null}
      <Table
        caption={caption}
        headers={actions ? [...headers, "Actions"] : headers}
        empty={empty}
        rows={rows.map((r) =>
          actions
            ? [
                ...r.cells,
                r.editable ? (
                  <div className="no-print flex flex-wrap items-center gap-3">
                    <Link
                      href={`${basePath}?modifier=${r.id}#formulaire`}
                      aria-label={`Modifier : ${r.description}`}
                    >
                      Modifier
                    </Link>
                    <DeleteEntry
                      kind={kind}
                      id={r.id}
                      description={r.description}
                      action={actions.remove}
                    />
                  </div>
                ) : (
                  <span className="text-sm text-gris">Donnée administrative</span>
                ),
              ]
            : r.cells,
        )}
      />
      {actions ? (
        <div id="formulaire" className="no-print">
          {editing ? (
            <EntryForm
              key={editing.id}
              kind={kind}
              action={actions.save}
              entry={{ id: editing.id, values: editing.values, warning: editing.editWarning }}
              cancelHref={basePath}
            />
          ) : (
            <EntryForm kind={kind} action={actions.save} />
          )}
        </div>
      ) : null}
    </>
  );
}
