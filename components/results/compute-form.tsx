"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionState } from "@/lib/actions/safe-action";

type Action = (prev: ActionState | undefined, formData: FormData) => Promise<ActionState>;

export function ComputeTableauForm({
  campaignId,
  action,
  recompute,
}: {
  campaignId: string;
  action: Action;
  recompute: boolean;
}) {
  const [state, formAction] = useActionState(action, undefined);
  return (
    <form action={formAction} className="mb-6">
      <FormMessage state={state} />
      <input type="hidden" name="campaignId" value={campaignId} />
      <SubmitButton pendingLabel="Calcul en cours…">
        {recompute ? "Recalculer le tableau d'avancement" : "Calculer le tableau d'avancement"}
      </SubmitButton>
    </form>
  );
}
