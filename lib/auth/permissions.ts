import type { Role } from "@/generated/prisma/enums";

// Who may do what, as plain rules ("own" versus "any", after the epic-stack pattern):
// a teacher reaches their own dossier, an inspector the agents of the circonscriptions
// they cover, a gestionnaire the agents of the départements they administer, the académie
// reads every département and changes nothing.
export interface Actor {
  id: string;
  role: Role;
  agentId: string | null;
  circonscriptionIds: string[];
  /**
   * The départements the actor's data lies in (lib/auth/actor.ts): those a gestionnaire
   * administers, every one for the académie, their circonscriptions' for an IEN, their own
   * for a teacher. Every read and write of a département's data is filtered by it
   * (lib/auth/scope.ts).
   */
  departementIds: string[];
}

export interface AgentRef {
  id: string;
  circonscriptionId: string;
  departementId: string;
}

/** What canAccessAgent needs of an agent, for a Prisma select. */
export const AGENT_REF = { id: true, circonscriptionId: true, departementId: true } as const;

export type AgentAccess = "read" | "edit";

export function canAccessAgent(actor: Actor, agent: AgentRef, access: AgentAccess): boolean {
  switch (actor.role) {
    case "GESTIONNAIRE":
      return actor.departementIds.includes(agent.departementId);
    case "ACADEMIE":
      return access === "read" && actor.departementIds.includes(agent.departementId);
    case "INSPECTEUR":
      return access === "read" && actor.circonscriptionIds.includes(agent.circonscriptionId);
    case "ENSEIGNANT":
      return actor.agentId === agent.id;
  }
}

/** Every role, for what any signed-in user may do (their own account, documents in their scope). */
export const ALL_ROLES: readonly Role[] = ["ENSEIGNANT", "INSPECTEUR", "GESTIONNAIRE", "ACADEMIE"];

export function hasRole(actor: Actor, roles: readonly Role[]): boolean {
  return roles.includes(actor.role);
}

export const ROLE_LABELS: Record<Role, string> = {
  ENSEIGNANT: "Enseignant",
  INSPECTEUR: "Inspecteur de l'Éducation nationale",
  GESTIONNAIRE: "Gestionnaire DSDEN",
  ACADEMIE: "Rectorat (académie)",
};
