import { downloadHeaders } from "@/lib/http/download";
import { authedRoute } from "@/lib/http/authed-route";
import { careerTemplateCsv } from "@/lib/agents/career-import";

// The header line and example steps of the career-history import.
export const GET = authedRoute({ roles: ["GESTIONNAIRE"] }, async () => {
  return new Response(careerTemplateCsv(), {
    headers: downloadHeaders("modele-import-carrieres.csv", "text/csv; charset=utf-8"),
  });
});
