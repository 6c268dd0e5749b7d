export function formatVivier(vivier: number | null): string {
  return vivier === 1 ? "1er vivier" : vivier === 2 ? "2e vivier" : "—";
}
