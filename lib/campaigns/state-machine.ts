import type { WriteResult } from "@/lib/actions/result";
import type { CampaignStatus } from "@/generated/prisma/enums";

// The life of a campaign: one table of allowed transitions, checked on the server.
export type CampaignTransition = "ouvrir" | "clore" | "publier";

const TRANSITIONS: Record<
  CampaignTransition,
  { from: CampaignStatus; to: CampaignStatus; label: string }
> = {
  ouvrir: { from: "BROUILLON", to: "OUVERTE", label: "Ouvrir la campagne" },
  clore: { from: "OUVERTE", to: "CLOSE", label: "Clore la campagne" },
  publier: { from: "CLOSE", to: "PUBLIEE", label: "Publier les résultats" },
};

export const STATUS_LABELS: Record<CampaignStatus, string> = {
  BROUILLON: "En préparation",
  OUVERTE: "Ouverte",
  CLOSE: "Close",
  PUBLIEE: "Résultats publiés",
};

export type TransitionCheck = WriteResult<{ to: CampaignStatus }>;

export function checkTransition(
  status: CampaignStatus,
  transition: CampaignTransition,
): TransitionCheck {
  const t = TRANSITIONS[transition];
  if (t.from !== status) {
    return {
      ok: false,
      message: `Action impossible : la campagne est « ${STATUS_LABELS[status]} » (attendu : « ${STATUS_LABELS[t.from]} »).`,
    };
  }
  return { ok: true, to: t.to };
}

export function availableTransitions(
  status: CampaignStatus,
): { transition: CampaignTransition; label: string }[] {
  return (
    Object.entries(TRANSITIONS) as [CampaignTransition, (typeof TRANSITIONS)[CampaignTransition]][]
  )
    .filter(([, t]) => t.from === status)
    .map(([transition, t]) => ({ transition, label: t.label }));
}

/** Parameters and windows can be edited only before the campaign opens. */
export function isEditable(status: CampaignStatus): boolean {
  return status === "BROUILLON";
}

/** The notified contingent is entered once the campaign runs, until publication. */
export function acceptsNotifiedContingent(status: CampaignStatus): boolean {
  return status === "OUVERTE" || status === "CLOSE";
}
