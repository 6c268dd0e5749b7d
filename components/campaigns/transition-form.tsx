"use client";

import { useActionState } from "react";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { FormMessage } from "@/components/ui/form-message";
import type { ActionState } from "@/lib/actions/safe-action";

type Action = (prev: ActionState | undefined, formData: FormData) => Promise<ActionState>;

const CONSEQUENCES: Record<string, string> = {
  ouvrir: "Les paramètres ne pourront plus être modifiés ; les enseignants verront la campagne.",
  clore: "Plus aucune candidature ni aucun avis ne sera accepté ; les accusés de réception seront émis.",
  publier: "Le tableau d'avancement sera figé et visible des enseignants et des inspecteurs.",
};

export function TransitionForm({ campaignId, transition, label, action }: { campaignId: string; transition: string; label: string; action: Action }) {
  const [state, formAction] = useActionState(action, undefined);
  const formId = `transition-${transition}`;
  return (
    <div className="mb-4">
      <FormMessage state={state} />
      <form id={formId} action={formAction}>
        <input type="hidden" name="id" value={campaignId} />
        <input type="hidden" name="transition" value={transition} />
      </form>
      {state?.ok ? null : (
        <ConfirmButton label={label} title={`${label} ?`} formId={formId} confirmLabel={label}>
          <p>{CONSEQUENCES[transition]}</p>
        </ConfirmButton>
      )}
    </div>
  );
}
