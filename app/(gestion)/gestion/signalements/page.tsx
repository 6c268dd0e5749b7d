import type { Metadata } from "next";
import Link from "next/link";
import { PAGE_SIZE, pageFrom, Pagination } from "@/components/ui/pagination";
import { Table } from "@/components/ui/table";
import { listCorrections } from "@/lib/dossier/queries";
import { requireRole } from "@/lib/auth/session";
import { CORRECTION_SECTIONS, CORRECTION_STATUS_LABELS } from "@/lib/dossier/corrections";
import { formatDate } from "@/lib/format";
import { Breadcrumb } from "@/components/ui/breadcrumb";

export const metadata: Metadata = { title: "Signalements d'erreur" };

const STATUSES = ["EN_ATTENTE", "ACCEPTEE", "REJETEE"] as const;

export default async function CorrectionsQueue({
  searchParams,
}: {
  searchParams: Promise<{ page?: string; etat?: string }>;
}) {
  const user = await requireRole("GESTIONNAIRE");
  const params = await searchParams;
  const status = STATUSES.find((s) => s === params.etat) ?? "EN_ATTENTE";
  const page = pageFrom(params.page);
  const { items, total } = await listCorrections(user, status, {
    skip: (page - 1) * PAGE_SIZE,
    take: PAGE_SIZE,
  });
  return (
    <div>
      <Breadcrumb
        items={[{ label: "Espace gestionnaire", href: "/gestion" }]}
        current="Signalements d'erreur"
      />
      <h1 className="mb-4 text-3xl font-bold">Signalements d&apos;erreur</h1>
      <nav aria-label="État des signalements" className="mb-6 flex gap-4">
        {STATUSES.map((s) => (
          <Link
            key={s}
            href={`?etat=${s}`}
            aria-current={s === status ? "page" : undefined}
            className={s === status ? "font-bold" : ""}
          >
            {CORRECTION_STATUS_LABELS[s]}
          </Link>
        ))}
      </nav>
      <p className="mb-4 text-gris">{total} signalement(s).</p>
      <Table
        caption="Signalements"
        headers={["Reçu le", "Agent", "Onglet", "Description", ""]}
        empty="Aucun signalement dans cet état."
        rows={items.map((c) => [
          formatDate(c.createdAt),
          `${c.agent.prenom} ${c.agent.nom}`,
          CORRECTION_SECTIONS[c.section as keyof typeof CORRECTION_SECTIONS] ?? c.section,
          c.description.length > 120 ? `${c.description.slice(0, 120)}…` : c.description,
          <Link key="o" href={`/gestion/signalements/${c.id}`}>
            Traiter
            <span className="sr-only">
              {" "}
              le signalement de {c.agent.prenom} {c.agent.nom}
            </span>
          </Link>,
        ])}
      />
      <Pagination page={page} total={total} params={{ etat: status }} />
    </div>
  );
}
