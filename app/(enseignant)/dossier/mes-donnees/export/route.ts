import { downloadHeaders } from "@/lib/http/download";
import { getActiveUser } from "@/lib/auth/session";
import { exportPersonalData } from "@/lib/dossier/export";
import { writeAudit } from "@/lib/audit";
import { prisma } from "@/lib/db";

export async function GET() {
  const user = await getActiveUser();
  if (!user || user.role !== "ENSEIGNANT" || !user.agentId) {
    return new Response("Accès refusé.", { status: 403, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  const data = await exportPersonalData(user.agentId);
  await writeAudit(prisma, { actorId: user.id, action: "dossier.export", entity: "Agent", entityId: user.agentId });
  return new Response(JSON.stringify(data, null, 2), {
    headers: downloadHeaders(`mes-donnees-${user.identifiant}.json`, "application/json; charset=utf-8"),
  });
}
