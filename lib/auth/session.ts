import "server-only";
import { cache } from "react";
import { cookies, headers } from "next/headers";
import { PATH_HEADER } from "@/lib/http/guard";
import { forbidden, redirect } from "next/navigation";
import type { Role } from "@/generated/prisma/enums";
import { prisma } from "@/lib/db";
import { writeAudit } from "@/lib/audit";
import { passwordChangeRequired } from "./account";
import { loadSession } from "./login";
import { auth } from "./nextauth";
import { sessionIdOf } from "./session-token";
import { scopeOf } from "./actor";
import { AGENT_REF, canAccessAgent, type Actor, type AgentAccess } from "./permissions";

export interface CurrentUser extends Actor {
  sessionId: string;
  identifiant: string;
  displayName: string;
  passwordIsDefault: boolean;
  previousLoginAt: Date | null;
  totpEnabled: boolean;
  /** Must choose a new password before anything else (lib/auth/account passwordChangeRequired). */
  passwordChangeRequired?: boolean;
}

/**
 * The signed-in user, re-read from the database on every request: a revoked or idle
 * session, a disabled account or a changed role takes effect at once, whatever the cookie says.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const sid = await sessionIdOf(await cookies(), async () => (await auth())?.sid ?? null);
  if (!sid) return null;
  const login = await loadSession(prisma, sid);
  if (!login) return null;
  const { user } = login;
  return {
    id: user.id,
    role: user.role,
    agentId: user.agentId,
    ...(await scopeOf(prisma, user)),
    sessionId: login.id,
    identifiant: user.identifiant,
    displayName: user.displayName,
    passwordIsDefault: user.passwordIsDefault,
    previousLoginAt: user.previousLoginAt,
    totpEnabled: Boolean(user.totpSecret),
    passwordChangeRequired: passwordChangeRequired(user),
  };
});

export const PASSWORD_CHANGE_PATH = "/compte/mot-de-passe";

/**
 * The signed-in user, or a redirect to the login page. An account that must change its
 * password first is sent to the change page from everywhere else.
 */
export async function requireUser(
  options: { beforePasswordChange?: boolean } = {},
): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/connexion");
  if (user.passwordChangeRequired && !options.beforePasswordChange)
    redirect(`${PASSWORD_CHANGE_PATH}?premiere=1`);
  return user;
}

/** Records a refused access (ASVS 7.1.3), then answers 403. */
async function refuse(user: CurrentUser, reason: string): Promise<never> {
  let path: string | null = null;
  try {
    const h = await headers();
    path = h.get(PATH_HEADER);
  } catch {}
  await writeAudit(prisma, {
    actorId: user.id,
    action: "access.refused",
    after: { reason, ...(path ? { path } : {}) },
  });
  forbidden();
}

export async function requireRole(...roles: Role[]): Promise<CurrentUser> {
  const user = await requireUser();
  if (!roles.includes(user.role)) await refuse(user, `role ${user.role}`);
  return user;
}

/** Loads the agent's scope and refuses (403) anyone outside it. */
export async function requireAgentAccess(
  agentId: string,
  access: AgentAccess,
): Promise<CurrentUser> {
  const user = await requireUser();
  const agent = await prisma.agent.findUnique({ where: { id: agentId }, select: AGENT_REF });
  if (!agent || !canAccessAgent(user, agent, access)) await refuse(user, `agent ${access}`);
  return user;
}

/** For route handlers: the signed-in user, unless the account must change its password first. */
export async function getActiveUser(): Promise<CurrentUser | null> {
  const user = await getCurrentUser();
  return user && !user.passwordChangeRequired ? user : null;
}
