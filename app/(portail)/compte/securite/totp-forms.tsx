"use client";

import { useActionState } from "react";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { confirmTotpAction, disableTotpAction, startTotpAction } from "../actions";

export function StartTotpForm() {
  const [state, action] = useActionState(startTotpAction, undefined);
  return (
    <form action={action}>
      <FormMessage state={state?.ok ? undefined : state} />
      <SubmitButton>Associer une clé de sécurité</SubmitButton>
    </form>
  );
}

export function ConfirmTotpForm() {
  const [state, action] = useActionState(confirmTotpAction, undefined);
  return (
    <form action={action} noValidate>
      <FormMessage state={state} />
      <Field label="Code PIN" name="pin" type="password" inputMode="numeric" autoComplete="off" required hint="De 4 à 8 chiffres." errors={state?.errors?.pin} />
      <Field label="Code affiché par la clé" name="code" inputMode="numeric" autoComplete="one-time-code" required hint="6 chiffres." errors={state?.errors?.code} />
      <SubmitButton>Confirmer la clé</SubmitButton>
    </form>
  );
}

export function DisableTotpForm() {
  const [state, action] = useActionState(disableTotpAction, undefined);
  return (
    <form action={action} noValidate>
      <FormMessage state={state} />
      <Field label="Mot de passe" name="password" type="password" autoComplete="current-password" required errors={state?.errors?.password} />
      <SubmitButton variant="danger">Désactiver la clé</SubmitButton>
    </form>
  );
}
