import type { Role } from "@/generated/prisma/enums";

// Who may do what, as plain rules ("own" versus "any", after the epic-stack pattern):
// a teacher reaches their own dossier, an inspector the agents of the circonscriptions
// they cover, an administrator every agent.
export interface Actor {
  id: string;
  role: Role;
  agentId: string | null;
  circonscriptionIds: string[];
}

export interface AgentRef {
  id: string;
  circonscriptionId: string;
}

export type AgentAccess = "read" | "edit";

export function canAccessAgent(actor: Actor, agent: AgentRef, access: AgentAccess): boolean {
  switch (actor.role) {
    case "GESTIONNAIRE":
      return true;
    case "INSPECTEUR":
      return access === "read" && actor.circonscriptionIds.includes(agent.circonscriptionId);
    case "ENSEIGNANT":
      return actor.agentId === agent.id;
  }
}

export function hasRole(actor: Actor, roles: readonly Role[]): boolean {
  return roles.includes(actor.role);
}

export const ROLE_LABELS: Record<Role, string> = {
  ENSEIGNANT: "Enseignant",
  INSPECTEUR: "Inspecteur de l'Éducation nationale",
  GESTIONNAIRE: "Gestionnaire DSDEN",
};

