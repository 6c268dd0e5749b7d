import type { DbTx } from "@/lib/db";
import type { Actor } from "./permissions";

// The département half of an actor's scope (Actor.departementIds), for the writes: an
// out-of-scope campaign reads as missing, so that its existence does not leak either.

/** Rows of the actor's départements. */
export function inDepartements(actor: Actor): { departementId: { in: string[] } } {
  return { departementId: { in: actor.departementIds } };
}

/** The campaign, when it belongs to one of the actor's départements; null otherwise. */
export function campaignInScope(db: DbTx, actor: Actor, id: string) {
  return db.campaign.findFirst({ where: { id, ...inDepartements(actor) } });
}

/** Users whose account lies in the actor's départements: an agent's, a gestionnaire's, an IEN's. */
export function usersInDepartements(actor: Actor) {
  const mine = inDepartements(actor);
  return {
    OR: [
      { agent: mine },
      { departements: { some: mine } },
      { scopes: { some: { circonscription: mine } } },
    ],
  };
}

/**
 * The département a gestionnaire works in for a write that names one (an import): the one
 * chosen, which must be theirs, or their only one.
 */
export function chooseDepartement(
  actor: Actor,
  chosen?: string | null,
): { ok: true; id: string } | { ok: false; message: string } {
  if (chosen)
    return actor.departementIds.includes(chosen)
      ? { ok: true, id: chosen }
      : { ok: false, message: "Vous ne gérez pas ce département." };
  if (actor.departementIds.length === 1) return { ok: true, id: actor.departementIds[0]! };
  return { ok: false, message: "Choisissez le département." };
}
