"use client";

import { useActionState } from "react";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { lookupIdentifiant } from "./actions";

export function LookupForm() {
  const [state, action] = useActionState(lookupIdentifiant, undefined);
  return (
    <form action={action} noValidate>
      <FormMessage state={state} />
      <Field label="Nom" name="nom" autoComplete="family-name" required errors={state?.errors?.nom} />
      <Field label="Prénom" name="prenom" autoComplete="given-name" required errors={state?.errors?.prenom} />
      <Field label="Date de naissance" name="birthDate" type="date" autoComplete="bday" required errors={state?.errors?.birthDate} />
      <Field label="NUMEN" name="numen" autoComplete="off" required hint="13 caractères, ex. : 31E1234567ABC." errors={state?.errors?.numen} />
      <SubmitButton pendingLabel="Recherche…">Rechercher</SubmitButton>
    </form>
  );
}
