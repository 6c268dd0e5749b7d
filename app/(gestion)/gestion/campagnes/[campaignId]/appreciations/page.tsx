import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { LevelRowForm } from "@/components/opinions/level-row-form";
import { FilterBar, FilterInput, FilterSelect } from "@/components/ui/filter-bar";
import { Notice } from "@/components/ui/notice";
import { pageFrom, Pagination } from "@/components/ui/pagination";
import { UploadForm } from "@/components/ui/upload-form";
import { requireRole } from "@/lib/auth/session";
import {
  campaignAppreciationState,
  campaignOpinions,
  campaignProposedAppreciations,
  examinedAgents,
  findCampaign,
} from "@/lib/campaigns/queries";
import { circonscriptionOptions } from "@/lib/agents/queries";
import { campaignRules } from "@/lib/campaigns/rules";
import { GRADE_LABELS, ordinalEchelon } from "@/lib/format";
import { levelLabel } from "@/lib/rules/levels";
import { ExportLinks } from "@/components/results/export-links";
import { ConfirmProposedForm } from "@/components/campaigns/confirm-proposed-form";
import { capSentence } from "@/lib/campaigns/readiness";
import {
  confirmProposedAppreciationsAction,
  importAppreciationsAction,
  saveAppreciationAction,
} from "../../actions";
import { Breadcrumb } from "@/components/ui/breadcrumb";

export const metadata: Metadata = { title: "Appréciations" };

const PAGE_SIZE = 25;
const SOURCES = {
  SAISIE: "saisie",
  REPRISE: "reprise d'une campagne antérieure",
  AVIS_IEN: "proposée d'après l'avis de l'IEN",
} as const;

