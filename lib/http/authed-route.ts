import "server-only";
import type { Role } from "@/generated/prisma/enums";
import { getCurrentUser, type CurrentUser } from "@/lib/auth/session";
import { writeAudit } from "@/lib/audit";
import { prisma } from "@/lib/db";
import { PASSWORD_CHANGE_FIRST_MESSAGE } from "@/lib/actions/safe-action";

/** A plain French answer: route handlers never return an HTML error page. */
export function textResponse(body: string, status: number): Response {
  return new Response(body, {
    status,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
}

export const ROUTE_LOGIN_REQUIRED = "Authentification requise : connectez-vous.";
export const ROUTE_FORBIDDEN = "Accès refusé.";

/** Records a refused access (ASVS 7.1.3) and answers 403. For scope checks inside a handler. */
export async function refuseRoute(
  user: CurrentUser,
  request: Request,
  reason: string,
  body = ROUTE_FORBIDDEN,
): Promise<Response> {
  await writeAudit(prisma, {
    actorId: user.id,
    action: "access.refused",
    after: { reason, path: new URL(request.url).pathname },
  });
  return textResponse(body, 403);
}

export interface RouteContext<P> {
  request: Request;
  user: CurrentUser;
  params: P;
}

/**
 * The one gate of every route handler, twin of `authedAction`: loads the user from the
 * database (a revoked session is anonymous), refuses anonymous callers (401), accounts that
 * must change their password first and callers of another role (403, audited), and with
 * `agent: true` any account without a dossier. Scope checks on the data (this agent, this
 * circonscription) stay in the handler, through lib/auth/permissions and `refuseRoute`.
 */
export function authedRoute<
  P extends Record<string, string> = Record<string, never>,
  A extends boolean = false,
>(
  options: { roles: readonly Role[]; agent?: A },
  handler: (
    context: RouteContext<P> & { agentId: A extends true ? string : string | null },
  ) => Promise<Response>,
): (request: Request, context?: { params: Promise<P> }) => Promise<Response> {
  return async (request, context) => {
    const user = await getCurrentUser();
    if (!user) return textResponse(ROUTE_LOGIN_REQUIRED, 401);
    if (user.passwordChangeRequired) return textResponse(PASSWORD_CHANGE_FIRST_MESSAGE, 403);
    if (!options.roles.includes(user.role)) return refuseRoute(user, request, `role ${user.role}`);
    if (options.agent && !user.agentId) return refuseRoute(user, request, "no dossier");
    const params = ((await context?.params) ?? {}) as P;
    return handler({
      request,
      user,
      params,
      agentId: user.agentId as A extends true ? string : string | null,
    });
  };
}
