import { downloadHeaders } from "@/lib/http/download";
import { authedRoute } from "@/lib/http/authed-route";
import { importTemplateCsv } from "@/lib/agents/import";

// The header line and one example row of the agent import, to fill in a spreadsheet.
export const GET = authedRoute({ roles: ["GESTIONNAIRE"] }, async () => {
  return new Response(importTemplateCsv(), {
    headers: downloadHeaders("modele-import-agents.csv", "text/csv; charset=utf-8"),
  });
});
