import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { prisma } from "@/lib/db";
import { agentSearchWhere } from "@/lib/agents/search";
import { parseVivier } from "./vocabulary";

// The administrators' list of a campaign's candidatures, filtered, for the page and the
// CSV export alike.
export interface CandidatureFilters {
  circonscriptionId?: string;
  status?: "ENREGISTREE" | "ANNULEE";
  vivier?: number;
  /** Current échelon of the agent. */
  echelon?: number;
  q?: string;
}

export function candidatureWhere(
  campaignId: string,
  f: CandidatureFilters,
): Prisma.CandidatureWhereInput {
  return {
    campaignId,
    ...(f.status ? { status: f.status } : {}),
    ...(f.vivier ? { vivier: f.vivier } : {}),
    agent: {
      ...(f.circonscriptionId ? { circonscriptionId: f.circonscriptionId } : {}),
      ...(f.echelon ? { echelon: f.echelon } : {}),
      // Accents and case ignored alike on SQLite and PostgreSQL (lib/agents/search.ts).
      ...(f.q ? agentSearchWhere(f.q) : {}),
    },
  };
}

export function parseCandidatureFilters(
  params: Record<string, string | undefined>,
): CandidatureFilters {
  return {
    circonscriptionId: params.circonscription || undefined,
    status: params.etat === "ENREGISTREE" || params.etat === "ANNULEE" ? params.etat : undefined,
    vivier: parseVivier(params.vivier),
    echelon: /^\d{1,2}$/.test(params.echelon ?? "") ? Number(params.echelon) : undefined,
    q: params.q?.trim().slice(0, 80) || undefined,
  };
}

export const CANDIDATURE_INCLUDE = {
  agent: {
    select: {
      id: true,
      nom: true,
      prenom: true,
      grade: true,
      echelon: true,
      circonscription: { select: { name: true } },
      user: { select: { identifiant: true } },
    },
  },
} as const;

/** `scope`: the agents the reader may see (lib/auth/scope.ts agentScope). */
export async function listCandidatures(
  campaignId: string,
  filters: CandidatureFilters,
  page?: { skip: number; take: number },
  scope: Prisma.AgentWhereInput = {},
) {
  const filtered = candidatureWhere(campaignId, filters);
  const where = Object.keys(scope).length ? { AND: [filtered, { agent: scope }] } : filtered;
  const [rows, total] = await Promise.all([
    prisma.candidature.findMany({
      where,
      include: CANDIDATURE_INCLUDE,
      orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
      ...(page ?? {}),
    }),
    prisma.candidature.count({ where }),
  ]);
  return { rows, total };
}
