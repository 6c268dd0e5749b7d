import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { figuresLabel } from "@/lib/campaigns/figures";
import { CampaignForm } from "@/components/campaigns/campaign-form";
import { TransitionForm } from "@/components/campaigns/transition-form";
import { DataList } from "@/components/ui/data-list";
import { Notice } from "@/components/ui/notice";
import {
  campaignClosingReadiness,
  campaignFiguresOf,
  campaignPublicationReadiness,
  candidatureCounts,
  findCampaign,
} from "@/lib/campaigns/queries";
import { requireRole } from "@/lib/auth/session";
import { availableTransitions, isEditable, STATUS_LABELS } from "@/lib/campaigns/state-machine";
import { formatCalendarDate, formatDateTime, toIsoDate } from "@/lib/format";
import { isRuleSetId, RULE_SETS } from "@/lib/rules";
import { parameterFields } from "@/lib/campaigns/parameters-form";
import { ParametersSummary } from "@/components/campaigns/parameters-summary";
import { campaignRules } from "@/lib/campaigns/rules";
import { campaignWarnings } from "@/lib/campaigns/admin";
import { capSentence, closingConsequences } from "@/lib/campaigns/readiness";
import { ConfirmActionForm } from "@/components/ui/confirm-action-form";
import { deleteCampaignAction, transitionCampaignAction, updateCampaignAction } from "../actions";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { Badge, CAMPAIGN_STATUS_TONES } from "@/components/ui/badge";

export const metadata: Metadata = { title: "Campagne" };

const day = (d: Date | null) => (d ? toIsoDate(d) : "");
const period = (s: Date | null, e: Date | null) =>
  s && e ? `du ${formatCalendarDate(s)} au ${formatCalendarDate(e)}` : "—";

const DONE: Record<string, string> = {
  ouvrir: "La campagne est ouverte.",
  clore: "La campagne est close.",
  publier: "Les résultats sont publiés.",
};

