import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Notice } from "@/components/ui/notice";
import { DataList } from "@/components/ui/data-list";
import { buttonClass } from "@/components/ui/button";
import { teacherCampaignView } from "@/lib/campaigns/queries";
import { requireOwnDossier } from "@/lib/dossier/access";
import { campaignAsksCandidature, mustApply } from "@/lib/campaigns/rules";
import { cancelledMessage } from "@/lib/campaigns/candidature-history";
import { campaignConditions, CONDITIONS_TITLE } from "@/lib/campaigns/conditions";
import { formatCalendarDate } from "@/lib/format";
import { Breadcrumb } from "@/components/ui/breadcrumb";

export const metadata: Metadata = { title: "SIAP/Iprof" };

export default async function SiapCampaign({
  params,
}: {
  params: Promise<{ campaignId: string }>;
}) {
  const { user } = await requireOwnDossier();
  const { campaignId } = await params;
  // The campaign, the teacher's situation and the candidature window, as submitting decides them.
  const view = await teacherCampaignView(user, campaignId);
  if (!view) notFound();
  const { campaign, candidature, eligibility, window } = view;
  const asksCandidature = campaignAsksCandidature(campaign);
  const conditions = campaignConditions(campaign);
  return (
    <div>
      <Breadcrumb
        items={[
          { label: "I-Prof", href: "/iprof" },
          { label: "Les services", href: "/iprof/services" },
        ]}
        current="SIAP"
      />
      <h1 className="mb-2 text-3xl font-bold">
        SIAP/Iprof : Système d&apos;Information et d&apos;Aide pour les Promotions
      </h1>
      <p className="mb-4 text-xl">Bienvenue sur SIAP/Iprof !</p>
      <p className="mb-2">
        Vous êtes connecté sur SIAP/Iprof (Système d&apos;Information et d&apos;Aide pour les
        Promotions), site Internet sécurisé destiné à la campagne d&apos;avancement :
      </p>
      <ul className="mb-2 list-disc pl-6">
        <li>Classe Exceptionnelle des professeurs des écoles.</li>
        <li>Hors Classe des professeurs des écoles.</li>
        <li>Echelon spécial de la Classe Exceptionnelle des professeurs des écoles.</li>
      </ul>
      <p className="mb-6">
        SIAP/Iprof met à votre disposition les informations utiles pour compléter les dossiers pour
        les avancements de grade.
      </p>
      <h2 className="mb-2 text-2xl font-bold">{campaign.title}</h2>
      <DataList
        items={[
          ["Date d'observation", formatCalendarDate(campaign.observationDate)],
          ...(campaign.candidatureStart && campaign.candidatureEnd
            ? ([
                [
                  "Dépôt des candidatures",
                  `du ${formatCalendarDate(campaign.candidatureStart)} au ${formatCalendarDate(campaign.candidatureEnd)}`,
                ],
              ] as [string, string][])
            : []),
        ]}
      />
      {asksCandidature ? (
        <div className="fr-callout fr-mb-3w">
          <p>
            Rappel : seuls les collègues relevant du 1er vivier* doivent faire acte de candidature.
          </p>
          <p className="mt-1 text-sm">
            * voir « <a href="#conditions">{CONDITIONS_TITLE}</a> » dans le BO
          </p>
        </div>
      ) : (
        <p className="fr-callout fr-mb-3w">
          Aucun acte de candidature n&apos;est demandé pour cette campagne : la situation de chaque
          agent promouvable est examinée.
        </p>
      )}
      <section aria-labelledby="titre-situation" className="mb-6">
        <h2 id="titre-situation" className="mb-2 text-xl font-bold">
          Votre situation pour cette campagne
        </h2>
        <Notice
          tone={eligibility.promouvable ? "success" : "warning"}
          title={eligibility.promouvable ? "Vous êtes promouvable" : "Vous n'êtes pas promouvable"}
        >
          <ul className="list-disc pl-6">
            {eligibility.reasons.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        </Notice>
      </section>
      {conditions.length ? (
        <section id="conditions" aria-labelledby="titre-conditions" className="mb-6">
          <h2 id="titre-conditions" className="mb-2 text-xl font-bold">
            {CONDITIONS_TITLE}
          </h2>
          <ul className="list-disc pl-6">
            {conditions.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        </section>
      ) : null}
      {asksCandidature && candidature?.status === "ANNULEE" && candidature.cancelledAt ? (
        <p className="mb-2">{cancelledMessage(candidature.cancelledAt)}</p>
      ) : null}
      {asksCandidature ? (
        candidature?.status === "ENREGISTREE" ? (
          <p className="mb-6">
            Votre candidature est enregistrée.{" "}
            <Link href={`/siap/${campaign.id}/candidature`}>Voir votre candidature</Link>
          </p>
        ) : mustApply(eligibility) ? (
          window === "ouverte" && campaign.status === "OUVERTE" ? (
            <p className="mb-6">
              <Link href={`/siap/${campaign.id}/candidature`} className={buttonClass()}>
                Candidater
              </Link>
            </p>
          ) : (
            <p className="mb-6">Le dépôt des candidatures n&apos;est pas ouvert actuellement.</p>
          )
        ) : (
          <p className="mb-6">
            Vous ne relevez pas du 1er vivier : vous n&apos;avez pas à faire acte de candidature
            pour cette campagne.
          </p>
        )
      ) : null}
      {campaign.status === "PUBLIEE" ? (
        <p className="mb-4">
          <Link href={`/siap/${campaign.id}/resultats`}>
            Consulter les résultats de la campagne d&apos;avancement
          </Link>
        </p>
      ) : null}
      <p>
        <Link href="/dossier">Consulter votre dossier</Link>
      </p>
    </div>
  );
}
