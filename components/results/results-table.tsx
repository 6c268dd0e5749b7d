import Link from "next/link";
import { Table } from "@/components/ui/table";
import { formatVivier } from "@/lib/results/format";

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

export function ResultsTable({ rows, agentHref }: { rows: ResultRow[]; agentHref: (agentId: string) => string }) {
  return (
    <Table
      caption="Tableau d'avancement"
      headers={["Rang", "Agent", "Circonscription", "Vivier", "Barème", "Résultat"]}
      empty="Aucun agent examiné."
      rows={rows.map((r) => [
        r.rank,
        <Link key="a" href={agentHref(r.agentId)}>
          {r.name}
        </Link>,
        r.circonscription,
        formatVivier(r.vivier),
        r.bareme ?? "—",
        r.promoted ? <strong key="p" className="text-succes">Promu(e)</strong> : <span key="n">{r.opposed ? "Opposition du DASEN" : (r.note ?? "Non promu(e)")}</span>,
      ])}
    />
  );
}
