// Identifiant of an account: first initial + surname, lower case, ASCII letters and digits
// only (Claire Tartemuche → ctartemuche); homonyms get 2, 3… (jdupont2).

// Ligatures have no NFD decomposition, so they are spelled out by hand.
const LIGATURES: Record<string, string> = { "œ": "oe", "æ": "ae", "ß": "ss" };

/** Lower case, accents and ligatures folded, everything but [a-z0-9] dropped. */
export function foldName(text: string): string {
  return text
    .toLowerCase()
    .replace(/[œæß]/g, (c) => LIGATURES[c] ?? c)
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]/g, "");
}

/** The identifiant without homonym number ("ctartemuche"). */
export function baseIdentifiant(prenom: string, nom: string): string {
  const initial = foldName(prenom).charAt(0);
  const surname = foldName(nom);
  if (!initial || !surname) throw new Error(`Identifiant impossible pour « ${prenom} ${nom} »`);
  return initial + surname;
}

/**
 * First free identifiant for this person. `taken` holds the identifiants already in use
 * (lower case); the result is added to it, so a loop over many people stays consistent.
 */
export function makeIdentifiant(prenom: string, nom: string, taken: Set<string>): string {
  const base = baseIdentifiant(prenom, nom);
  let candidate = base;
  // The first homonym keeps the bare form; the second is "2", as in I-Prof.
  for (let n = 2; taken.has(candidate); n++) candidate = `${base}${n}`;
  taken.add(candidate);
  return candidate;
}
