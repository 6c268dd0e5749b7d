"use client";

import { useActionState } from "react";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { resetPasswordAction } from "./actions";

export function ResetForm({ token }: { token: string }) {
  const [state, action] = useActionState(resetPasswordAction, undefined);
  return (
    <form action={action} noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="token" value={token} />
      <p className="mb-4">Au moins 12 caractères, dont une lettre et un chiffre.</p>
      <Field
        label="Nouveau mot de passe"
        name="next"
        type="password"
        autoComplete="new-password"
        required
        errors={state?.errors?.next}
      />
      <Field
        label="Confirmation"
        name="confirm"
        type="password"
        autoComplete="new-password"
        required
        errors={state?.errors?.confirm}
      />
      <SubmitButton>Enregistrer</SubmitButton>
    </form>
  );
}
