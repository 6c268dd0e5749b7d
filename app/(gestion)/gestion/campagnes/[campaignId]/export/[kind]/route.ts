import { authedRoute, textResponse as text } from "@/lib/http/authed-route";
import { EXPORT_KINDS, type ExportKind } from "@/lib/exports/campaign-exports";
import { campaignTable, findCampaign } from "@/lib/campaigns/queries";
import {
  EXPORT_TYPES,
  exportFilename,
  tableToCsv,
  tableToXlsx,
  type ExportFormat,
} from "@/lib/exports/table";
import { downloadHeaders } from "@/lib/http/download";

/** /gestion/campagnes/[id]/export/tableau?format=xlsx — tableau, résultats or appréciations, CSV or xlsx. */
export const GET = authedRoute<{ campaignId: string; kind: string }>(
  { roles: ["GESTIONNAIRE"] },
  async ({ request, user, params: { campaignId, kind } }) => {
    const format = new URL(request.url).searchParams.get("format") ?? "csv";
    if (!Object.hasOwn(EXPORT_KINDS, kind) || (format !== "csv" && format !== "xlsx"))
      return text("Export inconnu.", 404);
    const campaign = await findCampaign(user, campaignId);
    const table = campaign ? await campaignTable(user, campaignId, kind as ExportKind) : null;
    if (!campaign || !table) return text("Rien à exporter pour cette campagne.", 404);
    const body = format === "csv" ? tableToCsv(table) : await tableToXlsx(table);
    return new Response(body as BodyInit, {
      headers: downloadHeaders(
        exportFilename(
          EXPORT_KINDS[kind as ExportKind],
          campaign,
          new Date(),
          format as ExportFormat,
        ),
        EXPORT_TYPES[format as ExportFormat],
      ),
    });
  },
);
