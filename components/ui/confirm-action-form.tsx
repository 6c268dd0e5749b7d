"use client";

import { useActionState, type ReactNode } from "react";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { FormMessage } from "@/components/ui/form-message";
import type { ActionState } from "@/lib/actions/safe-action";

type Action = (prev: ActionState | undefined, formData: FormData) => Promise<ActionState>;

/** One server action behind a confirmation dialog that states its consequences; the outcome is announced. */
export function ConfirmActionForm({
  formId,
  action,
  hidden,
  label,
  title,
  confirmLabel,
  children,
}: {
  formId: string;
  action: Action;
  hidden: Record<string, string>;
  label: string;
  title: string;
  confirmLabel: string;
  children: ReactNode;
}) {
  const [state, formAction] = useActionState(action, undefined);
  return (
    <div className="mb-6">
      <FormMessage state={state} />
      <form id={formId} action={formAction}>
        {Object.entries(hidden).map(([k, v]) => (
          <input key={k} type="hidden" name={k} value={v} />
        ))}
      </form>
      {state?.ok ? null : (
        <ConfirmButton label={label} title={title} formId={formId} confirmLabel={confirmLabel}>
          {children}
        </ConfirmButton>
      )}
    </div>
  );
}
