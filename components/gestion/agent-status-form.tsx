"use client";

import { useActionState } from "react";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { FormMessage } from "@/components/ui/form-message";
import type { ActionState } from "@/lib/actions/safe-action";

type Action = (prev: ActionState | undefined, formData: FormData) => Promise<ActionState>;

export const INACTIVE_REASONS = [
  "Départ à la retraite",
  "Départ du département (mutation, détachement…)",
  "Autre départ",
] as const;

/** Marking an agent inactive (with the reason) or active again, after a confirmation. */
export function AgentStatusForm({
  action,
  agentId,
  inactive,
}: {
  action: Action;
  agentId: string;
  inactive: boolean;
}) {
  const [state, formAction] = useActionState(action, undefined);
  const formId = inactive ? "reactiver-agent" : "desactiver-agent";
  return (
    <div className="mb-4">
      <FormMessage state={state} />
      <form id={formId} action={formAction} className="mb-2">
        <input type="hidden" name="agentId" value={agentId} />
        {inactive ? null : (
          <label className="fr-label max-w-md">
            Motif
            <select name="reason" defaultValue={INACTIVE_REASONS[0]} className="fr-select">
              {INACTIVE_REASONS.map((r) => (
                <option key={r}>{r}</option>
              ))}
            </select>
          </label>
        )}
      </form>
      {inactive ? (
        <ConfirmButton
          label="Réactiver l'agent"
          title="Réactiver cet agent ?"
          formId={formId}
          confirmLabel="Réactiver l'agent"
        >
          <p>
            L&apos;agent sera de nouveau examiné par les campagnes et son compte pourra se
            connecter.
          </p>
        </ConfirmButton>
      ) : (
        <ConfirmButton
          label="Marquer l'agent inactif"
          title="Marquer cet agent inactif ?"
          formId={formId}
          confirmLabel="Marquer inactif"
        >
          <p>
            Aucune campagne ne l&apos;examinera plus et son compte ne pourra plus se connecter (ses
            sessions ouvertes sont fermées). Son dossier et les résultats des campagnes passées sont
            conservés ; vous pourrez le réactiver.
          </p>
        </ConfirmButton>
      )}
    </div>
  );
}
