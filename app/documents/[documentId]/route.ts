import { downloadHeaders } from "@/lib/http/download";
import { findDocumentForDownload } from "@/lib/dossier/queries";
import { recordDocumentDownload } from "@/lib/dossier/commands";
import { authedRoute, refuseRoute } from "@/lib/http/authed-route";
import { ALL_ROLES, canAccessAgent } from "@/lib/auth/permissions";

// Pièces justificatives are served only to whoever may read the agent's dossier, always
// as a download of the type recognised at upload.
export const GET = authedRoute<{ documentId: string }>(
  { roles: ALL_ROLES },
  async ({ request, user, params }) => {
    const doc = await findDocumentForDownload(user, params.documentId);
    if (!doc || !canAccessAgent(user, doc.agent, "read")) {
      return refuseRoute(user, request, "document", "Document introuvable ou accès refusé.");
    }
    await recordDocumentDownload(user, doc.id);
    return new Response(new Uint8Array(doc.content), {
      headers: downloadHeaders(doc.filename, doc.mimeType, { "Content-Length": String(doc.size) }),
    });
  },
);
