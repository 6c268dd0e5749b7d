import { downloadHeaders } from "@/lib/http/download";
import { prisma } from "@/lib/db";
import { authedRoute, refuseRoute } from "@/lib/http/authed-route";
import { AGENT_REF, ALL_ROLES, canAccessAgent } from "@/lib/auth/permissions";
import { writeAudit } from "@/lib/audit";

// Pièces justificatives are served only to whoever may read the agent's dossier, always
// as a download of the type recognised at upload.
export const GET = authedRoute<{ documentId: string }>(
  { roles: ALL_ROLES },
  async ({ request, user, params }) => {
    const doc = await prisma.document.findUnique({
      where: { id: params.documentId },
      omit: { content: false },
      include: { agent: { select: AGENT_REF } },
    });
    if (!doc || !canAccessAgent(user, doc.agent, "read")) {
      return refuseRoute(user, request, "document", "Document introuvable ou accès refusé.");
    }
    await writeAudit(prisma, { actorId: user.id, action: "document.download", entity: "Document", entityId: doc.id });
    return new Response(new Uint8Array(doc.content), {
      headers: downloadHeaders(doc.filename, doc.mimeType, { "Content-Length": String(doc.size) }),
    });
  },
);