export default async function Appreciations({
  params,
  searchParams,
}: {
  params: Promise<{ campaignId: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const user = await requireRole("GESTIONNAIRE");
  const { campaignId } = await params;
  const query = await searchParams;
  const campaign = await findCampaign(user, campaignId);
  if (!campaign || campaign.status === "BROUILLON") notFound();
  const { ruleSet } = campaignRules(campaign);
  const q = query.q?.trim().toLowerCase() ?? "";
  const [examined, opinions, circonscriptions] = await Promise.all([
    examinedAgents(
      user,
      campaign,
      query.circonscription ? { circonscriptionId: query.circonscription } : {},
    ),
    campaignOpinions(user, campaignId),
    circonscriptionOptions(user),
  ]);
  const proposed = await campaignProposedAppreciations(
    user,
    campaignId,
    examined.map((e) => e.agent.id),
  );
  const avis = new Map(opinions.map((o) => [o.agentId, o]));
  const filtered = examined.filter(
    (e) =>
      (!q || `${e.agent.nom} ${e.agent.prenom}`.toLowerCase().includes(q)) &&
      (!query.saisie ||
        (query.saisie === "oui") === (proposed.get(e.agent.id)?.source === "SAISIE")),
  );
  const page = pageFrom(query.page);
  const shown = filtered.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
  const editable = campaign.status === "OUVERTE" || campaign.status === "CLOSE";
  const state = await campaignAppreciationState(user, campaign);
  return (
    <div>
      <Breadcrumb
        items={[
          { label: "Campagnes", href: "/gestion/campagnes" },
          { label: campaign.title, href: `/gestion/campagnes/${campaignId}` },
        ]}
        current="Appréciations"
      />
      <h1 className="mb-2 text-3xl font-bold">Appréciations — {campaign.title}</h1>
      <ExportLinks
        href={`/gestion/campagnes/${campaignId}/export/appreciations`}
        label="Exporter les avis et appréciations"
      />
      {state ? (
        <>
          <p className="mb-2 text-xl font-bold" data-testid="arretees">
            {state.decided} / {state.examined} appréciations arrêtées
          </p>
          {state.proposed + state.none ? (
            <p className="mb-2">
              À arrêter : {state.proposed} proposée(s) d&apos;après l&apos;avis de l&apos;IEN ou une
              campagne antérieure, {state.none} sans proposition. La publication attend que toutes
              soient arrêtées.
            </p>
          ) : null}
          {state.caps.length ? (
            <Notice
              tone={state.caps.some((c) => c.exceeded) ? "warning" : "info"}
              title="Plafonds des meilleures appréciations"
            >
              <ul className="list-disc pl-5">
                {state.caps.map((c) => (
                  <li key={c.level}>
                    {capSentence(c, state.examined)}
                    {c.exceeded ? " — plafond dépassé : la publication demandera un motif." : "."}
                  </li>
                ))}
              </ul>
            </Notice>
          ) : null}
          {editable ? (
            <ConfirmProposedForm
              campaignId={campaignId}
              action={confirmProposedAppreciationsAction}
              proposed={state.proposed}
              none={state.none}
            />
          ) : null}
        </>
      ) : null}
      {ruleSet.appreciationLevels.length === 0 ? (
        <Notice tone="info">
          <p>
            Cette règle de gestion n&apos;a pas d&apos;appréciation finale : le tableau suit les
            avis des inspecteurs.
          </p>
        </Notice>
      ) : null}
      {editable && ruleSet.appreciationLevels.length ? (
        <details className="mb-6 border border-bordure/40 p-4">
          <summary className="cursor-pointer font-bold text-bleu">
            Importer des appréciations (CSV)
          </summary>
          <p className="my-3 text-sm">
            Colonnes <code>identifiant;appreciation</code> (ou <code>numen;appreciation</code>), une
            ligne par agent ; niveaux acceptés :{" "}
            {ruleSet.appreciationLevels.map((l) => l.label).join(", ")}. Les lignes rejetées sont
            listées avec leur motif.
          </p>
          <UploadForm
            action={importAppreciationsAction}
            hidden={{ campaignId }}
            label="Fichier CSV"
            hint="2 Mo au maximum."
            accept=".csv,text/csv"
            submit="Importer les appréciations"
          />
        </details>
      ) : null}
      <FilterBar label="Filtrer les agents">
        <FilterInput name="q" label="Nom" value={query.q} />
        <FilterSelect
          name="circonscription"
          label="Circonscription"
          value={query.circonscription}
          all="Toutes"
          options={circonscriptions.map((c) => ({ value: c.id, label: c.name }))}
        />
        <FilterSelect
          name="saisie"
          label="Appréciation"
          value={query.saisie}
          all="Toutes"
          options={[
            { value: "oui", label: "Arrêtée" },
            { value: "non", label: "À arrêter" },
          ]}
        />
      </FilterBar>
      <p className="mb-2" aria-live="polite">
        {filtered.length} agent(s).
      </p>
      <ul className="fr-raw-list divide-y divide-bordure/40 border-y border-bordure/40">
        {shown.map((e, i) => {
          const p = proposed.get(e.agent.id);
          const o = avis.get(e.agent.id);
          const name = `${e.agent.prenom} ${e.agent.nom}`;
          return (
            <li key={e.agent.id} className="py-3">
              <p>
                <Link href={`/gestion/agents/${e.agent.id}`} className="font-bold">
                  {name}
                </Link>{" "}
                — {e.agent.circonscription.name}, {GRADE_LABELS[e.agent.grade]}{" "}
                {ordinalEchelon(e.agent.echelon)} échelon
              </p>
              <p className="mb-1 text-sm">
                Avis IEN : {o ? levelLabel(campaign.ruleSet, o.value) : "non saisi"}
                {p?.value
                  ? ` · Appréciation ${SOURCES[p.source!]} : ${levelLabel(campaign.ruleSet, p.value)}${p.from ? ` (${p.from})` : ""}`
                  : ""}
              </p>
              {editable && ruleSet.appreciationLevels.length ? (
                <LevelRowForm
                  id={e.agent.id}
                  hidden={{ campaignId, agentId: e.agent.id, label: `Appréciation de ${name}` }}
                  levels={ruleSet.appreciationLevels}
                  initial={{ value: p?.value ?? null, reason: p?.oppositionReason ?? null }}
                  reasonLabel="Motif d'opposition (si opposition)"
                  reasonName="oppositionReason"
                  action={saveAppreciationAction}
                  nextId={shown[i + 1]?.agent.id ?? null}
                  checkbox={{
                    name: "opposed",
                    label: "Opposition du DASEN",
                    initial: p?.opposed ?? false,
                  }}
                />
              ) : null}
            </li>
          );
        })}
      </ul>
      <Pagination
        page={page}
        total={filtered.length}
        params={{ q: query.q, circonscription: query.circonscription, saisie: query.saisie }}
        pageSize={PAGE_SIZE}
      />
    </div>
  );
}
