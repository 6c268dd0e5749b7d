import { downloadHeaders } from "@/lib/http/download";
import { prisma } from "@/lib/db";
import { getActiveUser } from "@/lib/auth/session";
import { canAccessAgent } from "@/lib/auth/permissions";
import { writeAudit } from "@/lib/audit";

// Pièces justificatives are served only to whoever may read the agent's dossier, always
// as a download of the type recognised at upload.
export async function GET(_request: Request, { params }: { params: Promise<{ documentId: string }> }) {
  const user = await getActiveUser();
  if (!user) return new Response("Authentification requise.", { status: 401, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const { documentId } = await params;
  const doc = await prisma.document.findUnique({
    where: { id: documentId },
    omit: { content: false },
    include: { agent: { select: { id: true, circonscriptionId: true } } },
  });
  if (!doc || !canAccessAgent(user, doc.agent, "read")) {
    return new Response("Document introuvable ou accès refusé.", { status: 403, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  await writeAudit(prisma, { actorId: user.id, action: "document.download", entity: "Document", entityId: doc.id });
  return new Response(new Uint8Array(doc.content), {
    headers: downloadHeaders(doc.filename, doc.mimeType, { "Content-Length": String(doc.size) }),
  });
}
