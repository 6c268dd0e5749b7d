"use client";

import { useActionState } from "react";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionState } from "@/lib/actions/safe-action";

type Action = (prev: ActionState | undefined, formData: FormData) => Promise<ActionState>;

export function SubmitCandidatureForm({
  campaignId,
  action,
}: {
  campaignId: string;
  action: Action;
}) {
  const [state, formAction] = useActionState(action, undefined);
  return (
    <form action={formAction}>
      <FormMessage state={state?.ok ? undefined : state} />
      <input type="hidden" name="campaignId" value={campaignId} />
      <SubmitButton pendingLabel="Enregistrement…">Valider ma candidature</SubmitButton>
    </form>
  );
}

export function CancelCandidatureForm({
  campaignId,
  action,
}: {
  campaignId: string;
  action: Action;
}) {
  const [state, formAction] = useActionState(action, undefined);
  return (
    <div>
      <FormMessage state={state} />
      <form id="annuler-candidature" action={formAction}>
        <input type="hidden" name="campaignId" value={campaignId} />
      </form>
      <ConfirmButton
        label="Annuler votre candidature"
        title="Annuler votre candidature ?"
        formId="annuler-candidature"
        confirmLabel="Oui, annuler ma candidature"
        cancelLabel="Non, la garder"
      >
        <p>
          Votre candidature ne sera plus examinée. Vous pourrez candidater de nouveau tant que le
          dépôt est ouvert.
        </p>
      </ConfirmButton>
    </div>
  );
}
