import type { ActionState } from "@/lib/actions/safe-action";

/** The overall outcome of a form, in a live region so it is read out when it changes. */
export function FormMessage({ state }: { state: ActionState | undefined }) {
  return (
    <div aria-live="polite" aria-atomic="true">
      {state?.message ? (
        <p
          role={state.ok ? "status" : "alert"}
          className={`mb-6 border-l-4 p-4 ${state.ok ? "border-succes bg-succes-clair/40" : "border-erreur bg-erreur-clair"}`}
        >
          {state.message}
        </p>
      ) : null}
    </div>
  );
}
