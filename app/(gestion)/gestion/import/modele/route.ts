import { getActiveUser } from "@/lib/auth/session";
import { importTemplateCsv } from "@/lib/agents/import";

// The header line and one example row of the agent import, to fill in a spreadsheet.
export async function GET() {
  const user = await getActiveUser();
  if (!user || user.role !== "GESTIONNAIRE") {
    return new Response("Accès refusé.", { status: 403, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  return new Response(importTemplateCsv(), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": 'attachment; filename="modele-import-agents.csv"',
      "Cache-Control": "private, no-store",
    },
  });
}