export default async function CampaignPage({
  params,
  searchParams,
}: {
  params: Promise<{ campaignId: string }>;
  searchParams: Promise<{ cree?: string; fait?: string }>;
}) {
  const user = await requireRole("GESTIONNAIRE");
  const { campaignId } = await params;
  const campaign = await findCampaign(user, campaignId);
  if (!campaign) notFound();
  const [{ recorded, cancelled }, figures] = await Promise.all([
    candidatureCounts(user, campaignId),
    campaignFiguresOf(user, [campaign]).then((m) => m.get(campaign.id)),
  ]);
  const query = await searchParams;
  // What each transition would do, shown in its confirmation.
  const closing =
    campaign.status === "OUVERTE"
      ? await campaignClosingReadiness(user, campaign, new Date())
      : null;
  const publication =
    campaign.status === "CLOSE" ? await campaignPublicationReadiness(user, campaign) : null;
  const exceeded = publication?.appreciations?.caps.filter((c) => c.exceeded) ?? [];
  const publishConsequences = publication
    ? [
        "Le tableau d'avancement sera figé et visible des enseignants et des inspecteurs ; les promotions prendront effet au 1er septembre.",
        ...(publication.appreciations &&
        publication.appreciations.proposed + publication.appreciations.none
          ? [
              `${publication.appreciations.proposed + publication.appreciations.none} appréciation(s) sur ${publication.appreciations.examined} ne sont pas arrêtées : la publication sera refusée.`,
            ]
          : []),
        ...(publication.staleness.stale
          ? [
              `Le tableau n'est plus à jour (${publication.staleness.reasons.join(", ")}) : la publication sera refusée.`,
            ]
          : []),
        ...exceeded.map(
          (c) => `Plafond dépassé : ${capSentence(c, publication.appreciations!.examined)}.`,
        ),
      ]
    : undefined;
  // Only a campaign with candidatures issues accusés de réception.
  const done = query.fait
    ? `${DONE[query.fait] ?? ""}${query.fait === "clore" && campaign.receiptsIssuedAt ? " Les accusés de réception ont été émis." : ""}` ||
      undefined
    : undefined;
  const label = isRuleSetId(campaign.ruleSet)
    ? RULE_SETS[campaign.ruleSet].label
    : campaign.ruleSet;
  return (
    <div>
      <Breadcrumb
        items={[
          { label: "Espace gestionnaire", href: "/gestion" },
          { label: "Campagnes", href: "/gestion/campagnes" },
        ]}
        current={campaign.title}
      />
      <h1 className="mb-4 text-3xl font-bold">{campaign.title}</h1>
      {done ? (
        <Notice tone="success" role="status">
          <p>{done}</p>
        </Notice>
      ) : null}
      {query.cree ? (
        <Notice tone="success" role="status">
          <p>Campagne créée. Vérifiez ses paramètres, puis ouvrez-la.</p>
        </Notice>
      ) : null}
      {campaignWarnings(campaign).length ? (
        <Notice tone="warning" title="À vérifier">
          <ul className="list-disc pl-5">
            {campaignWarnings(campaign).map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </Notice>
      ) : null}
      <DataList
        items={[
          ["Règle de gestion", label],
          [
            "État",
            <Badge key="e" tone={CAMPAIGN_STATUS_TONES[campaign.status]}>
              {STATUS_LABELS[campaign.status]}
            </Badge>,
          ],
          ["Date d'observation", formatCalendarDate(campaign.observationDate)],
          ["Dépôt des candidatures", period(campaign.candidatureStart, campaign.candidatureEnd)],
          ["Saisie des avis", period(campaign.opinionStart, campaign.opinionEnd)],
          [
            "Candidatures enregistrées",
            campaign.candidatureStart ? `${recorded} (et ${cancelled} annulée(s))` : "sans objet",
          ],
          [
            "Accusés de réception",
            campaign.receiptsIssuedAt
              ? `émis ${formatDateTime(campaign.receiptsIssuedAt)}`
              : "non émis",
          ],
          [
            "Tableau d'avancement",
            figures
              ? `${figuresLabel(figures)}${figures.frozen && campaign.publishedAt ? `, arrêtés à la publication, ${formatDateTime(campaign.publishedAt)}` : ""}`
              : "non calculé",
          ],
        ]}
      />
      <nav aria-label="Travaux de la campagne" className="mb-6">
        <ul className="list-disc space-y-1 pl-6">
          {campaign.candidatureStart ? (
            <li>
              <Link href={`/gestion/campagnes/${campaign.id}/candidatures`}>Candidatures</Link>
            </li>
          ) : null}
          {campaign.status !== "BROUILLON" ? (
            <>
              <li>
                <Link href={`/gestion/campagnes/${campaign.id}/appreciations`}>Appréciations</Link>
              </li>
              <li>
                <Link href={`/gestion/campagnes/${campaign.id}/tableau`}>
                  Tableau d&apos;avancement
                </Link>
              </li>
            </>
          ) : null}
        </ul>
      </nav>
      {availableTransitions(campaign.status).map((t) => (
        <TransitionForm
          key={t.transition}
          campaignId={campaign.id}
          transition={t.transition}
          label={t.label}
          action={transitionCampaignAction}
          consequences={
            t.transition === "clore" && closing
              ? closingConsequences(closing)
              : t.transition === "publier"
                ? publishConsequences
                : undefined
          }
          confirmEarly={t.transition === "clore" && !!closing?.early.length}
          capsReason={t.transition === "publier" && exceeded.length > 0}
        />
      ))}
      {isEditable(campaign.status) ? (
        <ConfirmActionForm
          formId="supprimer-campagne"
          action={deleteCampaignAction}
          hidden={{ id: campaign.id }}
          label="Supprimer la campagne"
          title="Supprimer cette campagne en préparation ?"
          confirmLabel="Supprimer la campagne"
        >
          <p>
            La campagne « {campaign.title} » et ses paramètres seront supprimés. Personne ne
            l&apos;a encore vue ; l&apos;opération est inscrite au journal.
          </p>
        </ConfirmActionForm>
      ) : null}
      {isEditable(campaign.status) ? (
        <section aria-labelledby="titre-parametres" className="mt-8">
          <h2 id="titre-parametres" className="mb-4 text-2xl font-bold">
            Paramètres de la campagne
          </h2>
          <CampaignForm
            action={updateCampaignAction}
            ruleSets={[]}
            initial={{
              id: campaign.id,
              ruleSet: campaign.ruleSet,
              year: String(campaign.year),
              title: campaign.title,
              observationDate: day(campaign.observationDate),
              candidatureStart: day(campaign.candidatureStart),
              candidatureEnd: day(campaign.candidatureEnd),
              opinionStart: day(campaign.opinionStart),
              opinionEnd: day(campaign.opinionEnd),
            }}
            parameterFields={parameterFields(campaignRules(campaign).context.parameters)}
          />
        </section>
      ) : (
        <section aria-labelledby="titre-parametres" className="mt-8">
          <h2 id="titre-parametres" className="mb-2 text-2xl font-bold">
            Paramètres de la campagne
          </h2>
          <ParametersSummary fields={parameterFields(campaignRules(campaign).context.parameters)} />
        </section>
      )}
    </div>
  );
}
