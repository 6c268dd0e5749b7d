import type { Metadata } from "next";
import Link from "next/link";
import { PAGE_SIZE, pageFrom, Pagination } from "@/components/ui/pagination";
import { Table } from "@/components/ui/table";
import { FilterBar, FilterInput, FilterSelect } from "@/components/ui/filter-bar";
import { requireRole } from "@/lib/auth/session";
import { parseAgentFilters } from "@/lib/agents/list";
import { circonscriptionOptions, listScopedAgents } from "@/lib/agents/queries";
import { formatCalendarDate, GRADE_LABELS, ordinalEchelon } from "@/lib/format";
import { Breadcrumb } from "@/components/ui/breadcrumb";

export const metadata: Metadata = { title: "Agents" };

type Params = {
  q?: string;
  page?: string;
  circonscription?: string;
  grade?: string;
  echelon?: string;
  statut?: string;
};

export default async function Agents({ searchParams }: { searchParams: Promise<Params> }) {
  const user = await requireRole("GESTIONNAIRE");
  const params = await searchParams;
  const filters = parseAgentFilters(params);
  const [{ rows: agents, total, page, pages, requestedPage }, circonscriptions] = await Promise.all(
    [
      listScopedAgents(user, filters, pageFrom(params.page), PAGE_SIZE),
      circonscriptionOptions(user),
    ],
  );
  const query = {
    q: filters.q,
    circonscription: filters.circonscriptionId,
    grade: filters.grade,
    echelon: filters.echelon ? String(filters.echelon) : undefined,
    statut: filters.statut,
  };
  return (
    <div>
      <Breadcrumb items={[{ label: "Espace gestionnaire", href: "/gestion" }]} current="Agents" />
      <h1 className="mb-4 text-3xl font-bold">Agents</h1>
      <FilterBar label="Rechercher un agent">
        <FilterInput name="q" label="Nom, prénom, identifiant ou NUMEN" value={filters.q} />
        <FilterSelect
          name="circonscription"
          label="Circonscription"
          value={filters.circonscriptionId}
          all="Toutes"
          options={circonscriptions.map((c) => ({ value: c.id, label: c.name }))}
        />
        <FilterSelect
          name="grade"
          label="Grade"
          value={filters.grade}
          all="Tous"
          options={(["CN", "HC", "CE"] as const).map((g) => ({ value: g, label: GRADE_LABELS[g] }))}
        />
        <FilterSelect
          name="echelon"
          label="Échelon"
          value={query.echelon}
          all="Tous"
          options={Array.from({ length: 11 }, (_, i) => ({
            value: String(i + 1),
            label: `${ordinalEchelon(i + 1)} échelon`,
          }))}
        />
        <FilterSelect
          name="statut"
          label="Situation"
          value={filters.statut}
          all="Tous les agents"
          options={[
            { value: "actif", label: "En activité" },
            { value: "inactif", label: "Inactifs (partis)" },
          ]}
        />
      </FilterBar>
      <p className="mb-2" aria-live="polite">
        {total} agent(s).
        {requestedPage > pages
          ? ` La page ${requestedPage} n'existe pas : voici la dernière page (${pages}).`
          : null}
      </p>
      <Table
        caption="Agents"
        headers={[
          "Agent",
          "Identifiant",
          "Circonscription",
          "Grade et échelon",
          "Depuis le",
          "Situation",
        ]}
        empty="Aucun agent ne correspond."
        rows={agents.map((a) => [
          <Link key="a" href={`/gestion/agents/${a.id}`}>
            {a.nom} {a.prenom}
          </Link>,
          a.user?.identifiant ?? "—",
          a.circonscription.name,
          `${GRADE_LABELS[a.grade]}, ${ordinalEchelon(a.echelon)} échelon`,
          formatCalendarDate(a.echelonDate),
          a.inactiveAt ? `Inactif depuis le ${formatCalendarDate(a.inactiveAt)}` : "En activité",
        ])}
      />
      <Pagination page={page} total={total} params={query} />
    </div>
  );
}
