"use client";

import { useActionState } from "react";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { login } from "./actions";

export function LoginForm() {
  const [state, action] = useActionState(login, undefined);
  return (
    <form action={action} noValidate>
      <FormMessage state={state} />
      <Field
        label="Identifiant"
        name="identifiant"
        autoComplete="username"
        required
        defaultValue={state?.values?.identifiant}
        key={state?.values?.identifiant}
        hint="Le plus souvent l'initiale du prénom suivie du nom (ex. : ctartemuche)."
        errors={state?.errors?.identifiant}
      />
      <Field
        label="Mot de passe"
        name="password"
        type="password"
        autoComplete="current-password"
        hint="Par défaut, votre NUMEN si vous ne l'avez pas modifié."
        errors={state?.errors?.password}
      />
      <p className="mb-5 font-bold" aria-hidden="true">
        ou
      </p>
      <Field
        label="Passcode OTP (Code PIN + clé de sécurité)"
        name="passcode"
        autoComplete="one-time-code"
        hint="Votre code PIN suivi des 6 chiffres affichés par votre clé, sans espace. Clé perdue : votre mot de passe ci-dessus et l'un de vos codes de secours ici."
        errors={state?.errors?.passcode}
      />
      <SubmitButton pendingLabel="Connexion…">Valider</SubmitButton>
    </form>
  );
}
