"use client";

import { useActionState } from "react";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionState } from "@/lib/actions/safe-action";

type Action = (prev: ActionState | undefined, formData: FormData) => Promise<ActionState>;

/** The contingent notified by the ministry or the rectorat, entered while the campaign runs. */
export function NotifiedContingentForm({
  campaignId,
  action,
  notified,
}: {
  campaignId: string;
  action: Action;
  notified: number | null;
}) {
  const [state, formAction] = useActionState(action, undefined);
  const typed = state?.ok ? undefined : state?.values?.notified;
  return (
    <form action={formAction} className="fr-mb-4w max-w-md" aria-labelledby="titre-notifie">
      <h2 id="titre-notifie" className="fr-h5">
        Contingent notifié
      </h2>
      <FormMessage state={state} />
      <input type="hidden" name="campaignId" value={campaignId} />
      <Field
        label="Nombre de promotions notifié"
        hint="Saisi quand le ministère ou le rectorat le notifie : il remplace le contingent calculé. Laissez vide pour appliquer le contingent calculé."
        name="notified"
        inputMode="numeric"
        defaultValue={typed ?? (notified === null ? "" : String(notified))}
        key={typed ?? String(notified)}
        errors={state?.errors?.notified}
      />
      <SubmitButton variant="secondary">Enregistrer le contingent notifié</SubmitButton>
    </form>
  );
}
