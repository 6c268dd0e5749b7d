import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { recordAudit, withDb } from "@/lib/bound";
import * as corrections from "./corrections";
import { exportPersonalData } from "./export";
import * as mutations from "./mutations";
import * as review from "./review";

// The dossier's writes, on the application's client, for actions and route handlers
// (docs/decisions/0009-read-boundary.md). Each checks the actor's scope itself.
export const saveEntry = withDb(mutations.saveEntry);
export const deleteEntry = withDb(mutations.deleteEntry);
export const reportError = withDb(corrections.reportError);
export const reviewFunction = withDb(review.reviewFunction);
export const treatCorrection = withDb(review.treatCorrection);

/** The teacher's own data (RGPD), recorded in the audit log. */
export async function exportOwnData(actor: Actor & { agentId: string }) {
  const data = await exportPersonalData(actor, actor.agentId);
  await recordAudit({
    actorId: actor.id,
    action: "dossier.export",
    entity: "Agent",
    entityId: actor.agentId,
  });
  return data;
}

/** Records that a pièce justificative was downloaded (app/documents/[documentId]). */
export async function recordDocumentDownload(actor: Actor, documentId: string) {
  await recordAudit({
    actorId: actor.id,
    action: "document.download",
    entity: "Document",
    entityId: documentId,
  });
}
