"use client";

import { ConfirmActionForm } from "@/components/ui/confirm-action-form";
import type { ActionState } from "@/lib/actions/safe-action";

type Action = (prev: ActionState | undefined, formData: FormData) => Promise<ActionState>;

/** One decision for every proposed appréciation, behind a confirmation that gives the count. */
export function ConfirmProposedForm({
  campaignId,
  action,
  proposed,
  none,
}: {
  campaignId: string;
  action: Action;
  proposed: number;
  none: number;
}) {
  if (proposed === 0) return null;
  return (
    <ConfirmActionForm
      formId="confirmer-propositions"
      action={action}
      hidden={{ campaignId }}
      label={`Arrêter les ${proposed} appréciations proposées`}
      title="Arrêter les appréciations proposées ?"
      confirmLabel="Arrêter les appréciations proposées"
    >
      <p>
        {proposed} agent(s) recevront l&apos;appréciation proposée (d&apos;après l&apos;avis de
        l&apos;IEN, ou reprise d&apos;une campagne antérieure) comme appréciation arrêtée du DASEN.
        {none ? ` ${none} agent(s) sans proposition resteront à apprécier un par un.` : ""} Chacune
        reste modifiable jusqu&apos;à la publication.
      </p>
    </ConfirmActionForm>
  );
}
