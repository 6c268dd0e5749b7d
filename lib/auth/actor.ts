import type { Role } from "@/generated/prisma/enums";
import type { DbTx } from "@/lib/db";

/** What a user's scope is read from: their role, and their agent for a teacher. */
export interface ScopedUser {
  id: string;
  role: Role;
  agentId: string | null;
}

/** The circonscriptions and départements a user's role reaches (Actor's scope fields). */
export interface UserScope {
  circonscriptionIds: string[];
  departementIds: string[];
}

/**
 * The user's scope, read with the session on every request like the role, so that a
 * changed scope applies at once. One query per role, only for what that role uses: the
 * session read is on every page (BENCHMARKS.md, issue 13).
 */
export async function scopeOf(db: DbTx, user: ScopedUser): Promise<UserScope> {
  switch (user.role) {
    case "GESTIONNAIRE": {
      const rows = await db.departementScope.findMany({
        where: { userId: user.id },
        select: { departementId: true },
      });
      return { circonscriptionIds: [], departementIds: rows.map((d) => d.departementId) };
    }
    case "ACADEMIE": {
      const rows = await db.departement.findMany({
        select: { id: true },
        orderBy: { code: "asc" },
      });
      return { circonscriptionIds: [], departementIds: rows.map((d) => d.id) };
    }
    case "INSPECTEUR": {
      const rows = await db.circonscription.findMany({
        where: { inspectors: { some: { userId: user.id } } },
        select: { id: true, departementId: true },
      });
      return {
        circonscriptionIds: rows.map((c) => c.id),
        departementIds: [...new Set(rows.map((c) => c.departementId))],
      };
    }
    case "ENSEIGNANT": {
      const agent = user.agentId
        ? await db.agent.findUnique({
            where: { id: user.agentId },
            select: { departementId: true },
          })
        : null;
      return { circonscriptionIds: [], departementIds: agent ? [agent.departementId] : [] };
    }
  }
}

/**
 * The département an account's own mail belongs to (reset links, credential changes), for
 * the outbox's scope: null for the académie, which belongs to none.
 */
export async function homeDepartementId(db: DbTx, userId: string): Promise<string | null> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { id: true, role: true, agentId: true },
  });
  if (!user || user.role === "ACADEMIE") return null;
  return (await scopeOf(db, user)).departementIds[0] ?? null;
}
