import type { ReactNode } from "react";
import type { Dossier } from "@/lib/dossier/queries";
import { entryKindDef, FUNCTION_STATUS_LABELS, type EntryKind } from "@/lib/dossier/entry-kinds";
import type { EntryRow } from "./entries-section";
import { Badge } from "@/components/ui/badge";

// Rows of each editable list, shared by the teacher's tabs and the staff views: what the
// registry (lib/dossier/entry-kinds) says of each kind, and the cells that are elements.

export { FUNCTION_STATUS_LABELS, VALIDATED_FUNCTION_WARNING } from "@/lib/dossier/entry-kinds";

type FunctionRow = Dossier["functions"][number];

/** Cells rendered as elements rather than text: a function's state and its proof. */
const ELEMENT_CELLS: Partial<
  Record<EntryKind, (row: never, documentHref: (id: string) => string) => ReactNode[]>
> = {
  fonction: (f: FunctionRow, documentHref) => [
    ...entryKindDef("fonction").cells(f).slice(0, 3),
    <div key="s">
      <Badge
        tone={f.status === "VALIDEE" ? "success" : f.status === "REFUSEE" ? "error" : "warning"}
      >
        {FUNCTION_STATUS_LABELS[f.status]}
      </Badge>
      {f.reviewNote ? <p className="fr-text--sm fr-mb-0 fr-mt-1v">{f.reviewNote}</p> : null}
    </div>,
    f.proof ? (
      <a key="p" href={documentHref(f.proof.id)}>
        {f.proof.filename}
      </a>
    ) : f.source === "ADMINISTRATION" ? (
      "Dossier administratif"
    ) : (
      "—"
    ),
  ],
};

/** The rows of one kind of the dossier, as its lists show them. */
export function entryRows(
  kind: EntryKind,
  d: Dossier,
  documentHref: (id: string) => string = (id) => `/documents/${id}`,
): EntryRow[] {
  const def = entryKindDef(kind);
  const elements = ELEMENT_CELLS[kind] as
    ((row: unknown, href: (id: string) => string) => ReactNode[]) | undefined;
  return (d[def.relation] as { id: string }[]).map((row) => ({
    id: row.id,
    cells: elements ? elements(row, documentHref) : def.cells(row),
    description: def.description(row),
    values: def.values(row),
    editable: def.editable ? def.editable(row) : true,
    editWarning: def.editWarning?.(row),
  }));
}
