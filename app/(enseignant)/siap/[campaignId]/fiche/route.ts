import { downloadHeaders } from "@/lib/http/download";
import { getActiveUser } from "@/lib/auth/session";
import { prisma } from "@/lib/db";
import { loadFiche } from "@/lib/campaigns/fiche";
import { renderFichePdf } from "@/lib/campaigns/fiche-pdf";

// "Afficher votre fiche de candidature": the teacher's own fiche, as a PDF.
export async function GET(_request: Request, { params }: { params: Promise<{ campaignId: string }> }) {
  const user = await getActiveUser();
  if (!user || user.role !== "ENSEIGNANT" || !user.agentId) {
    return new Response("Accès refusé.", { status: 403, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  const { campaignId } = await params;
  const exists = await prisma.campaign.count({ where: { id: campaignId, status: { not: "BROUILLON" } } });
  if (!exists) return new Response("Campagne introuvable.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const pdf = await renderFichePdf(await loadFiche(user.agentId, campaignId));
  return new Response(new Uint8Array(pdf), {
    headers: downloadHeaders(`fiche-de-candidature-${user.identifiant}.pdf`, "application/pdf"),
  });
}
