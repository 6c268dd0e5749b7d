import { downloadHeaders } from "@/lib/http/download";
import { authedRoute, textResponse } from "@/lib/http/authed-route";
import { parseCandidatureFilters } from "@/lib/campaigns/candidatures-query";
import { findCampaign, listCampaignCandidatures } from "@/lib/campaigns/queries";
import { toCsv } from "@/lib/csv";
import { formatDate, GRADE_LABELS } from "@/lib/format";
import { CANDIDATURE_STATUS_LABELS } from "@/lib/campaigns/vocabulary";
import { exportFilename } from "@/lib/exports/table";

export const GET = authedRoute<{ campaignId: string }>(
  { roles: ["GESTIONNAIRE"] },
  async ({ request, user, params: { campaignId } }) => {
    const campaign = await findCampaign(user, campaignId);
    if (!campaign) return textResponse("Campagne inconnue.", 404);
    const filters = parseCandidatureFilters(Object.fromEntries(new URL(request.url).searchParams));
    const { rows } = await listCampaignCandidatures(user, campaignId, filters);
    const csv = toCsv(
      [
        "Nom",
        "Prénom",
        "Identifiant",
        "Circonscription",
        "Grade",
        "Échelon",
        "Vivier",
        "État",
        "Enregistrée le",
        "Accusé de réception",
      ],
      rows.map((c) => [
        c.agent.nom,
        c.agent.prenom,
        c.agent.user?.identifiant ?? "",
        c.agent.circonscription.name,
        GRADE_LABELS[c.agent.grade],
        c.agent.echelon,
        c.vivier,
        CANDIDATURE_STATUS_LABELS[c.status],
        formatDate(c.submittedAt),
        c.receiptNumber,
      ]),
    );
    return new Response(csv, {
      headers: downloadHeaders(
        exportFilename("Candidatures", campaign, new Date(), "csv"),
        "text/csv; charset=utf-8",
      ),
    });
  },
);
