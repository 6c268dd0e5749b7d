"use client";

import { useActionState } from "react";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { FormMessage } from "@/components/ui/form-message";
import type { ActionState } from "@/lib/actions/safe-action";
import type { EntryKind } from "@/lib/dossier/vocabulary";

type Action = (prev: ActionState | undefined, formData: FormData) => Promise<ActionState>;

export function DeleteEntry({
  kind,
  id,
  description,
  action,
}: {
  kind: EntryKind;
  id: string;
  description: string;
  action: Action;
}) {
  const [state, formAction] = useActionState(action, undefined);
  const formId = `supprimer-${id}`;
  return (
    <div>
      <form id={formId} action={formAction}>
        <input type="hidden" name="entry" value={kind} />
        <input type="hidden" name="id" value={id} />
      </form>
      {state && !state.ok ? <FormMessage state={state} /> : null}
      <ConfirmButton
        label="Supprimer"
        title="Supprimer cette entrée ?"
        formId={formId}
        confirmLabel="Supprimer définitivement"
      >
        <p>« {description} » sera retiré de votre dossier.</p>
      </ConfirmButton>
    </div>
  );
}
