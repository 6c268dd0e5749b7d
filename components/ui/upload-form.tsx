"use client";

import { useActionState } from "react";
import { Field } from "./field";
import { FormMessage } from "./form-message";
import { SubmitButton } from "./submit-button";
import type { ActionState } from "@/lib/actions/safe-action";

type Action = (prev: ActionState | undefined, formData: FormData) => Promise<ActionState>;

/** A file upload handled by one server action, with its report in a live region. */
export function UploadForm({
  action,
  hidden,
  label,
  hint,
  accept,
  submit,
}: {
  action: Action;
  hidden: Record<string, string>;
  label: string;
  hint: string;
  accept: string;
  submit: string;
}) {
  const [state, formAction] = useActionState(action, undefined);
  return (
    <form action={formAction} encType="multipart/form-data" noValidate>
      <FormMessage state={state} />
      {Object.entries(hidden).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      <Field
        name="fichier"
        label={label}
        type="file"
        accept={accept}
        hint={hint}
        errors={state?.errors?.fichier}
      />
      <SubmitButton pendingLabel="Traitement en cours…">{submit}</SubmitButton>
    </form>
  );
}
