import { authedRoute, textResponse as text } from "@/lib/http/authed-route";
import { prisma } from "@/lib/db";
import { campaignExport, EXPORT_KINDS, type ExportKind } from "@/lib/exports/campaign-exports";
import { EXPORT_TYPES, exportFilename, tableToCsv, tableToXlsx, type ExportFormat } from "@/lib/exports/table";
import { downloadHeaders } from "@/lib/http/download";

/** /gestion/campagnes/[id]/export/tableau?format=xlsx — tableau, résultats or appréciations, CSV or xlsx. */
export const GET = authedRoute<{ campaignId: string; kind: string }>({ roles: ["GESTIONNAIRE"] }, async ({ request, params: { campaignId, kind } }) => {
  const format = new URL(request.url).searchParams.get("format") ?? "csv";
  if (!Object.hasOwn(EXPORT_KINDS, kind) || (format !== "csv" && format !== "xlsx")) return text("Export inconnu.", 404);
  const campaign = await prisma.campaign.findUnique({ where: { id: campaignId }, select: { kind: true, year: true } });
  const table = campaign ? await campaignExport(prisma, campaignId, kind as ExportKind) : null;
  if (!campaign || !table) return text("Rien à exporter pour cette campagne.", 404);
  const body = format === "csv" ? tableToCsv(table) : await tableToXlsx(table);
  return new Response(body as BodyInit, {
    headers: downloadHeaders(exportFilename(EXPORT_KINDS[kind as ExportKind], campaign, new Date(), format as ExportFormat), EXPORT_TYPES[format as ExportFormat]),
  });
});
