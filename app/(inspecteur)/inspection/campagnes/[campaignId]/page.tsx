import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { LevelRowForm } from "@/components/opinions/level-row-form";
import { LiveCounter } from "@/components/ui/live-counter";
import { FilterBar, FilterInput, FilterSelect } from "@/components/ui/filter-bar";
import { pageFrom, Pagination } from "@/components/ui/pagination";
import { Notice } from "@/components/ui/notice";
import { requireRole } from "@/lib/auth/session";
import { campaignEchelons, campaignRules } from "@/lib/campaigns/rules";
import { windowState } from "@/lib/campaigns/windows";
import {
  filterRows,
  inspectorCampaignList,
  parseInspectorFilters,
} from "@/lib/opinions/inspector-list";
import { formatCalendarDate, GRADE_LABELS, ordinalEchelon } from "@/lib/format";
import { VIVIER_OPTIONS, vivierLabel } from "@/lib/campaigns/vocabulary";
import { saveOpinionAction } from "../../actions";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { levelLabel } from "@/lib/rules/levels";

export const metadata: Metadata = { title: "Avis de l'inspecteur" };

const PAGE_SIZE = 25;

export default async function InspectorCampaign({
  params,
  searchParams,
}: {
  params: Promise<{ campaignId: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const user = await requireRole("INSPECTEUR");
  const { campaignId } = await params;
  const query = await searchParams;
  const list = await inspectorCampaignList(user, campaignId);
  if (!list) notFound();
  const { campaign, rows, asked, given } = list;
  const { ruleSet } = campaignRules(campaign);
  const open =
    campaign.status === "OUVERTE" &&
    windowState(campaign.opinionStart, campaign.opinionEnd, new Date()) === "ouverte";
  const filters = parseInspectorFilters(query);
  const filtered = filterRows(rows, filters);
  const page = pageFrom(query.page);
  const shown = filtered.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
  const schools = [
    ...new Map(
      rows.filter((r) => r.agent.school).map((r) => [r.agent.school!.id, r.agent.school!.name]),
    ).entries(),
  ].sort((a, b) => a[1].localeCompare(b[1]));
  const levels = ruleSet.opinionLevels;
  const kept = {
    q: query.q,
    ecole: query.ecole,
    echelon: query.echelon,
    vivier: query.vivier,
    saisi: query.saisi,
  };
  return (
    <div>
      <Breadcrumb
        items={[{ label: "Espace inspecteur", href: "/inspection" }]}
        current={campaign.title}
      />
      <h1 className="mb-2 text-3xl font-bold">Avis — {campaign.title}</h1>
      <LiveCounter
        key={given}
        initial={given}
        total={asked}
        unit="avis saisis"
        progressLabel="Avancement de la saisie des avis"
        className="mb-4 text-xl font-bold"
      />
      {open ? (
        <p className="mb-6">
          Saisie ouverte jusqu&apos;au {formatCalendarDate(campaign.opinionEnd)} inclus. Au clavier
          : choisissez le niveau, Tab, le motif le cas échéant, Entrée pour enregistrer ; le curseur
          passe à l&apos;agent suivant. Chaque ligne est enregistrée séparément.
        </p>
      ) : (
        <Notice tone="warning">
          <p>
            La saisie des avis n&apos;est pas ouverte
            {campaign.opinionStart && campaign.opinionEnd
              ? ` (du ${formatCalendarDate(campaign.opinionStart)} au ${formatCalendarDate(campaign.opinionEnd)})`
              : ""}
            .
          </p>
        </Notice>
      )}
      <FilterBar label="Filtrer les agents">
        <FilterInput name="q" label="Nom" value={query.q} />
        <FilterSelect
          name="ecole"
          label="École"
          value={query.ecole}
          all="Toutes"
          options={schools.map(([value, label]) => ({ value, label }))}
        />
        <FilterSelect
          name="echelon"
          label="Échelon"
          value={query.echelon}
          all="Tous"
          options={campaignEchelons(campaign).map((e) => ({
            value: String(e),
            label: ordinalEchelon(e),
          }))}
        />
        {ruleSet.hasCandidature ? (
          <FilterSelect
            name="vivier"
            label="Vivier"
            value={query.vivier}
            all="Tous"
            options={VIVIER_OPTIONS}
          />
        ) : null}
        <FilterSelect
          name="saisi"
          label="Avis"
          value={query.saisi}
          all="Tous"
          options={[
            { value: "oui", label: "Saisi" },
            { value: "non", label: "À saisir" },
          ]}
        />
      </FilterBar>
      <p className="mb-2" aria-live="polite">
        {filtered.length} agent(s).
      </p>
      <ul className="fr-raw-list divide-y divide-bordure/40 border-y border-bordure/40">
        {shown.map((r, i) => {
          const name = `${r.agent.prenom} ${r.agent.nom}`;
          return (
            <li key={r.agent.id} className="py-3">
              <p className="mb-1">
                <Link href={`/inspection/agents/${r.agent.id}`} className="font-bold">
                  {name}
                </Link>{" "}
                — {GRADE_LABELS[r.agent.grade]}, {ordinalEchelon(r.agent.echelon)} échelon,{" "}
                {r.agent.school?.name ?? "sans école"}
                {r.viviers.length ? ` — ${r.viviers.map(vivierLabel).join(" et ")}` : ""}
              </p>
              {r.opinion?.renewedFromCampaignId ? (
                <p className="mb-1 text-sm">
                  Avis reconduit de la campagne précédente : vous pouvez le modifier.
                </p>
              ) : null}
              {r.kept ? (
                <p className="mb-1 text-sm">
                  Appréciation de la campagne « {r.kept.from} » conservée jusqu&apos;à la promotion
                  {/* A campaign not yet published keeps the DASEN's appréciations to itself. */}
                  {r.kept.published ? ` : ${levelLabel(campaign.ruleSet, r.kept.value)}` : ""}.
                  Aucun avis n&apos;est attendu ; un avis saisi ne la remplace pas.
                </p>
              ) : null}
              {open ? (
                <LevelRowForm
                  id={r.agent.id}
                  hidden={{ campaignId, agentId: r.agent.id, label: `Avis sur ${name}` }}
                  levels={levels}
                  initial={{ value: r.opinion?.value ?? null, reason: r.opinion?.reason ?? null }}
                  reasonLabel="Appréciation écrite ou motif"
                  action={saveOpinionAction}
                  nextId={shown[i + 1]?.agent.id ?? null}
                />
              ) : (
                <p>
                  Avis :{" "}
                  {r.opinion
                    ? (levels.find((l) => l.value === r.opinion!.value)?.label ?? r.opinion.value)
                    : "non saisi"}
                </p>
              )}
            </li>
          );
        })}
      </ul>
      <Pagination page={page} total={filtered.length} params={kept} pageSize={PAGE_SIZE} />
    </div>
  );
}
