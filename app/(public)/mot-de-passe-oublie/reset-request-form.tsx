"use client";

import { useActionState } from "react";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { requestReset } from "./actions";

export function ResetRequestForm() {
  const [state, action] = useActionState(requestReset, undefined);
  return (
    <form action={action} noValidate>
      <FormMessage state={state} />
      <Field
        label="Identifiant"
        name="identifiant"
        autoComplete="username"
        required
        errors={state?.errors?.identifiant}
      />
      <SubmitButton>Envoyer le lien</SubmitButton>
    </form>
  );
}
