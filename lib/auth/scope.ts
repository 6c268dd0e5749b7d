import type { Prisma } from "@/generated/prisma/client";
import type { Actor } from "./permissions";

// What each signed-in user may read, as Prisma where-fragments, in one place: every query
// function of lib/<domain>/queries.ts ands its own filter with these (docs/decisions/0009).
// A teacher reaches their own agent only, an inspector the agents of the circonscriptions
// they cover, a gestionnaire everything (for now: the département scope will narrow it
// here, so every gestionnaire read goes through these helpers even where they return {}).
// The same rules as lib/auth/permissions canAccessAgent, for lists rather than one row.

/** Matches no row: an id no cuid ever takes. */
const NONE = { id: { in: [] as string[] } };

/** The agents this actor may read. */
export function agentScope(actor: Actor): Prisma.AgentWhereInput {
  switch (actor.role) {
    case "GESTIONNAIRE":
      return {};
    case "INSPECTEUR":
      return { circonscriptionId: { in: actor.circonscriptionIds } };
    case "ENSEIGNANT":
      return actor.agentId ? { id: actor.agentId } : NONE;
  }
}

/**
 * For rows that belong to an agent (candidature, dossier entry, document, signalement…):
 * `{ agent: agentScope(actor) }`, or nothing at all while the scope is everything (no join
 * for the gestionnaire's lists). Spread it into the row's where.
 */
export function ownedByAgentScope(actor: Actor): { agent?: Prisma.AgentWhereInput } {
  const scope = agentScope(actor);
  return Object.keys(scope).length ? { agent: scope } : {};
}

/** The campaigns this actor may read: drafts are the gestionnaire's only. */
export function campaignScope(actor: Actor): Prisma.CampaignWhereInput {
  return actor.role === "GESTIONNAIRE" ? {} : { status: { not: "BROUILLON" } };
}

/** The circonscriptions this actor may read (filters, inspector's home). */
export function circonscriptionScope(actor: Actor): Prisma.CirconscriptionWhereInput {
  switch (actor.role) {
    case "GESTIONNAIRE":
      return {};
    case "INSPECTEUR":
      return { id: { in: actor.circonscriptionIds } };
    case "ENSEIGNANT":
      return actor.agentId ? { agents: { some: { id: actor.agentId } } } : NONE;
  }
}

/** The accounts this actor may read: their own, and for a gestionnaire the accounts they help. */
export function userScope(actor: Actor): Prisma.UserWhereInput {
  return actor.role === "GESTIONNAIRE" ? {} : { id: actor.id };
}

/** The outbox (courriels envoyés) is the gestionnaire's only. */
export function outboxScope(actor: Actor): Prisma.OutboxMessageWhereInput {
  return actor.role === "GESTIONNAIRE" ? {} : NONE;
}

/**
 * For the computations over a whole campaign (figures, readiness, exports) that do not
 * filter by agent yet: the gestionnaire's only, whose scope is every agent today. The
 * département scope will have to reach inside them; until then, refuse anyone else.
 */
export function requireWholeScope(actor: Actor): void {
  if (actor.role !== "GESTIONNAIRE") throw new Error(`Lecture de toute la campagne refusée au rôle ${actor.role}.`);
}
