import { Table } from "@/components/ui/table";
import type { Dossier } from "@/lib/dossier/queries";
import { CORRECTION_STATUS_LABELS } from "@/lib/dossier/corrections";
import { formatDate } from "@/lib/format";
import { Badge } from "@/components/ui/badge";

export function CorrectionsList({
  dossier,
  section,
}: {
  dossier: Dossier;
  section: "SITUATION" | "AFFECTATIONS";
}) {
  const rows = dossier.corrections.filter((c) => c.section === section);
  if (rows.length === 0) return null;
  return (
    <>
      <h3 className="mb-2 text-xl font-bold">Vos signalements</h3>
      <Table
        caption="Vos signalements d'erreur"
        headers={["Envoyé le", "Description", "Pièce", "État", "Réponse"]}
        empty=""
        rows={rows.map((c) => [
          formatDate(c.createdAt),
          c.description,
          <a key="d" href={`/documents/${c.document.id}`}>
            {c.document.filename}
          </a>,
          <Badge
            key="e"
            tone={c.status === "ACCEPTEE" ? "success" : c.status === "REJETEE" ? "error" : "new"}
          >
            {CORRECTION_STATUS_LABELS[c.status]}
          </Badge>,
          c.answer ?? "—",
        ])}
      />
    </>
  );
}
