import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PAGE_SIZE, pageFrom, Pagination } from "@/components/ui/pagination";
import { Table } from "@/components/ui/table";
import { buttonClass } from "@/components/ui/button";
import { prisma } from "@/lib/db";
import { requireRole } from "@/lib/auth/session";
import { listCandidatures, parseCandidatureFilters } from "@/lib/campaigns/candidatures-query";
import { formatDate, GRADE_LABELS, ordinalEchelon } from "@/lib/format";

export const metadata: Metadata = { title: "Candidatures" };

type Params = Record<string, string | undefined>;

export default async function Candidatures({ params, searchParams }: { params: Promise<{ campaignId: string }>; searchParams: Promise<Params> }) {
  await requireRole("GESTIONNAIRE");
  const { campaignId } = await params;
  const query = await searchParams;
  const campaign = await prisma.campaign.findUnique({ where: { id: campaignId }, select: { id: true, title: true } });
  if (!campaign) notFound();
  const filters = parseCandidatureFilters(query);
  const page = pageFrom(query.page);
  const [{ rows, total }, circonscriptions] = await Promise.all([
    listCandidatures(campaignId, filters, { skip: (page - 1) * PAGE_SIZE, take: PAGE_SIZE }),
    prisma.circonscription.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } }),
  ]);
  const kept = { circonscription: query.circonscription, etat: query.etat, vivier: query.vivier, q: query.q };
  const exportQuery = new URLSearchParams(Object.entries(kept).filter((e): e is [string, string] => Boolean(e[1]))).toString();
  return (
    <div>
      <p className="mb-1 text-sm">
        <Link href="/gestion/campagnes">Campagnes</Link> › <Link href={`/gestion/campagnes/${campaign.id}`}>{campaign.title}</Link> › Candidatures
      </p>
      <h1 className="mb-4 text-3xl font-bold">Candidatures — {campaign.title}</h1>
      <form method="get" className="mb-6 flex flex-wrap items-end gap-4 bg-gris-clair p-4" role="search" aria-label="Filtrer les candidatures">
        <label className="flex flex-col text-sm font-medium">
          Nom ou identifiant
          <input name="q" defaultValue={query.q ?? ""} className="border-b-2 border-texte bg-white px-2 py-1" />
        </label>
        <label className="flex flex-col text-sm font-medium">
          Circonscription
          <select name="circonscription" defaultValue={query.circonscription ?? ""} className="border-b-2 border-texte bg-white px-2 py-1">
            <option value="">Toutes</option>
            {circonscriptions.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col text-sm font-medium">
          Vivier
          <select name="vivier" defaultValue={query.vivier ?? ""} className="border-b-2 border-texte bg-white px-2 py-1">
            <option value="">Tous</option>
            <option value="1">1er vivier</option>
            <option value="2">2e vivier</option>
          </select>
        </label>
        <label className="flex flex-col text-sm font-medium">
          État
          <select name="etat" defaultValue={query.etat ?? ""} className="border-b-2 border-texte bg-white px-2 py-1">
            <option value="">Tous</option>
            <option value="ENREGISTREE">Enregistrée</option>
            <option value="ANNULEE">Annulée</option>
          </select>
        </label>
        <button type="submit" className={buttonClass()}>
          Filtrer
        </button>
        <a href={`/gestion/campagnes/${campaign.id}/candidatures/export${exportQuery ? `?${exportQuery}` : ""}`} className={buttonClass("secondary")}>
          Exporter en CSV
        </a>
      </form>
      <p className="mb-2" aria-live="polite">
        {total} candidature(s).
      </p>
      <Table
        caption="Candidatures"
        headers={["Agent", "Circonscription", "Situation", "Vivier", "État", "Enregistrée le", "Accusé de réception"]}
        empty="Aucune candidature ne correspond."
        rows={rows.map((c) => [
          <Link key="a" href={`/gestion/agents/${c.agent.id}`}>
            {c.agent.prenom} {c.agent.nom}
          </Link>,
          c.agent.circonscription.name,
          `${GRADE_LABELS[c.agent.grade]}, ${ordinalEchelon(c.agent.echelon)} éch.`,
          c.vivier ? `${c.vivier === 1 ? "1er" : "2e"}` : "—",
          c.status === "ENREGISTREE" ? "Enregistrée" : "Annulée",
          formatDate(c.submittedAt),
          c.receiptNumber ?? "—",
        ])}
      />
      <Pagination page={page} total={total} params={kept} />
    </div>
  );
}
