// Identifiant of an account: first initial + surname, lower case, ASCII letters and digits
// only (Claire Tartemuche → ctartemuche); homonyms get 2, 3… (jdupont2).

import { foldSearch } from "./search";

/** Lower case, accents and ligatures folded (as the name search does), everything but [a-z0-9] dropped. */
export function foldName(text: string): string {
  return foldSearch(text).replaceAll(" ", "");
}

/** The identifiant without homonym number ("ctartemuche"). */
export function baseIdentifiant(prenom: string, nom: string): string {
  const initial = foldName(prenom).charAt(0);
  const surname = foldName(nom);
  if (!initial || !surname) throw new Error(`Identifiant impossible pour « ${prenom} ${nom} »`);
  return initial + surname;
}

// Per `taken` set, the homonym number from which to look for a free identifiant of each base:
// every number below it was found taken. Without it, the k-th homonym of a name would try
// the k-1 previous ones again, quadratic over an import (several seconds for a country,
// BENCHMARKS.md). Valid because callers only ever add to `taken`.
const searchFrom = new WeakMap<Set<string>, Map<string, number>>();

/**
 * First free identifiant for this person. `taken` holds the identifiants already in use
 * (lower case); the result is added to it, so a loop over many people stays consistent.
 * Identifiants must not be removed from `taken` between calls.
 */
export function makeIdentifiant(prenom: string, nom: string, taken: Set<string>): string {
  const base = baseIdentifiant(prenom, nom);
  let next = searchFrom.get(taken);
  if (!next) searchFrom.set(taken, (next = new Map()));
  // The first homonym keeps the bare form (number 1); the second is "2", as in I-Prof.
  let n = next.get(base) ?? 1;
  const candidateOf = (k: number) => (k === 1 ? base : `${base}${k}`);
  while (taken.has(candidateOf(n))) n++;
  const candidate = candidateOf(n);
  next.set(base, n + 1);
  taken.add(candidate);
  return candidate;
}
