import type { Prisma } from "@/generated/prisma/client";
import { normalizeNumen, NUMEN_PATTERN } from "@/lib/auth/password";
import type { Db } from "@/lib/db";
import { isGradeCode } from "@/lib/rules/grades";
import type { GradeCode } from "@/lib/rules/types";
import { findAgentIdByNumen } from "./numen-key";
import { agentSearchWhere } from "./search";

// The gestionnaire's list of agents: filters from the URL, a search by name, identifiant or
// NUMEN, and a page number clamped to the pages there are (?page=999 shows the last one).

export interface AgentFilters {
  q?: string;
  circonscriptionId?: string;
  grade?: GradeCode;
  echelon?: number;
  /** "actif": active agents only; "inactif": those marked as gone; absent: all. */
  statut?: "actif" | "inactif";
}

export function parseAgentFilters(params: Record<string, string | undefined>): AgentFilters {
  const echelon = Number.parseInt(params.echelon ?? "", 10);
  return {
    q: params.q?.trim().slice(0, 80) || undefined,
    circonscriptionId: params.circonscription?.slice(0, 40) || undefined,
    grade: isGradeCode(params.grade) ? params.grade : undefined,
    echelon: echelon >= 1 && echelon <= 11 ? echelon : undefined,
    statut: params.statut === "actif" || params.statut === "inactif" ? params.statut : undefined,
  };
}

export async function agentWhere(db: Db, f: AgentFilters): Promise<Prisma.AgentWhereInput> {
  const and: Prisma.AgentWhereInput[] = [];
  if (f.circonscriptionId) and.push({ circonscriptionId: f.circonscriptionId });
  if (f.grade) and.push({ grade: f.grade });
  if (f.echelon) and.push({ echelon: f.echelon });
  if (f.statut === "actif") and.push({ inactiveAt: null });
  if (f.statut === "inactif") and.push({ inactiveAt: { not: null } });
  if (f.q) {
    const numen = normalizeNumen(f.q);
    if (NUMEN_PATTERN.test(numen)) and.push({ id: (await findAgentIdByNumen(db, numen)) ?? "" });
    else and.push(agentSearchWhere(f.q));
  }
  return and.length ? { AND: and } : {};
}

export const AGENT_LIST_SELECT = {
  id: true,
  nom: true,
  nomUsage: true,
  prenom: true,
  grade: true,
  echelon: true,
  echelonDate: true,
  inactiveAt: true,
  circonscription: { select: { name: true } },
  user: { select: { identifiant: true } },
} as const;

/** `scope`: the agents the reader may see (lib/auth/scope.ts agentScope). */
export async function listAgents(
  db: Db,
  filters: AgentFilters,
  requestedPage: number,
  pageSize: number,
  scope: Prisma.AgentWhereInput = {},
) {
  const filtered = await agentWhere(db, filters);
  const where = Object.keys(scope).length ? { AND: [filtered, scope] } : filtered;
  const total = await db.agent.count({ where });
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(Math.max(1, requestedPage), pages);
  const rows = await db.agent.findMany({
    where,
    orderBy: [{ nom: "asc" }, { prenom: "asc" }, { id: "asc" }],
    skip: (page - 1) * pageSize,
    take: pageSize,
    select: AGENT_LIST_SELECT,
  });
  return { rows, total, page, pages, requestedPage };
}
