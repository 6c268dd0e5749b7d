"use client";

import { useActionState } from "react";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { FormMessage } from "@/components/ui/form-message";
import type { ActionState } from "@/lib/actions/safe-action";

type Action = (prev: ActionState | undefined, formData: FormData) => Promise<ActionState>;

const CONSEQUENCES: Record<string, string> = {
  ouvrir: "Les paramètres ne pourront plus être modifiés ; les enseignants verront la campagne.",
  clore: "Plus aucune candidature ni aucun avis ne sera accepté.",
  publier: "Le tableau d'avancement sera figé et visible des enseignants et des inspecteurs.",
};

/**
 * One transition behind a confirmation that states its consequences (computed by the page
 * from the data: windows cut short, missing avis, caps passed). What the gestionnaire must
 * confirm sits in the dialog, tied to the form by its id, and is kept when refused.
 */
export function TransitionForm({
  campaignId,
  transition,
  label,
  action,
  consequences,
  confirmEarly,
  capsReason,
}: {
  campaignId: string;
  transition: string;
  label: string;
  action: Action;
  consequences?: string[];
  /** Closing before the end of a window: a box to tick. */
  confirmEarly?: boolean;
  /** Publishing past the caps: a reason to give, recorded in the audit. */
  capsReason?: boolean;
}) {
  const [state, formAction] = useActionState(action, undefined);
  const formId = `transition-${transition}`;
  const error = (name: string) => (state && !state.ok ? state.errors?.[name]?.[0] : undefined);
  return (
    <div className="mb-4">
      <FormMessage state={state} />
      <form id={formId} action={formAction}>
        <input type="hidden" name="id" value={campaignId} />
        <input type="hidden" name="transition" value={transition} />
      </form>
      {state?.ok ? null : (
        <ConfirmButton label={label} title={`${label} ?`} formId={formId} confirmLabel={label}>
          <ul>
            {(consequences?.length ? consequences : [CONSEQUENCES[transition]]).map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
          {confirmEarly ? (
            <div className="fr-checkbox-group fr-mt-2w">
              <input
                type="checkbox"
                id={`${formId}-confirmEarly`}
                name="confirmEarly"
                form={formId}
                defaultChecked={state?.values?.confirmEarly === "on"}
              />
              <label className="fr-label" htmlFor={`${formId}-confirmEarly`}>
                Je confirme la clôture anticipée, avec ces conséquences.
              </label>
            </div>
          ) : null}
          {capsReason ? (
            <label className="fr-label fr-mt-2w">
              Motif du dépassement des plafonds (inscrit au journal)
              <textarea
                name="capsReason"
                form={formId}
                rows={3}
                defaultValue={state?.values?.capsReason ?? ""}
                aria-invalid={error("capsReason") ? true : undefined}
                className="fr-input"
              />
            </label>
          ) : null}
        </ConfirmButton>
      )}
    </div>
  );
}
