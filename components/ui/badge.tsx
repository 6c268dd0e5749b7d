import type { ReactNode } from "react";

export type BadgeTone = "success" | "error" | "info" | "warning" | "new";

/** A DSFR badge (fr-badge) for a status; without a tone it is the neutral grey one. */
export function Badge({ tone, children }: { tone?: BadgeTone; children: ReactNode }) {
  return <p className={`fr-badge fr-badge--sm fr-badge--no-icon ${tone ? `fr-badge--${tone}` : ""}`.trim()}>{children}</p>;
}
