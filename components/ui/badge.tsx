import type { ReactNode } from "react";
import type { CampaignStatus } from "@/generated/prisma/enums";

export type BadgeTone = "success" | "error" | "info" | "warning" | "new";

/** A DSFR badge (fr-badge) for a status; without a tone it is the neutral grey one. */
export function Badge({ tone, children }: { tone?: BadgeTone; children: ReactNode }) {
  return (
    <p
      className={`fr-badge fr-badge--sm fr-badge--no-icon ${tone ? `fr-badge--${tone}` : ""}`.trim()}
    >
      {children}
    </p>
  );
}

/** A campaign's state as a badge: in preparation neutral, open «new», closed «warning», published «success». */
export const CAMPAIGN_STATUS_TONES: Record<CampaignStatus, BadgeTone | undefined> = {
  BROUILLON: undefined,
  OUVERTE: "new",
  CLOSE: "warning",
  PUBLIEE: "success",
};
