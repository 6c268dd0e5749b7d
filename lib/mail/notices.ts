import type { DbTx } from "@/lib/db";
import { appUrl } from "@/lib/env";
import { formatDateTime } from "@/lib/format";
import { CORRECTION_SECTIONS } from "@/lib/dossier/corrections";
import { institutionalAddress, queueMail } from "./outbox";

// What changes for a teacher is mailed to them, in the transaction of the change: a
// candidature recorded or cancelled, a function validated or refused, a signalement
// answered, results published. The portal holds the details; the mail says where.
export type Notice =
  | { kind: "candidature.enregistree"; campaignTitle: string; campaignId: string; at: Date }
  | { kind: "candidature.annulee"; campaignTitle: string; campaignId: string; at: Date }
  | { kind: "fonction.validee" | "fonction.refusee"; label: string; note?: string | null }
  | { kind: "signalement.traite"; section: string; accepted: boolean; answer: string }
  | { kind: "resultats.publies"; campaignTitle: string; campaignId: string };

function compose(notice: Notice): { subject: string; lines: string[] } {
  switch (notice.kind) {
    case "candidature.enregistree":
      return {
        subject: `Votre candidature est enregistrée — ${notice.campaignTitle}`,
        lines: [
          `Votre candidature à la campagne « ${notice.campaignTitle} » a été enregistrée ${formatDateTime(notice.at)}.`,
          `Votre fiche de candidature : ${appUrl()}/siap/${notice.campaignId}`,
          "L'accusé de réception vous sera adressé à la clôture du dépôt des candidatures.",
        ],
      };
    case "candidature.annulee":
      return {
        subject: `Votre candidature est annulée — ${notice.campaignTitle}`,
        lines: [
          `Votre candidature à la campagne « ${notice.campaignTitle} » a été annulée ${formatDateTime(notice.at)}.`,
          `Vous pouvez candidater à nouveau tant que le dépôt est ouvert : ${appUrl()}/siap/${notice.campaignId}`,
        ],
      };
    case "fonction.validee":
      return {
        subject: "Une fonction de votre dossier a été validée",
        lines: [
          `Votre gestionnaire a validé la fonction « ${notice.label} » de votre dossier de promotion.`,
          `Votre dossier : ${appUrl()}/dossier/fonctions-et-missions`,
        ],
      };
    case "fonction.refusee":
      return {
        subject: "Une fonction de votre dossier n'a pas été validée",
        lines: [
          `Votre gestionnaire n'a pas validé la fonction « ${notice.label} » de votre dossier de promotion.`,
          notice.note ? `Motif : ${notice.note}` : "",
          `Votre dossier : ${appUrl()}/dossier/fonctions-et-missions`,
        ],
      };
    case "signalement.traite": {
      const section =
        CORRECTION_SECTIONS[notice.section as keyof typeof CORRECTION_SECTIONS] ?? notice.section;
      return {
        subject: `Votre signalement (${section}) a été traité`,
        lines: [
          `Votre gestionnaire a ${notice.accepted ? "accepté" : "refusé"} votre signalement d'erreur (${section}).`,
          `Réponse : ${notice.answer}`,
          `Votre dossier : ${appUrl()}/dossier`,
        ],
      };
    }
    case "resultats.publies":
      return {
        subject: `Résultats publiés — ${notice.campaignTitle}`,
        lines: [
          `Les résultats de la campagne « ${notice.campaignTitle} » sont publiés.`,
          `Consultez votre résultat, votre barème et le tableau : ${appUrl()}/siap/${notice.campaignId}/resultats`,
        ],
      };
  }
}

/** Where an agent's mail goes: their account's address, their own, or the institutional one. */
export function addressOf(agent: {
  email: string | null;
  nom: string;
  user: { identifiant: string; email: string | null } | null;
}): string {
  return (
    agent.user?.email ??
    agent.email ??
    institutionalAddress(agent.user?.identifiant ?? agent.nom.toLowerCase())
  );
}

const RECIPIENT = {
  select: {
    email: true,
    nom: true,
    prenom: true,
    civilite: true,
    departementId: true,
    departement: { select: { dsden: true } },
    user: { select: { identifiant: true, email: true } },
  },
} as const;

export async function notifyAgent(db: DbTx, agentId: string, notice: Notice): Promise<void> {
  const agent = await db.agent.findUniqueOrThrow({ where: { id: agentId }, ...RECIPIENT });
  await queueMail(db, mailFor(agent, notice));
}

type Recipient = {
  email: string | null;
  nom: string;
  prenom: string;
  civilite: string;
  departementId: string;
  departement: { dsden: string };
  user: { identifiant: string; email: string | null } | null;
};

function mailFor(agent: Recipient, notice: Notice) {
  const { subject, lines } = compose(notice);
  return {
    to: addressOf(agent),
    subject,
    kind: "information" as const,
    departementId: agent.departementId,
    body: [
      `${agent.civilite} ${agent.prenom} ${agent.nom},`,
      "",
      ...lines.filter(Boolean),
      "",
      `Le gestionnaire de la ${agent.departement.dsden}`,
    ].join("\n"),
  };
}

/** The same notice to many agents (results published): one query for the addresses. */
export async function notifyAgents(db: DbTx, agentIds: string[], notice: Notice): Promise<number> {
  let sent = 0;
  for (let i = 0; i < agentIds.length; i += 500) {
    const agents = await db.agent.findMany({
      where: { id: { in: agentIds.slice(i, i + 500) } },
      ...RECIPIENT,
    });
    for (const agent of agents) {
      await queueMail(db, mailFor(agent, notice));
      sent++;
    }
  }
  return sent;
}
