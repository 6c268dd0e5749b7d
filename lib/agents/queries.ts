import "server-only";
import { prisma } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import {
  agentScope,
  campaignScope,
  circonscriptionScope,
  outboxScope,
  ownedByAgentScope,
  userScope,
} from "@/lib/auth/scope";
import { loginKeys } from "@/lib/auth/throttle";
import { listAgents, type AgentFilters } from "./list";

// The reads of the agents' pages (docs/decisions/0009-read-boundary.md): each takes the
// signed-in user first and applies its scope (lib/auth/scope.ts).

/** The name shown over a dossier; throws when the agent is out of scope (checked before). */
export async function agentName(actor: Actor, agentId: string) {
  return prisma.agent.findFirstOrThrow({
    where: { AND: [{ id: agentId }, agentScope(actor)] },
    select: { prenom: true, nom: true },
  });
}

/** The agent's birth date (no dossier date before it), or null out of scope. */
export async function agentBirthDate(actor: Actor, agentId: string): Promise<Date | null> {
  const agent = await prisma.agent.findFirst({
    where: { AND: [{ id: agentId }, agentScope(actor)] },
    select: { birthDate: true },
  });
  return agent?.birthDate ?? null;
}

/** The gestionnaire's list of agents, filtered and paged (lib/agents/list.ts). */
export async function listScopedAgents(
  actor: Actor,
  filters: AgentFilters,
  requestedPage: number,
  pageSize: number,
) {
  return listAgents(prisma, filters, requestedPage, pageSize, agentScope(actor));
}

/** The circonscriptions offered by the filters, by name. */
export async function circonscriptionOptions(actor: Actor) {
  return prisma.circonscription.findMany({
    where: circonscriptionScope(actor),
    select: { id: true, name: true },
    orderBy: { name: "asc" },
  });
}

/** The inspector's circonscriptions, with how many agents and schools each has. */
export async function circonscriptionsWithCounts(actor: Actor) {
  return prisma.circonscription.findMany({
    where: circonscriptionScope(actor),
    orderBy: { name: "asc" },
    include: { _count: { select: { agents: true, schools: true } } },
  });
}

/** The gestionnaire's page of one agent: situation, login account and recent login failures. */
export async function agentAdministration(actor: Actor, agentId: string) {
  const status = await prisma.agent.findFirstOrThrow({
    where: { AND: [{ id: agentId }, agentScope(actor)] },
    select: { inactiveAt: true, inactiveReason: true },
  });
  const account = await prisma.user.findFirst({
    where: { AND: [{ agentId }, userScope(actor)] },
    select: { id: true, identifiant: true, totpEnabledAt: true, lastLoginAt: true },
  });
  const failures = account
    ? await prisma.rateLimitHit.count({
        where: {
          at: { gt: new Date(Date.now() - 24 * 3_600_000) },
          OR: [
            { key: { startsWith: loginKeys.accountPrefix(account.identifiant) } },
            { key: loginKeys.account(account.identifiant) },
          ],
        },
      })
    : 0;
  return { status, account, failures };
}

/** The gestionnaire's home: agents, campaigns, mails sent, signalements and functions waiting. */
export async function managementCounts(actor: Actor) {
  const [agents, campaigns, outbox, corrections, functions] = await Promise.all([
    prisma.agent.count({ where: agentScope(actor) }),
    prisma.campaign.count({ where: campaignScope(actor) }),
    prisma.outboxMessage.count({ where: outboxScope(actor) }),
    prisma.correctionRequest.count({
      where: { status: "EN_ATTENTE", ...ownedByAgentScope(actor) },
    }),
    prisma.functionMission.count({ where: { status: "A_VERIFIER", ...ownedByAgentScope(actor) } }),
  ]);
  return { agents, campaigns, outbox, corrections, functions };
}
