import type { Actor } from "@/lib/auth/permissions";
import { inDepartements } from "@/lib/auth/scope";
import type { WriteResult } from "@/lib/actions/result";
import { writeAudit } from "@/lib/audit";
import type { Db } from "@/lib/db";

// An agent who left the département (retirement, departure, death) is marked inactive
// rather than deleted: the dossier and the past campaigns' results stay. From then on no
// campaign examines them (lib/campaigns/promouvables.ts, contingent.ts), and their account
// cannot log in: User.disabledAt is set with Agent.inactiveAt, which the login refuses with
// the message of a wrong password (lib/auth/login.ts), and open sessions are ended.

export const INACTIVE_REASON_MAX = 200;

export type StatusResult = WriteResult;

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * Marks the given agents inactive (those already inactive are left as they are), disables
 * their accounts and ends their sessions; one audit line per agent. Returns how many changed.
 */
export async function deactivateAgents(
  db: Db,
  actor: { id: string },
  agentIds: readonly string[],
  reason: string,
  now = new Date(),
): Promise<number> {
  let changed = 0;
  for (const ids of chunks(agentIds, 500)) {
    changed += await db.$transaction(async (tx) => {
      const agents = await tx.agent.findMany({
        where: { id: { in: ids }, inactiveAt: null },
        select: { id: true },
      });
      const active = agents.map((a) => a.id);
      if (active.length === 0) return 0;
      await tx.agent.updateMany({
        where: { id: { in: active } },
        data: { inactiveAt: now, inactiveReason: reason.slice(0, INACTIVE_REASON_MAX) },
      });
      await tx.user.updateMany({
        where: { agentId: { in: active }, disabledAt: null },
        data: { disabledAt: now },
      });
      await tx.loginSession.updateMany({
        where: { user: { agentId: { in: active } }, revokedAt: null },
        data: { revokedAt: now },
      });
      await tx.auditLog.createMany({
        data: active.map((id) => ({
          actorId: actor.id,
          action: "agent.deactivate",
          entity: "Agent",
          entityId: id,
          after: JSON.stringify({ reason }),
        })),
      });
      return active.length;
    });
  }
  return changed;
}

/** The gestionnaire marks one agent inactive, by hand, from the agent's page. */
export async function deactivateAgent(
  db: Db,
  actor: Actor,
  agentId: string,
  reason: string,
): Promise<StatusResult> {
  const agent = await db.agent.findFirst({
    where: { id: agentId, ...inDepartements(actor) },
    select: { inactiveAt: true },
  });
  if (!agent) return { ok: false, message: "Agent introuvable." };
  if (agent.inactiveAt) return { ok: false, message: "Cet agent est déjà inactif." };
  await deactivateAgents(db, actor, [agentId], reason);
  return { ok: true };
}

/** Back to active: examined again by campaigns, and the account can log in again. */
export async function reactivateAgent(
  db: Db,
  actor: Actor,
  agentId: string,
): Promise<StatusResult> {
  const agent = await db.agent.findFirst({
    where: { id: agentId, ...inDepartements(actor) },
    select: { inactiveAt: true, inactiveReason: true },
  });
  if (!agent) return { ok: false, message: "Agent introuvable." };
  const since = agent.inactiveAt;
  if (!since) return { ok: false, message: "Cet agent est déjà actif." };
  await db.$transaction(async (tx) => {
    await tx.agent.update({
      where: { id: agentId },
      data: { inactiveAt: null, inactiveReason: null },
    });
    await tx.user.updateMany({ where: { agentId }, data: { disabledAt: null } });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "agent.reactivate",
      entity: "Agent",
      entityId: agentId,
      before: { inactiveAt: since.toISOString(), reason: agent.inactiveReason },
    });
  });
  return { ok: true };
}
