export function formatVivier(vivier: number | null): string {
  return vivier === 1 ? "1er vivier" : vivier === 2 ? "2e vivier" : "—";
}

/** "74 sur 312": a rank is read with the number of agents examined in its list (the vivier's, if any). */
export function formatRank(rank: number, examined: number | undefined): string {
  return examined ? `${rank} sur ${examined}` : String(rank);
}
