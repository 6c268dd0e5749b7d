import "server-only";
import { cache } from "react";
import { forbidden, redirect } from "next/navigation";
import type { Role } from "@/generated/prisma/enums";
import { prisma } from "@/lib/db";
import { auth } from "./nextauth";
import { canAccessAgent, type Actor, type AgentAccess } from "./permissions";

export interface CurrentUser extends Actor {
  sessionId: string;
  identifiant: string;
  displayName: string;
  passwordIsDefault: boolean;
  previousLoginAt: Date | null;
  totpEnabled: boolean;
}

/**
 * The signed-in user, re-read from the database on every request: a revoked session, a
 * disabled account or a changed role takes effect at once, whatever the cookie says.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await auth();
  const sid = session?.sid;
  if (!sid) return null;
  const login = await prisma.loginSession.findUnique({
    where: { id: sid },
    include: { user: { include: { scopes: true }, omit: { totpSecret: false } } },
  });
  if (!login || login.revokedAt || login.expiresAt <= new Date() || login.user.disabledAt) return null;
  const { user } = login;
  return {
    id: user.id,
    role: user.role,
    agentId: user.agentId,
    circonscriptionIds: user.scopes.map((s) => s.circonscriptionId),
    sessionId: login.id,
    identifiant: user.identifiant,
    displayName: user.displayName,
    passwordIsDefault: user.passwordIsDefault,
    previousLoginAt: user.previousLoginAt,
    totpEnabled: Boolean(user.totpSecret),
  };
});

export async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/connexion");
  return user;
}

export async function requireRole(...roles: Role[]): Promise<CurrentUser> {
  const user = await requireUser();
  if (!roles.includes(user.role)) forbidden();
  return user;
}

/** Loads the agent's scope and refuses (403) anyone outside it. */
export async function requireAgentAccess(agentId: string, access: AgentAccess): Promise<CurrentUser> {
  const user = await requireUser();
  const agent = await prisma.agent.findUnique({ where: { id: agentId }, select: { id: true, circonscriptionId: true } });
  if (!agent || !canAccessAgent(user, agent, access)) forbidden();
  return user;
}
