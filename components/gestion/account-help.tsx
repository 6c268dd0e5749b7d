"use client";

import { useActionState } from "react";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { FormMessage } from "@/components/ui/form-message";
import type { ActionState } from "@/lib/actions/safe-action";

type Action = (prev: ActionState | undefined, formData: FormData) => Promise<ActionState>;

/** One confirmed account operation of the gestionnaire (remove a key, unblock logins). */
export function AccountHelp({
  id,
  action,
  agentId,
  userId,
  label,
  title,
  children,
}: {
  id: string;
  action: Action;
  agentId: string;
  userId: string;
  label: string;
  title: string;
  children: React.ReactNode;
}) {
  const [state, formAction] = useActionState(action, undefined);
  return (
    <div className="mb-4">
      <form id={id} action={formAction}>
        <input type="hidden" name="agentId" value={agentId} />
        <input type="hidden" name="userId" value={userId} />
      </form>
      <FormMessage state={state} />
      <ConfirmButton label={label} title={title} formId={id} confirmLabel={label}>
        {children}
      </ConfirmButton>
    </div>
  );
}
