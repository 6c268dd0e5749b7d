import "server-only";
import { prisma } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { outboxScope } from "@/lib/auth/scope";

/** The outbox, newest first, one page (docs/decisions/0009-read-boundary.md). */
export async function listOutbox(actor: Actor, page: { skip: number; take: number }) {
  const where = outboxScope(actor);
  const [messages, total] = await Promise.all([
    prisma.outboxMessage.findMany({ where, orderBy: { createdAt: "desc" }, ...page }),
    prisma.outboxMessage.count({ where }),
  ]);
  return { messages, total };
}
