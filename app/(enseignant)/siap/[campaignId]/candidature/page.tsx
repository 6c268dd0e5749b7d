import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CancelCandidatureForm, SubmitCandidatureForm } from "@/components/campaigns/candidature-forms";
import { FicheView } from "@/components/campaigns/fiche-view";
import { Notice } from "@/components/ui/notice";
import { prisma } from "@/lib/db";
import { requireOwnDossier } from "@/lib/dossier/access";
import { loadFiche } from "@/lib/campaigns/fiche";
import { mustApply } from "@/lib/campaigns/rules";
import { windowState } from "@/lib/campaigns/windows";
import { formatDate, formatDateTime } from "@/lib/format";
import { cancelCandidatureAction, submitCandidatureAction } from "../actions";

export const metadata: Metadata = { title: "Candidater" };

export default async function CandidaturePage({ params }: { params: Promise<{ campaignId: string }> }) {
  const { agentId } = await requireOwnDossier();
  const { campaignId } = await params;
  const campaign = await prisma.campaign.findFirst({ where: { id: campaignId, status: { not: "BROUILLON" } } });
  if (!campaign) notFound();
  const fiche = await loadFiche(agentId, campaignId);
  const open = campaign.status === "OUVERTE" && windowState(campaign.candidatureStart, campaign.candidatureEnd, new Date()) === "ouverte";
  const recorded = fiche.candidature?.status === "ENREGISTREE";
  return (
    <div>
      <p className="mb-1 text-sm">
        <Link href="/iprof/services">Les services</Link> › <Link href={`/siap/${campaignId}`}>SIAP</Link> › Candidater
      </p>
      <h1 className="mb-4 text-3xl font-bold">Candidater — {campaign.title}</h1>
      {recorded ? (
        <>
          <Notice tone="success" role="status" title="Candidature réalisée">
            <p>Votre demande de candidature a bien été enregistrée.</p>
            <p>A la date de fermeture de dépôt des candidatures vous recevrez un accusé de réception de votre demande.</p>
            <p className="mt-2 text-sm">Enregistrée {formatDateTime(fiche.candidature!.submittedAt)}.</p>
            {fiche.candidature!.receiptNumber ? (
              <p className="mt-2 font-bold">
                Accusé de réception n° {fiche.candidature!.receiptNumber} du {formatDate(fiche.candidature!.receiptAt!)}
              </p>
            ) : null}
          </Notice>
          <h2 className="mb-2 text-xl font-bold">Génération de votre fiche de candidature</h2>
          <p className="mb-6">
            <a href={`/siap/${campaignId}/fiche`}>Afficher votre fiche de candidature</a> (PDF)
          </p>
          {open ? <CancelCandidatureForm campaignId={campaignId} action={cancelCandidatureAction} /> : null}
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
        <Notice tone="warning" title="Le dépôt des candidatures n'est pas ouvert">
          <p>Vous ne pouvez pas candidater en dehors de la période de dépôt.</p>
        </Notice>
      ) : (
        <>
          <p className="mb-2 text-xl font-bold">Affichez et vérifiez votre candidature avant de la valider</p>
          <p className="mb-4">
            Avant de procéder à cette opération assurez-vous que votre dossier de candidature soit bien à jour. Afin de
            constituer votre dossier, vous pouvez saisir des informations qui ne sont pas encore dans votre dossier :{" "}
            <Link href="/dossier/fonctions-et-missions">Compléter votre dossier</Link>.
          </p>
          <FicheView fiche={fiche} />
          <h2 className="mb-2 text-xl font-bold">Validation de votre candidature</h2>
          <SubmitCandidatureForm campaignId={campaignId} action={submitCandidatureAction} />
        </>
      )}
    </div>
  );
}
