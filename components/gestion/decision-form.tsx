"use client";

import { startTransition, useActionState, type FormEvent, type ReactNode } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { TextareaField } from "@/components/ui/field";
import { buttonClass } from "@/components/ui/button";
import type { ActionState } from "@/lib/actions/safe-action";

type Action = (prev: ActionState | undefined, formData: FormData) => Promise<ActionState>;

/**
 * An administrator's decision on one request: two outcomes, a text (reason or answer)
 * and optional extra fields; the outcome is the button pressed.
 */
export function DecisionForm({
  id,
  action,
  textName,
  textLabel,
  accept,
  reject,
  children,
}: {
  id: string;
  action: Action;
  textName: string;
  textLabel: string;
  accept: { value: string; label: string };
  reject: { value: string; label: string };
  children?: ReactNode;
}) {
  const [state, formAction, pending] = useActionState(action, undefined);
  // Submitted by hand rather than through <form action>: React resets a form after its
  // action, and a refused decision must keep every correction typed in the extra fields.
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter);
    startTransition(() => formAction(data));
  };
  if (state?.ok) return <FormMessage state={state} />;
  return (
    <form onSubmit={submit} noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="id" value={id} />
      <TextareaField
        id={`${textName}-${id}`}
        name={textName}
        label={textLabel}
        errors={state?.errors?.[textName]}
        defaultValue={state?.values?.[textName] ?? ""}
        rows={2}
      />
      {children}
      <div className="flex flex-wrap gap-4">
        {[accept, reject].map((choice, i) => (
          <button
            key={choice.value}
            type="submit"
            name="decision"
            value={choice.value}
            disabled={pending}
            className={buttonClass(i === 0 ? "primary" : "danger")}
          >
            {choice.label}
          </button>
        ))}
      </div>
    </form>
  );
}
