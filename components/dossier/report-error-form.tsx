"use client";

import { useActionState, useMemo } from "react";
import { Field, SelectField, TextareaField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { keepTypedOnError } from "@/lib/actions/keep-typed";
import type { ActionState } from "@/lib/actions/safe-action";
import { useProofCheck } from "./use-proof-check";

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
  const guarded = useMemo(() => keepTypedOnError(action), [action]);
  const [state, formAction] = useActionState(guarded, undefined);
  const proofCheck = useProofCheck(state);
  const values = state?.ok ? {} : (state?.values ?? {});
  return (
    // Open once the form has answered, whatever the answer: a success must show its confirmation
    // (open={false} after a refusal closed the panel over it).
    <details className="no-print mb-8 border border-bordure/40 p-4" open={state ? true : undefined}>
      <summary className="cursor-pointer font-bold text-bleu">Signaler une erreur</summary>
      <form action={formAction} noValidate encType="multipart/form-data" className="mt-4">
        <p className="mb-4">
          Ces données proviennent de votre dossier administratif : pour les faire corriger, décrivez
          l&apos;erreur et joignez une pièce justificative. Votre gestionnaire vous répondra sur
          cette page.
        </p>
        <FormMessage state={state} />
        <input type="hidden" name="section" value={section} />
        <div key={JSON.stringify(state ?? null)}>
          {targets ? (
            <SelectField
              id={`signalement-${section}-cible`}
              name="targetId"
              label="Affectation concernée"
              options={targets}
              defaultValue={values.targetId ?? ""}
              errors={state?.errors?.targetId}
            />
          ) : null}
          <TextareaField
            id={`signalement-${section}-description`}
            name="description"
            label="Description de l'erreur"
            required
            defaultValue={values.description ?? ""}
            errors={state?.errors?.description}
          />
          <Field
            id={`signalement-${section}-piece`}
            name="proof"
            label="Pièce justificative"
            type="file"
            required
            accept="application/pdf,image/jpeg,image/png"
            hint="PDF, JPEG ou PNG, 5 Mo au maximum."
            errors={proofCheck.fieldErrors("proof", state?.errors?.proof)}
            onChange={proofCheck.onChange}
          />
        </div>
        <SubmitButton>Envoyer le signalement</SubmitButton>
      </form>
    </details>
  );
}
