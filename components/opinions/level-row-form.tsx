"use client";

import { useActionState, useEffect, useRef } from "react";
import type { ActionState } from "@/lib/actions/safe-action";
import { announceIncrement } from "@/components/ui/live-counter";

type Action = (prev: ActionState | undefined, formData: FormData) => Promise<ActionState>;

export interface LevelOption {
  value: string;
  label: string;
  requiresReason?: boolean;
}

/**
 * One agent's avis (or appréciation) in a list, saved on its own: the keyboard flow is
 * Tab to the level, Tab to the reason, Enter to save, and the focus then moves to the next
 * row's level. Saved rows survive a reload since each is stored as it goes.
 */
export function LevelRowForm({
  id,
  hidden,
  levels,
  initial,
  reasonLabel,
  reasonName = "reason",
  action,
  nextId,
  checkbox,
}: {
  id: string;
  hidden: Record<string, string>;
  levels: LevelOption[];
  initial: { value: string | null; reason: string | null };
  reasonLabel: string;
  reasonName?: string;
  action: Action;
  nextId: string | null;
  /** A box saved with the level (the DASEN's opposition), refilled like the other fields. */
  checkbox?: { name: string; label: string; initial: boolean };
}) {
  const [state, formAction, pending] = useActionState(action, undefined);
  const select = useRef<HTMLSelectElement>(null);
  useEffect(() => {
    // The last row keeps the focus on its own level: the reset form would drop it on <body>.
    if (state?.ok) (nextId ? document.getElementById(`niveau-${nextId}`) : select.current)?.focus();
  }, [state, nextId]);
  // Each answer is a new object: a new avis moves the page's counter once.
  useEffect(() => {
    if (state?.ok && state.increment) announceIncrement(state.increment);
  }, [state]);
  // React resets a form after its action: the defaults are what was last sent (saved or
  // refused), so neither a refusal nor a success puts back stale values.
  const values = state?.values;
  const error =
    state && !state.ok
      ? (state.errors?.[reasonName]?.[0] ??
        state.errors?.value?.[0] ??
        (checkbox ? state.errors?.[checkbox.name]?.[0] : undefined) ??
        state.message)
      : null;
  return (
    <form action={formAction} className="flex flex-wrap items-end gap-3" aria-label={hidden.label}>
      {Object.entries(hidden)
        .filter(([k]) => k !== "label")
        .map(([k, v]) => (
          <input key={k} type="hidden" name={k} value={v} />
        ))}
      <label className="fr-label flex flex-col">
        Niveau
        <select
          ref={select}
          id={`niveau-${id}`}
          name="value"
          defaultValue={values?.value ?? initial.value ?? ""}
          aria-describedby={error ? `erreur-${id}` : undefined}
          aria-invalid={error ? true : undefined}
          className="fr-select"
        >
          <option value="">— Choisir —</option>
          {levels.map((l) => (
            <option key={l.value} value={l.value}>
              {l.label}
              {l.requiresReason ? " (motivé)" : ""}
            </option>
          ))}
        </select>
      </label>
      <label className="fr-label flex min-w-64 flex-1 flex-col">
        {reasonLabel}
        <input
          name={reasonName}
          defaultValue={values?.[reasonName] ?? initial.reason ?? ""}
          className="fr-input"
        />
      </label>
      {checkbox ? (
        <div className="fr-checkbox-group fr-checkbox-group--sm">
          <input
            type="checkbox"
            id={`${checkbox.name}-${id}`}
            name={checkbox.name}
            defaultChecked={values ? values[checkbox.name] === "on" : checkbox.initial}
          />
          <label className="fr-label" htmlFor={`${checkbox.name}-${id}`}>
            {checkbox.label}
          </label>
        </div>
      ) : null}
      <button type="submit" disabled={pending} className="fr-btn fr-btn--sm">
        {pending ? "…" : "Enregistrer"}
      </button>
      <p aria-live="polite" className="w-full text-sm">
        {error ? (
          <span id={`erreur-${id}`} className="fr-error-text fr-mt-0">
            {error}
          </span>
        ) : state?.ok ? (
          <span className="fr-valid-text fr-mt-0">{state.message}</span>
        ) : null}
      </p>
    </form>
  );
}
