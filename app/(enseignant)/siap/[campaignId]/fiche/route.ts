import { downloadHeaders } from "@/lib/http/download";
import { authedRoute, textResponse } from "@/lib/http/authed-route";
import { loadFiche } from "@/lib/campaigns/fiche";
import { renderFichePdf } from "@/lib/campaigns/fiche-pdf";

// "Afficher votre fiche de candidature": the teacher's own fiche, as a PDF.
export const GET = authedRoute<{ campaignId: string }, true>(
  { roles: ["ENSEIGNANT"], agent: true },
  async ({ user, agentId, params }) => {
    const fiche = await loadFiche(user, agentId, params.campaignId);
    if (!fiche) return textResponse("Campagne introuvable.", 404);
    const pdf = await renderFichePdf(fiche);
    return new Response(new Uint8Array(pdf), {
      headers: downloadHeaders(`fiche-de-candidature-${user.identifiant}.pdf`, "application/pdf"),
    });
  },
);
