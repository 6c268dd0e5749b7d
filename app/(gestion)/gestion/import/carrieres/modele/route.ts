import { downloadHeaders } from "@/lib/http/download";
import { getActiveUser } from "@/lib/auth/session";
import { careerTemplateCsv } from "@/lib/agents/career-import";

// The header line and example steps of the career-history import.
export async function GET() {
  const user = await getActiveUser();
  if (!user || user.role !== "GESTIONNAIRE") {
    return new Response("Accès refusé.", { status: 403, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  return new Response(careerTemplateCsv(), {
    headers: downloadHeaders("modele-import-carrieres.csv", "text/csv; charset=utf-8"),
  });
}
