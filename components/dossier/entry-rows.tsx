import type { Dossier } from "@/lib/dossier/queries";
import { formatCalendarDate, toIsoDate } from "@/lib/format";
import { distinctionFormValues } from "@/lib/dossier/distinctions";
import { functionKindLabel } from "@/lib/rules/function-kinds";
import type { EntryRow } from "./entries-section";
import { Badge } from "@/components/ui/badge";

// Rows of each editable list, shared by the teacher's tabs and the staff views.
const iso = (d: Date | null) => (d ? toIsoDate(d) : "");
const period = (start: Date, end: Date | null) => `${formatCalendarDate(start)} – ${end ? formatCalendarDate(end) : "en cours"}`;

/** Shown in the edit form of a validated function, before the teacher saves. */
export const VALIDATED_FUNCTION_WARNING =
  "Cette fonction a été validée par votre gestionnaire. Si vous la modifiez, elle repassera « À vérifier » et ne comptera pour la classe exceptionnelle qu'après une nouvelle vérification.";

export const FUNCTION_STATUS_LABELS = { A_VERIFIER: "À vérifier", VALIDEE: "Validée", REFUSEE: "Refusée" } as const;

export function qualificationRows(d: Dossier): EntryRow[] {
  return d.qualifications.map((q) => ({
    id: q.id,
    cells: [q.kind, q.title, formatCalendarDate(q.obtainedAt) || "—", q.details ?? ""],
    description: q.title,
    values: { kind: q.kind, title: q.title, obtainedAt: iso(q.obtainedAt), details: q.details ?? "" },
    editable: true,
  }));
}

export function activityRows(d: Dossier): EntryRow[] {
  return d.activities.map((a) => ({
    id: a.id,
    cells: [a.title, period(a.startDate, a.endDate), a.description ?? ""],
    description: a.title,
    values: { title: a.title, description: a.description ?? "", startDate: iso(a.startDate), endDate: iso(a.endDate) },
    editable: true,
  }));
}

export function functionRows(d: Dossier, documentHref: (id: string) => string): EntryRow[] {
  return d.functions.map((f) => ({
    id: f.id,
    cells: [
      functionKindLabel(f.kind),
      f.label,
      period(f.startDate, f.endDate),
      <div key="s">
        <Badge tone={f.status === "VALIDEE" ? "success" : f.status === "REFUSEE" ? "error" : "warning"}>{FUNCTION_STATUS_LABELS[f.status]}</Badge>
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
    description: `${functionKindLabel(f.kind)} (${period(f.startDate, f.endDate)})`,
    values: {
      kind: f.kind,
      label: f.label,
      educationPrioritaireShare: f.educationPrioritaireShare == null ? "" : String(f.educationPrioritaireShare),
      startDate: iso(f.startDate),
      endDate: iso(f.endDate),
    },
    editable: f.source !== "ADMINISTRATION",
    editWarning: f.status === "VALIDEE" ? VALIDATED_FUNCTION_WARNING : undefined,
  }));
}

export function distinctionRows(d: Dossier): EntryRow[] {
  return d.distinctions.map((x) => ({
    id: x.id,
    cells: [x.name, x.rank ?? "—", formatCalendarDate(x.date)],
    description: `${x.name}${x.rank ? `, ${x.rank}` : ""}`,
    values: { ...distinctionFormValues(x.name), rank: x.rank ?? "", date: iso(x.date) },
    editable: true,
  }));
}
