import { downloadHeaders } from "@/lib/http/download";
import { getActiveUser } from "@/lib/auth/session";
import { importTemplateCsv } from "@/lib/agents/import";

// The header line and one example row of the agent import, to fill in a spreadsheet.
export async function GET() {
  const user = await getActiveUser();
  if (!user || user.role !== "GESTIONNAIRE") {
    return new Response("Accès refusé.", { status: 403, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  return new Response(importTemplateCsv(), {
    headers: downloadHeaders("modele-import-agents.csv", "text/csv; charset=utf-8"),
  });
}
