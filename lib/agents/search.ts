import type { Prisma } from "@/generated/prisma/client";

// Name search that ignores case and accents on SQLite and PostgreSQL alike: Agent.searchName
// holds the nom, nom d'usage and prénom folded by foldSearch, and a query is folded the same
// way and cut into words, each of which must appear in it («eloise» finds «Éloïse»,
// «DUPONT» finds «Dupont», «dupont elo» finds «Éloïse Dupont»). Folded text is plain ASCII,
// so `contains` behaves the same on both databases (no collation, no ILIKE).

// Ligatures have no NFD decomposition, so they are spelled out by hand.
const LIGATURES: Record<string, string> = { œ: "oe", æ: "ae", ß: "ss" };

/** Lower case, accents and ligatures folded, every run of other characters one space. */
export function foldSearch(text: string): string {
  return text
    .toLowerCase()
    .replace(/[œæß]/g, (c) => LIGATURES[c] ?? c)
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** The value of Agent.searchName. */
export function agentSearchName(agent: {
  nom: string;
  nomUsage?: string | null;
  prenom: string;
}): string {
  return [agent.nom, agent.nomUsage ?? "", agent.prenom].map(foldSearch).filter(Boolean).join(" ");
}

/** The words of a query (at most 5, so that a pasted paragraph stays a cheap query). */
export function searchWords(query: string): string[] {
  return foldSearch(query).split(" ").filter(Boolean).slice(0, 5);
}

/** True when every word of the query appears in the agent's names (in-memory lists). */
export function matchesSearch(
  agent: { nom: string; nomUsage?: string | null; prenom: string },
  query: string,
): boolean {
  const words = searchWords(query);
  if (words.length === 0) return true;
  const name = agentSearchName(agent);
  return words.every((w) => name.includes(w));
}

/**
 * The filter on agents for a query: every word in the names, or the whole query in the
 * identifiant of the account (identifiants are lower-case ASCII already).
 */
export function agentSearchWhere(query: string): Prisma.AgentWhereInput {
  const words = searchWords(query);
  if (words.length === 0) return {};
  const identifiant = query.trim().toLowerCase();
  return {
    OR: [
      { AND: words.map((w) => ({ searchName: { contains: w } })) },
      { user: { identifiant: { contains: identifiant } } },
    ],
  };
}
