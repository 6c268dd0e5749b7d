import { formatDateTime } from "@/lib/format";

export interface DeliveryState {
  status: string;
  attempts: number;
  lastError: string | null;
  nextAttemptAt: Date;
  sentAt: Date | null;
}

/** What « Courriels envoyés » says of a message's delivery, in French. */
export function deliveryLabel(m: DeliveryState, maxAttempts: number): string {
  switch (m.status) {
    case "ENVOYE":
      return `Envoyé ${formatDateTime(m.sentAt ?? m.nextAttemptAt)}${m.attempts > 1 ? ` (après ${m.attempts} tentatives)` : ""}.`;
    case "ECHEC":
      return m.attempts >= maxAttempts
        ? `Échec définitif après ${m.attempts} tentatives : ${m.lastError ?? "erreur inconnue"}.`
        : `Échec de la tentative ${m.attempts} : ${m.lastError ?? "erreur inconnue"}. Nouvel essai ${formatDateTime(m.nextAttemptAt)}.`;
    case "ABANDONNE":
      return `Abandonné : ${m.lastError ?? "non remis"}`;
    case "HISTORIQUE":
      return "Émis avant la mise en place de l'envoi suivi.";
    default:
      return "En attente d'envoi.";
  }
}
