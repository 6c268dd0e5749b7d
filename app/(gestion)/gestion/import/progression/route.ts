import { authedRoute } from "@/lib/http/authed-route";
import { readImportProgress } from "@/lib/agents/import-progress";

// Progress of an import started by the same gestionnaire, polled by the import page.
export const GET = authedRoute({ roles: ["GESTIONNAIRE"] }, async ({ request, user }) => {
  const id = new URL(request.url).searchParams.get("id") ?? "";
  const progress = /^[0-9a-f]{32}$/.test(id) ? readImportProgress(id, user.id) : null;
  // Not started yet (the file is still on its way), or not this user's: nothing to show.
  if (!progress)
    return new Response(null, { status: 204, headers: { "Cache-Control": "no-store" } });
  return Response.json(progress, { headers: { "Cache-Control": "no-store" } });
});
