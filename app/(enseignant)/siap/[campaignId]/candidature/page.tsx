import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import {
  CancelCandidatureForm,
  SubmitCandidatureForm,
} from "@/components/campaigns/candidature-forms";
import { FicheView } from "@/components/campaigns/fiche-view";
import { Notice } from "@/components/ui/notice";
import { requireOwnDossier } from "@/lib/dossier/access";
import { loadFiche } from "@/lib/campaigns/fiche";
import { mustApply } from "@/lib/campaigns/rules";
import { buttonClass } from "@/components/ui/button";
import { cancelledMessage, historyLine } from "@/lib/campaigns/candidature-history";
import { formatDate, formatDateTime } from "@/lib/format";
import { cancelCandidatureAction, submitCandidatureAction } from "../actions";
import { Breadcrumb } from "@/components/ui/breadcrumb";

export const metadata: Metadata = { title: "Candidater" };

export default async function CandidaturePage({
  params,
}: {
  params: Promise<{ campaignId: string }>;
}) {
  const { user, agentId } = await requireOwnDossier();
  const { campaignId } = await params;
  const fiche = await loadFiche(user, agentId, campaignId);
  if (!fiche) notFound();
  const { campaign } = fiche;
  const open = campaign.window === "ouverte";
  const recorded = fiche.candidature?.status === "ENREGISTREE";
  const cancelledAt =
    fiche.candidature?.status === "ANNULEE" ? fiche.candidature.cancelledAt : null;
  const history = fiche.candidature?.history ?? [];
  // The seeds' words around the candidature (iprof-candidature-classe-exceptionnelle.txt).
  const dossierReminder = (
    <>
      <p className="mb-4">
        Avant de procéder à cette opération assurez vous que votre dossier de candidature soit bien
        à jour.
      </p>
      <p className="mb-4">
        Afin de constituer votre dossier, vous pouvez, si vous le désirez, saisir des informations
        qui ne sont pas encore dans votre dossier via le bouton &quot;Compléter votre dossier&quot;.
      </p>
      <p className="mb-4">
        La saisie de ces données qualitatives ainsi que leur mise à jour sont laissées à votre libre
        appréciation. Vous pouvez également signaler à votre correspondant de gestion des erreurs
        concernant les données issues de votre dossier administratif (situation administrative,
        historique d&apos;affectation) : afin de prendre en compte vos demandes de modification,
        vous devez joindre une pièce justificative. Ces informations seront consultables par votre
        gestionnaire ainsi que par les corps d&apos;inspection. Conformément à la{" "}
        <a href="https://www.legifrance.gouv.fr/loda/id/JORFTEXT000000886460">
          loi &quot;informatique et libertés&quot; du 6 janvier 1978
        </a>
        , vous bénéficiez d&apos;un droit d&apos;accès et de rectification aux informations qui vous
        concernent. Si vous souhaitez exercer ce droit et obtenir communication des informations
        vous concernant, veuillez vous adresser à votre gestionnaire.
      </p>
      <p className="mb-6">
        <Link href="/dossier" className={buttonClass()}>
          Compléter votre dossier
        </Link>
      </p>
    </>
  );
  const historySection = history.length ? (
    <section aria-labelledby="titre-historique" className="mb-6">
      <h2 id="titre-historique" className="mb-2 text-xl font-bold">
        Historique de votre candidature
      </h2>
      <ul className="list-disc pl-6">
        {history.map((item) => (
          <li key={`${item.status}-${item.at.toISOString()}`}>{historyLine(item)}</li>
        ))}
      </ul>
    </section>
  ) : null;
  return (
    <div>
      <Breadcrumb
        items={[
          { label: "Les services", href: "/iprof/services" },
          { label: "SIAP", href: `/siap/${campaignId}` },
        ]}
        current="Candidater"
      />
      <h1 className="mb-4 text-3xl font-bold">Candidater — {campaign.title}</h1>
      {recorded ? (
        <>
          <Notice tone="success" role="status" title="Candidature réalisée">
            <p>Votre demande de candidature a bien été enregistrée.</p>
            <p>
              A la date de fermeture de dépôt des candidatures vous recevrez un accusé de réception
              de votre demande.
            </p>
            <p className="mt-2 text-sm">
              Enregistrée {formatDateTime(fiche.candidature!.submittedAt)}.
            </p>
            {fiche.candidature!.receiptNumber ? (
              <p className="mt-2 font-bold">
                Accusé de réception n° {fiche.candidature!.receiptNumber} du{" "}
                {formatDate(fiche.candidature!.receiptAt!)}
              </p>
            ) : null}
          </Notice>
          {dossierReminder}
          <h2 className="mb-2 text-xl font-bold">Génération de votre fiche de candidature</h2>
          <p className="mb-6">
            <a href={`/siap/${campaignId}/fiche`}>Afficher votre fiche de candidature</a> (PDF)
          </p>
          {open ? (
            <CancelCandidatureForm campaignId={campaignId} action={cancelCandidatureAction} />
          ) : null}
          {historySection}
        </>
      ) : !mustApply(fiche.eligibility) ? (
        <Notice tone="warning" title="Vous n'avez pas à faire acte de candidature">
          <ul className="list-disc pl-6">
            {fiche.eligibility.reasons.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        </Notice>
      ) : !open ? (
        <>
          <Notice tone="warning" title="Le dépôt des candidatures n'est pas ouvert">
            <p>Vous ne pouvez pas candidater en dehors de la période de dépôt.</p>
            {cancelledAt ? <p>{cancelledMessage(cancelledAt)}</p> : null}
          </Notice>
          {historySection}
        </>
      ) : (
        <>
          {cancelledAt ? (
            <Notice tone="info" role="status" title="Candidature annulée">
              <p>{cancelledMessage(cancelledAt)}</p>
              <p>Vous pouvez candidater de nouveau tant que le dépôt est ouvert.</p>
            </Notice>
          ) : null}
          <p className="mb-2 text-xl font-bold">
            Affichez et vérifiez votre candidature avant de la valider
          </p>
          {dossierReminder}
          <FicheView fiche={fiche} />
          <h2 className="mb-2 text-xl font-bold">Validation de votre candidature</h2>
          <SubmitCandidatureForm campaignId={campaignId} action={submitCandidatureAction} />
          {historySection}
        </>
      )}
    </div>
  );
}
