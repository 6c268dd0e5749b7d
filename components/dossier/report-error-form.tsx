"use client";

import { useActionState } from "react";
import { Field, SelectField, TextareaField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionState } from "@/lib/actions/safe-action";

type Action = (prev: ActionState | undefined, formData: FormData) => Promise<ActionState>;

/** "Signaler une erreur" on administrative data, with a mandatory pièce justificative. */
export function ReportErrorForm({
  section,
  action,
  targets,
}: {
  section: "SITUATION" | "AFFECTATIONS";
  action: Action;
  targets?: { value: string; label: string }[];
}) {
  const [state, formAction] = useActionState(action, undefined);
  const values = state?.ok ? {} : (state?.values ?? {});
  return (
    <details className="no-print mb-8 border border-bordure/40 p-4" open={Boolean(state && !state.ok)}>
      <summary className="cursor-pointer font-bold text-bleu">Signaler une erreur</summary>
      <form action={formAction} noValidate encType="multipart/form-data" className="mt-4">
        <p className="mb-4">
          Ces données proviennent de votre dossier administratif : pour les faire corriger, décrivez l&apos;erreur et
          joignez une pièce justificative. Votre gestionnaire vous répondra sur cette page.
        </p>
        <FormMessage state={state} />
        <input type="hidden" name="section" value={section} />
        <div key={JSON.stringify(state ?? null)}>
          {targets ? (
            <SelectField id={`signalement-${section}-cible`} name="targetId" label="Affectation concernée" options={targets} defaultValue={values.targetId ?? ""} errors={state?.errors?.targetId} />
          ) : null}
          <TextareaField id={`signalement-${section}-description`} name="description" label="Description de l'erreur" required defaultValue={values.description ?? ""} errors={state?.errors?.description} />
          <Field id={`signalement-${section}-piece`} name="proof" label="Pièce justificative" type="file" required accept="application/pdf,image/jpeg,image/png" hint="PDF, JPEG ou PNG, 5 Mo au maximum." errors={state?.errors?.proof} />
        </div>
        <SubmitButton>Envoyer le signalement</SubmitButton>
      </form>
    </details>
  );
}
