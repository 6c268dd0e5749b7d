import { formatDateTime } from "@/lib/format";
import { CANDIDATURE_STATUS_LABELS } from "./vocabulary";

// What the teacher reads of their candidature: its last state and its history (every
// recording and cancellation, CandidatureEvent). Candidatures recorded before the history
// existed have no event: their row's dates stand in for it.

export type CandidatureEventStatus = "ENREGISTREE" | "ANNULEE";

export interface CandidatureHistoryItem {
  status: CandidatureEventStatus;
  at: Date;
}

interface CandidatureRow {
  status: CandidatureEventStatus;
  submittedAt: Date;
  cancelledAt: Date | null;
  events?: readonly CandidatureHistoryItem[];
}

/** Oldest first. */
export function candidatureHistory(
  row: CandidatureRow | null | undefined,
): CandidatureHistoryItem[] {
  if (!row) return [];
  if (row.events?.length)
    return [...row.events]
      .sort((a, b) => a.at.getTime() - b.at.getTime())
      .map(({ status, at }) => ({ status, at }));
  const items: CandidatureHistoryItem[] = [{ status: "ENREGISTREE", at: row.submittedAt }];
  if (row.status === "ANNULEE" && row.cancelledAt)
    items.push({ status: "ANNULEE", at: row.cancelledAt });
  return items;
}

/** "Candidature enregistrée le 02/03/2020 à 09:15" (Paris time). */
export function historyLine(item: CandidatureHistoryItem): string {
  return `Candidature ${CANDIDATURE_STATUS_LABELS[item.status].toLowerCase()} ${formatDateTime(item.at)}`;
}

/** Said after a cancellation, and on the page for as long as the candidature stays cancelled. */
export function cancelledMessage(at: Date): string {
  return `Votre candidature a été annulée ${formatDateTime(at)}.`;
}
