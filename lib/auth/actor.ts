import type { Role } from "@/generated/prisma/enums";
import type { DbTx } from "@/lib/db";

/** What a user's scope is read from, in the same query as the user (lib/auth/login loadSession). */
export const SCOPE_INCLUDE = {
  scopes: { include: { circonscription: { select: { departementId: true } } } },
  departements: { select: { departementId: true } },
  agent: { select: { departementId: true } },
} as const;

/** A user read with SCOPE_INCLUDE. */
export interface ScopedUser {
  role: Role;
  scopes: { circonscription: { departementId: string } }[];
  departements: { departementId: string }[];
  agent: { departementId: string } | null;
}

/**
 * The départements whose data a user's role reaches (Actor.departementIds), read with the
 * session on every request like the role, so that a changed scope applies at once.
 */
export async function departementIdsOf(db: DbTx, user: ScopedUser): Promise<string[]> {
  switch (user.role) {
    case "GESTIONNAIRE":
      return user.departements.map((d) => d.departementId);
    case "ACADEMIE":
      return (
        await db.departement.findMany({ select: { id: true }, orderBy: { code: "asc" } })
      ).map((d) => d.id);
    case "INSPECTEUR":
      return [...new Set(user.scopes.map((s) => s.circonscription.departementId))];
    case "ENSEIGNANT":
      return user.agent ? [user.agent.departementId] : [];
  }
}

/**
 * The département an account's own mail belongs to (reset links, credential changes), for
 * the outbox's scope: null for the académie, which belongs to none.
 */
export async function homeDepartementId(db: DbTx, userId: string): Promise<string | null> {
  const user = await db.user.findUnique({ where: { id: userId }, include: SCOPE_INCLUDE });
  if (!user || user.role === "ACADEMIE") return null;
  return (await departementIdsOf(db, user))[0] ?? null;
}
