"use client";

import { useActionState } from "react";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { FormMessage } from "@/components/ui/form-message";
import type { ActionState } from "@/lib/actions/safe-action";

type Action = (prev: ActionState | undefined, formData: FormData) => Promise<ActionState>;

/** One decision for every proposed appréciation, behind a confirmation that gives the count. */
export function ConfirmProposedForm({ campaignId, action, proposed, none }: { campaignId: string; action: Action; proposed: number; none: number }) {
  const [state, formAction] = useActionState(action, undefined);
  return (
    <div className="mb-6">
      <FormMessage state={state} />
      <form id="confirmer-propositions" action={formAction}>
        <input type="hidden" name="campaignId" value={campaignId} />
      </form>
      {proposed > 0 && !state?.ok ? (
        <ConfirmButton label={`Arrêter les ${proposed} appréciations proposées`} title="Arrêter les appréciations proposées ?" formId="confirmer-propositions" confirmLabel="Arrêter les appréciations proposées">
          <p>
            {proposed} agent(s) recevront l&apos;appréciation proposée (d&apos;après l&apos;avis de l&apos;IEN, ou reprise d&apos;une campagne antérieure) comme appréciation arrêtée du DASEN.
            {none ? ` ${none} agent(s) sans proposition resteront à apprécier un par un.` : ""} Chacune reste modifiable jusqu&apos;à la publication.
          </p>
        </ConfirmButton>
      ) : null}
    </div>
  );
}
