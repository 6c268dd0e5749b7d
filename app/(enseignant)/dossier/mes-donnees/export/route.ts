import { downloadHeaders } from "@/lib/http/download";
import { authedRoute } from "@/lib/http/authed-route";
import { exportPersonalData } from "@/lib/dossier/export";
import { writeAudit } from "@/lib/audit";
import { prisma } from "@/lib/db";

export const GET = authedRoute({ roles: ["ENSEIGNANT"], agent: true }, async ({ user, agentId }) => {
  const data = await exportPersonalData(agentId);
  await writeAudit(prisma, { actorId: user.id, action: "dossier.export", entity: "Agent", entityId: agentId });
  return new Response(JSON.stringify(data, null, 2), {
    headers: downloadHeaders(`mes-donnees-${user.identifiant}.json`, "application/json; charset=utf-8"),
  });
});
