"use client";

import { useState, type ChangeEvent } from "react";
import { proofSizeError } from "@/lib/dossier/proof-size";

/**
 * Checks a chosen pièce justificative at once (file input change): a file over 5 Mo gets
 * its message on the field, and the form's action refuses to send it (keepTypedOnError).
 * `state` is the form's current answer: a new answer replaces the browser's message (the
 * file input is emptied by then).
 */
export function useProofCheck(state: unknown) {
  const [checked, setChecked] = useState<{ at: unknown; errors: Record<string, string> }>({
    at: state,
    errors: {},
  });
  const errors = checked.at === state ? checked.errors : {};
  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const { name, files } = event.currentTarget;
    const message = proofSizeError(files?.[0]);
    const next = { ...errors };
    if (message) next[name] = message;
    else delete next[name];
    setChecked({ at: state, errors: next });
  };
  /** The field's errors: the browser's check first, then the server's answer. */
  const fieldErrors = (name: string, server: string[] | undefined) =>
    errors[name] ? [errors[name]] : server;
  return { onChange, fieldErrors };
}
