import type { Prisma } from "@/generated/prisma/client";
import type { DbTx } from "@/lib/db";
import type { Actor } from "./permissions";

// What each signed-in user may read, as Prisma where-fragments, in one place: every query
// function of lib/<domain>/queries.ts ands its own filter with these (docs/decisions/0009).
// A teacher reaches their own agent only, an inspector the agents of the circonscriptions
// they cover, a gestionnaire the agents of their départements, the académie every
// département (Actor.departementIds, decision 0011). The same rules as
// lib/auth/permissions canAccessAgent, for lists rather than one row; the writes check
// their target with campaignInScope and the same fragments.

/** Matches no row: an id no cuid ever takes. */
const NONE = { id: { in: [] as string[] } };

/** The agents this actor may read. */
export function agentScope(actor: Actor): Prisma.AgentWhereInput {
  switch (actor.role) {
    case "GESTIONNAIRE":
    case "ACADEMIE":
      return inDepartements(actor);
    case "INSPECTEUR":
      return { circonscriptionId: { in: actor.circonscriptionIds } };
    case "ENSEIGNANT":
      return actor.agentId ? { id: actor.agentId } : NONE;
  }
}

/**
 * For rows that belong to an agent (candidature, dossier entry, document, signalement…):
 * `{ agent: agentScope(actor) }`. Spread it into the row's where.
 */
export function ownedByAgentScope(actor: Actor): { agent?: Prisma.AgentWhereInput } {
  const scope = agentScope(actor);
  return Object.keys(scope).length ? { agent: scope } : {};
}

/** The campaigns of the actor's départements; drafts are their gestionnaires' only. */
export function campaignScope(actor: Actor): Prisma.CampaignWhereInput {
  return actor.role === "GESTIONNAIRE"
    ? inDepartements(actor)
    : { ...inDepartements(actor), status: { not: "BROUILLON" } };
}

/** The circonscriptions this actor may read (filters, inspector's home). */
export function circonscriptionScope(actor: Actor): Prisma.CirconscriptionWhereInput {
  switch (actor.role) {
    case "GESTIONNAIRE":
    case "ACADEMIE":
      return inDepartements(actor);
    case "INSPECTEUR":
      return { id: { in: actor.circonscriptionIds } };
    case "ENSEIGNANT":
      return actor.agentId ? { agents: { some: { id: actor.agentId } } } : NONE;
  }
}

/** The accounts this actor may read: their own, and for a gestionnaire the accounts of their départements. */
export function userScope(actor: Actor): Prisma.UserWhereInput {
  return actor.role === "GESTIONNAIRE"
    ? { OR: [{ id: actor.id }, usersInDepartements(actor)] }
    : { id: actor.id };
}

/** The outbox (courriels envoyés): the mails of the gestionnaire's départements. */
export function outboxScope(actor: Actor): Prisma.OutboxMessageWhereInput {
  return actor.role === "GESTIONNAIRE" ? inDepartements(actor) : NONE;
}

/**
 * For the computations over a whole campaign (figures, readiness, exports, remainders):
 * a gestionnaire's, on a campaign of one of their départements; anyone else is refused.
 */
export function requireWholeScope(actor: Actor, campaign: { departementId: string }): void {
  if (actor.role !== "GESTIONNAIRE")
    throw new Error(`Lecture de toute la campagne refusée au rôle ${actor.role}.`);
  if (!actor.departementIds.includes(campaign.departementId))
    throw new Error("Lecture d'une campagne d'un autre département refusée.");
}

// ---------- the département half (Actor.departementIds), for reads and writes ----------

/** Rows of the actor's départements. */
export function inDepartements(actor: Actor): { departementId: { in: string[] } } {
  return { departementId: { in: actor.departementIds } };
}

/**
 * The campaign, when the actor may reach it (campaignScope), for reads and writes alike:
 * out of scope, it reads as missing, so that its existence does not leak either.
 */
export function campaignInScope(
  db: DbTx,
  actor: Actor,
  id: string,
  where: Prisma.CampaignWhereInput = {},
) {
  return db.campaign.findFirst({ where: { AND: [{ id }, campaignScope(actor), where] } });
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
