import type { Db } from "@/lib/db";
import { writeAudit } from "@/lib/audit";
import { formatCalendarDate, formatDate } from "@/lib/format";
import { queueMail } from "@/lib/mail/outbox";
import { addressOf } from "@/lib/mail/notices";
import { parisDayEnd } from "./windows";

// Accusés de réception: at the close of the candidature window every recorded candidature
// gets a numbered receipt, in the portal and by mail. Claiming the campaign
// (receiptsIssuedAt) and writing the receipts happen in one transaction, so the job is
// safe to run twice, from a timer or from the close action, and never half-done.

const PREFIX = { HORS_CLASSE: "HC", CLASSE_EXCEPTIONNELLE: "CE", ECHELON_SPECIAL: "ES" } as const;

/** "CE-2026-031-00012": kind, year, département (each numbers its own), sequence. */
export function receiptNumber(
  kind: keyof typeof PREFIX,
  year: number,
  departementCode: string,
  sequence: number,
): string {
  return `${PREFIX[kind]}-${year}-${departementCode.padStart(3, "0")}-${String(sequence).padStart(5, "0")}`;
}

/** Campaigns whose candidature window is over and whose receipts are not issued yet. */
export async function campaignsDueForReceipts(db: Db, now: Date): Promise<string[]> {
  const candidates = await db.campaign.findMany({
    where: {
      receiptsIssuedAt: null,
      candidatureEnd: { not: null },
      status: { in: ["OUVERTE", "CLOSE"] },
    },
    select: { id: true, status: true, candidatureEnd: true },
  });
  return candidates
    .filter((c) => c.status === "CLOSE" || now >= parisDayEnd(c.candidatureEnd!))
    .map((c) => c.id);
}

export async function issueReceipts(db: Db, campaignId: string, now = new Date()): Promise<number> {
  return db.$transaction(async (tx) => {
    const claimed = await tx.campaign.updateMany({
      where: { id: campaignId, receiptsIssuedAt: null },
      data: { receiptsIssuedAt: now },
    });
    if (claimed.count === 0) return 0;
    const campaign = await tx.campaign.findUniqueOrThrow({
      where: { id: campaignId },
      include: { departement: { select: { code: true, dsden: true } } },
    });
    const candidatures = await tx.candidature.findMany({
      where: { campaignId, status: "ENREGISTREE", receiptNumber: null },
      orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
      include: {
        agent: {
          select: {
            prenom: true,
            nom: true,
            civilite: true,
            email: true,
            user: { select: { identifiant: true, email: true } },
          },
        },
      },
    });
    // A campaign closed before the end of its window: the accusé gives the real closing day.
    const early =
      campaign.closedAt &&
      campaign.candidatureEnd &&
      campaign.closedAt < parisDayEnd(campaign.candidatureEnd);
    const closedOn = early
      ? formatDate(campaign.closedAt!)
      : campaign.candidatureEnd
        ? formatCalendarDate(campaign.candidatureEnd)
        : null;
    let sequence = await tx.candidature.count({
      where: { campaignId, receiptNumber: { not: null } },
    });
    for (const c of candidatures) {
      const number = receiptNumber(
        campaign.kind,
        campaign.year,
        campaign.departement.code,
        ++sequence,
      );
      await tx.candidature.update({
        where: { id: c.id },
        data: { receiptNumber: number, receiptAt: now },
      });
      const to = addressOf(c.agent);
      await queueMail(tx, {
        to,
        kind: "accuse-reception",
        departementId: campaign.departementId,
        subject: `Accusé de réception de votre candidature — ${campaign.title}`,
        body: [
          `${c.agent.civilite} ${c.agent.prenom} ${c.agent.nom},`,
          "",
          `Nous accusons réception de votre candidature à la campagne « ${campaign.title} », enregistrée le ${formatDate(c.submittedAt)}.`,
          `Numéro d'accusé de réception : ${number}.`,
          closedOn ? `Le dépôt des candidatures a été clos le ${closedOn}.` : "",
          "",
          "Votre dossier sera examiné selon les règles de la campagne. Les résultats seront publiés sur le portail.",
          "",
          `Le gestionnaire de la ${campaign.departement.dsden}`,
        ].join("\n"),
      });
    }
    await writeAudit(tx, {
      actorId: null,
      action: "campaign.receipts",
      entity: "Campaign",
      entityId: campaignId,
      after: { issued: candidatures.length },
    });
    return candidatures.length;
  });
}

/** The scheduled job: issues every receipt that is due. Returns how many were issued. */
export async function issueDueReceipts(db: Db, now = new Date()): Promise<number> {
  let total = 0;
  for (const id of await campaignsDueForReceipts(db, now))
    total += await issueReceipts(db, id, now);
  return total;
}
