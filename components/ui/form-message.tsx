import type { ActionState } from "@/lib/actions/safe-action";

/** The overall outcome of a form, in a live region so it is read out when it changes. */
export function FormMessage({ state }: { state: ActionState | undefined }) {
  return (
    <div aria-live="polite" aria-atomic="true">
      {state?.message ? (
        <div
          role={state.ok ? "status" : "alert"}
          className={`fr-alert fr-alert--sm fr-mb-3w ${state.ok ? "fr-alert--success" : "fr-alert--error"}`}
        >
          <p>{state.message}</p>
        </div>
      ) : null}
    </div>
  );
}
