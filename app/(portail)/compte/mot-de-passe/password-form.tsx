"use client";

import { useActionState } from "react";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { changePasswordAction } from "../actions";

export function PasswordForm() {
  const [state, action] = useActionState(changePasswordAction, undefined);
  return (
    <form action={action} noValidate>
      <FormMessage state={state} />
      <Field
        label="Mot de passe actuel"
        name="current"
        type="password"
        autoComplete="current-password"
        required
        errors={state?.errors?.current}
      />
      <Field
        label="Nouveau mot de passe"
        name="next"
        type="password"
        autoComplete="new-password"
        required
        errors={state?.errors?.next}
      />
      <Field
        label="Confirmation du nouveau mot de passe"
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
