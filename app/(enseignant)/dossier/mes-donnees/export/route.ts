import { downloadHeaders } from "@/lib/http/download";
import { authedRoute } from "@/lib/http/authed-route";
import { exportOwnData } from "@/lib/dossier/commands";

export const GET = authedRoute(
  { roles: ["ENSEIGNANT"], agent: true },
  async ({ user, agentId }) => {
    const data = await exportOwnData({ ...user, agentId });
    return new Response(JSON.stringify(data, null, 2), {
      headers: downloadHeaders(
        `mes-donnees-${user.identifiant}.json`,
        "application/json; charset=utf-8",
      ),
    });
  },
);
