"use client";

import { useEffect, useRef } from "react";
import type { ActionState } from "@/lib/actions/safe-action";

/**
 * The overall outcome of a form, in a live region so it is read out when it changes. A
 * refusal moves the focus to the first field in error, or to the message itself, so that a
 * keyboard user is not left on the page's <body> once React has reset the form.
 */
export function FormMessage({ state }: { state: ActionState | undefined }) {
  const region = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!state || state.ok || !state.message) return;
    const here = region.current;
    const scope = here?.closest("form") ?? here?.parentElement;
    // A field in a closed dialog cannot take the focus: the message takes it then.
    const field = scope?.querySelector<HTMLElement>('[aria-invalid="true"]');
    field?.focus();
    if (!field || document.activeElement !== field)
      here?.querySelector<HTMLElement>('[role="alert"]')?.focus();
  }, [state]);
  return (
    <div ref={region} aria-live="polite" aria-atomic="true">
      {state?.message ? (
        <div
          role={state.ok ? "status" : "alert"}
          tabIndex={state.ok ? undefined : -1}
          className={`fr-alert fr-alert--sm fr-mb-3w ${state.ok ? "fr-alert--success" : "fr-alert--error"}`}
        >
          <p>{state.message}</p>
        </div>
      ) : null}
    </div>
  );
}
