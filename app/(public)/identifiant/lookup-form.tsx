"use client";

import { useActionState } from "react";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { lookupIdentifiant } from "./actions";

/** A refused search keeps the four fields as typed: the form is the user's. */
export function LookupForm() {
  const [state, action] = useActionState(lookupIdentifiant, undefined);
  const values = state?.values ?? {};
  return (
    <form action={action} noValidate>
      <FormMessage state={state} />
      {/* key: React resets a form after its action; remounting shows the typed values again */}
      <div key={JSON.stringify(values)}>
        <Field
          label="Nom"
          name="nom"
          autoComplete="family-name"
          required
          defaultValue={values.nom ?? ""}
          errors={state?.errors?.nom}
        />
        <Field
          label="Prénom"
          name="prenom"
          autoComplete="given-name"
          required
          defaultValue={values.prenom ?? ""}
          errors={state?.errors?.prenom}
        />
        <Field
          label="Date de naissance"
          name="birthDate"
          type="date"
          autoComplete="bday"
          required
          defaultValue={values.birthDate ?? ""}
          errors={state?.errors?.birthDate}
        />
        <Field
          label="NUMEN"
          name="numen"
          autoComplete="off"
          required
          defaultValue={values.numen ?? ""}
          hint="13 caractères, ex. : 31E1234567ABC."
          errors={state?.errors?.numen}
        />
      </div>
      <SubmitButton pendingLabel="Recherche…">Rechercher</SubmitButton>
    </form>
  );
}
