import type { Metadata } from "next";
import Link from "next/link";
import { PAGE_SIZE, pageFrom, Pagination } from "@/components/ui/pagination";
import { Table } from "@/components/ui/table";
import { FilterBar, FilterInput } from "@/components/ui/filter-bar";
import { prisma } from "@/lib/db";
import { requireRole } from "@/lib/auth/session";
import { formatCalendarDate, GRADE_LABELS, ordinalEchelon } from "@/lib/format";

export const metadata: Metadata = { title: "Agents" };

export default async function Agents({ searchParams }: { searchParams: Promise<{ q?: string; page?: string }> }) {
  await requireRole("GESTIONNAIRE");
  const params = await searchParams;
  const q = params.q?.trim().slice(0, 80) ?? "";
  const page = pageFrom(params.page);
  const where = q ? { OR: [{ nom: { contains: q } }, { prenom: { contains: q } }, { user: { identifiant: { contains: q.toLowerCase() } } }] } : {};
  const [agents, total] = await Promise.all([
    prisma.agent.findMany({
      where,
      orderBy: [{ nom: "asc" }, { prenom: "asc" }],
      skip: (page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      include: { circonscription: { select: { name: true } }, user: { select: { identifiant: true } } },
    }),
    prisma.agent.count({ where }),
  ]);
  return (
    <div>
      <p className="mb-1 text-sm">
        <Link href="/gestion">Espace gestionnaire</Link> › Agents
      </p>
      <h1 className="mb-4 text-3xl font-bold">Agents</h1>
      <FilterBar label="Rechercher un agent">
        <FilterInput name="q" label="Nom, prénom ou identifiant" value={q} />
      </FilterBar>
      <p className="mb-2" aria-live="polite">
        {total} agent(s).
      </p>
      <Table
        caption="Agents"
        headers={["Agent", "Identifiant", "Circonscription", "Grade et échelon", "Depuis le"]}
        empty="Aucun agent ne correspond."
        rows={agents.map((a) => [
          <Link key="a" href={`/gestion/agents/${a.id}`}>
            {a.nom} {a.prenom}
          </Link>,
          a.user?.identifiant ?? "—",
          a.circonscription.name,
          `${GRADE_LABELS[a.grade]}, ${ordinalEchelon(a.echelon)} échelon`,
          formatCalendarDate(a.echelonDate),
        ])}
      />
      <Pagination page={page} total={total} params={{ q }} />
    </div>
  );
}
