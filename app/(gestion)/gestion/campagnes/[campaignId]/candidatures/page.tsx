import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PAGE_SIZE, pageFrom, Pagination } from "@/components/ui/pagination";
import { Table } from "@/components/ui/table";
import { buttonClass } from "@/components/ui/button";
import { FilterBar, FilterInput, FilterSelect } from "@/components/ui/filter-bar";
import { requireRole } from "@/lib/auth/session";
import { parseCandidatureFilters } from "@/lib/campaigns/candidatures-query";
import { findCampaign, listCampaignCandidatures } from "@/lib/campaigns/queries";
import { circonscriptionOptions } from "@/lib/agents/queries";
import { campaignEchelons } from "@/lib/campaigns/rules";
import { formatDate, GRADE_LABELS, ordinalEchelon } from "@/lib/format";
import {
  CANDIDATURE_STATUS_LABELS,
  CANDIDATURE_STATUS_OPTIONS,
  VIVIER_OPTIONS,
} from "@/lib/campaigns/vocabulary";
import { Breadcrumb } from "@/components/ui/breadcrumb";

export const metadata: Metadata = { title: "Candidatures" };

type Params = Record<string, string | undefined>;

export default async function Candidatures({
  params,
  searchParams,
}: {
  params: Promise<{ campaignId: string }>;
  searchParams: Promise<Params>;
}) {
  const user = await requireRole("GESTIONNAIRE");
  const { campaignId } = await params;
  const query = await searchParams;
  const campaign = await findCampaign(user, campaignId);
  if (!campaign) notFound();
  const filters = parseCandidatureFilters(query);
  const page = pageFrom(query.page);
  const [{ rows, total }, circonscriptions] = await Promise.all([
    listCampaignCandidatures(user, campaignId, filters, {
      skip: (page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
    }),
    circonscriptionOptions(user),
  ]);
  const kept = {
    circonscription: query.circonscription,
    etat: query.etat,
    vivier: query.vivier,
    echelon: query.echelon,
    q: query.q,
  };
  const echelons = campaignEchelons(campaign);
  const exportQuery = new URLSearchParams(
    Object.entries(kept).filter((e): e is [string, string] => Boolean(e[1])),
  ).toString();
  return (
    <div>
      <Breadcrumb
        items={[
          { label: "Campagnes", href: "/gestion/campagnes" },
          { label: campaign.title, href: `/gestion/campagnes/${campaign.id}` },
        ]}
        current="Candidatures"
      />
      <h1 className="mb-4 text-3xl font-bold">Candidatures — {campaign.title}</h1>
      <FilterBar
        label="Filtrer les candidatures"
        extra={
          <a
            href={`/gestion/campagnes/${campaign.id}/candidatures/export${exportQuery ? `?${exportQuery}` : ""}`}
            className={buttonClass("secondary")}
          >
            Exporter en CSV
          </a>
        }
      >
        <FilterInput name="q" label="Nom ou identifiant" value={query.q} />
        <FilterSelect
          name="circonscription"
          label="Circonscription"
          value={query.circonscription}
          all="Toutes"
          options={circonscriptions.map((c) => ({ value: c.id, label: c.name }))}
        />
        <FilterSelect
          name="vivier"
          label="Vivier"
          value={query.vivier}
          all="Tous"
          options={VIVIER_OPTIONS}
        />
        <FilterSelect
          name="echelon"
          label="Échelon"
          value={query.echelon}
          all="Tous"
          options={echelons.map((e) => ({
            value: String(e),
            label: `${ordinalEchelon(e)} échelon`,
          }))}
        />
        <FilterSelect
          name="etat"
          label="État"
          value={query.etat}
          all="Tous"
          options={CANDIDATURE_STATUS_OPTIONS}
        />
      </FilterBar>
      <p className="mb-2" aria-live="polite">
        {total} candidature(s).
      </p>
      <Table
        caption="Candidatures"
        headers={[
          "Agent",
          "Circonscription",
          "Situation",
          "Vivier",
          "État",
          "Enregistrée le",
          "Accusé de réception",
        ]}
        empty="Aucune candidature ne correspond."
        rows={rows.map((c) => [
          <Link key="a" href={`/gestion/agents/${c.agent.id}`}>
            {c.agent.prenom} {c.agent.nom}
          </Link>,
          c.agent.circonscription.name,
          `${GRADE_LABELS[c.agent.grade]}, ${ordinalEchelon(c.agent.echelon)} éch.`,
          c.vivier ? `${c.vivier === 1 ? "1er" : "2e"}` : "—",
          CANDIDATURE_STATUS_LABELS[c.status],
          formatDate(c.submittedAt),
          c.receiptNumber ?? "—",
        ])}
      />
      <Pagination page={page} total={total} params={kept} />
    </div>
  );
}
