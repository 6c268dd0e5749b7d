import Link from "next/link";
import { Table } from "@/components/ui/table";
import { formatRank, formatVivier } from "@/lib/results/format";
import { groupOf, type TableauSummary } from "@/lib/results/summary";
import { Badge } from "@/components/ui/badge";

export interface ResultRow {
  id: string;
  agentId: string;
  name: string;
  circonscription: string;
  vivier: number | null;
  bareme: number | null;
  rank: number;
  promoted: boolean;
  opposed: boolean;
  note: string | null;
}

/** The tableau's rows; `summary` (the whole tableau's) gives each rank its total: « 74 sur 312 ». */
export function ResultsTable({
  rows,
  agentHref,
  summary,
}: {
  rows: ResultRow[];
  agentHref: (agentId: string) => string;
  summary: TableauSummary;
}) {
  return (
    <Table
      caption="Tableau d'avancement"
      headers={["Rang", "Agent", "Circonscription", "Vivier", "Barème", "Résultat"]}
      empty="Aucun agent examiné."
      rows={rows.map((r) => [
        formatRank(r.rank, groupOf(summary, r.vivier)?.examined ?? summary.examined),
        <Link key="a" href={agentHref(r.agentId)}>
          {r.name}
        </Link>,
        r.circonscription,
        formatVivier(r.vivier),
        r.bareme ?? "—",
        r.promoted ? (
          <Badge key="p" tone="success">
            Promu(e)
          </Badge>
        ) : (
          <span key="n">{r.opposed ? "Opposition du DASEN" : (r.note ?? "Non promu(e)")}</span>
        ),
      ])}
    />
  );
}
