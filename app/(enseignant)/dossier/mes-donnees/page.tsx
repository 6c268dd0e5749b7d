import { DOCUMENT_QUOTA_BYTES } from "@/lib/dossier/documents";
import type { Metadata } from "next";
import { DataList } from "@/components/ui/data-list";
import { PrintButton } from "@/components/ui/print-button";
import { requireOwnDossier } from "@/lib/dossier/access";
import { exportPersonalData } from "@/lib/dossier/export";
import { previousLoginText } from "@/lib/auth/last-login";
import { formatCalendarDate } from "@/lib/format";
import { buttonClass } from "@/components/ui/button";

export const metadata: Metadata = { title: "Mes données personnelles" };

export default async function PersonalData() {
  const { user, agentId } = await requireOwnDossier();
  const { agent, journal } = await exportPersonalData(user, agentId);
  const counts: [string, number][] = [
    ["Événements de carrière", agent.careerEvents.length],
    ["Affectations", agent.affectations.length],
    ["Qualifications et compétences", agent.qualifications.length],
    ["Activités professionnelles", agent.activities.length],
    ["Fonctions et missions", agent.functions.length],
    ["Distinctions honorifiques", agent.distinctions.length],
    ["Pièces justificatives", agent.documents.length],
    ["Signalements d'erreur", agent.corrections.length],
    ["Candidatures", agent.candidatures.length],
    ["Avis d'inspecteur", agent.opinions.length],
    ["Appréciations", agent.appreciations.length],
    ["Résultats de campagne", agent.results.length],
    ["Opérations de votre compte (journal)", journal.length],
  ];
  return (
    <section aria-labelledby="titre-donnees">
      <div className="mb-4 flex flex-wrap items-center justify-between gap-4">
        <h2 id="titre-donnees" className="text-2xl font-bold">
          Mes données personnelles
        </h2>
        <div className="no-print flex gap-4">
          <a href="/dossier/mes-donnees/export" className={buttonClass("secondary")}>
            Télécharger toutes mes données (JSON)
          </a>
          <PrintButton />
        </div>
      </div>
      <p className="mb-6">
        Conformément à la loi « informatique et libertés » du 6 janvier 1978, voici les informations
        que le portail détient sur vous. Pour les faire rectifier, utilisez « Signaler une erreur »
        ou adressez-vous à votre gestionnaire.
      </p>
      <DataList
        items={[
          ["Identité", `${agent.civilite} ${agent.prenom} ${agent.nom}`],
          ["Date de naissance", formatCalendarDate(agent.birthDate)],
          ["NUMEN", `conservé chiffré (se termine par ${agent.numenHint})`],
          ["Identifiant", agent.user?.identifiant ?? "—"],
          ["Dernière connexion", (agent.user && previousLoginText(agent.user)) ?? "—"],
          ["Circonscription", agent.circonscription.name],
        ]}
      />
      <h3 className="mb-2 text-xl font-bold">Contenu de votre dossier</h3>
      <DataList items={counts.map(([label, n]) => [label, String(n)])} />
      <h3 className="mb-2 mt-6 text-xl font-bold">Ce qui est conservé, et combien de temps</h3>
      <ul className="mb-6 list-disc space-y-1 pl-6">
        <li>
          Pièces justificatives : conservées tant que la fonction ou le signalement qu&apos;elles
          justifient existe ; une pièce remplacée ou dont l&apos;entrée est supprimée est effacée
          aussitôt. Au plus {DOCUMENT_QUOTA_BYTES / 1024 / 1024} Mo de pièces par agent.
        </li>
        <li>
          Tentatives de connexion infructueuses : oubliées après 24 heures, ou dès que vous
          réinitialisez votre mot de passe.
        </li>
        <li>
          Sessions de connexion : elles prennent fin après 30 minutes d&apos;inactivité, 8 heures au
          plus.
        </li>
        <li>
          Journal des opérations (dont l&apos;adresse IP de connexion) : conservé avec votre
          dossier, pour la sécurité de votre compte.
        </li>
      </ul>
    </section>
  );
}
