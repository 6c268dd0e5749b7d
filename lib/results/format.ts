// « 1er vivier », « 2e vivier », « — » without: the campaigns' vocabulary.
export { vivierLabel as formatVivier } from "@/lib/campaigns/vocabulary";

/** "74 sur 312": a rank is read with the number of agents examined in its list (the vivier's, if any). */
export function formatRank(rank: number, examined: number | undefined): string {
  return examined ? `${rank} sur ${examined}` : String(rank);
}
