import "server-only";
import { prisma } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { agentScope } from "@/lib/auth/scope";
import { ENTRY_RELATIONS_ALL } from "./entry-kinds";

/**
 * Everything the portal holds about an agent (droit d'accès, loi « informatique et
 * libertés »). Secrets stay out: the client omits hashes and document contents.
 */
export async function exportPersonalData(actor: Actor, agentId: string) {
  const agent = await prisma.agent.findFirstOrThrow({
    where: { AND: [{ id: agentId }, agentScope(actor)] },
    include: {
      user: {
        select: {
          id: true,
          identifiant: true,
          role: true,
          email: true,
          createdAt: true,
          lastLoginAt: true,
          previousLoginAt: true,
          passwordChangedAt: true,
          totpEnabledAt: true,
        },
      },
      school: true,
      circonscription: true,
      careerEvents: true,
      affectations: true,
      ...ENTRY_RELATIONS_ALL,
      documents: true,
      corrections: true,
      candidatures: true,
      opinions: { include: { campaign: { select: { title: true } } } },
      appreciations: { include: { campaign: { select: { title: true } } } },
      results: { include: { campaign: { select: { title: true } } } },
    },
  });
  const audit = agent.user
    ? await prisma.auditLog.findMany({
        where: { actorId: agent.user.id },
        orderBy: { at: "asc" },
        select: { at: true, action: true, entity: true, entityId: true },
      })
    : [];
  return { exportedAt: new Date().toISOString(), agent, journal: audit };
}
