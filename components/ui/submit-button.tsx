"use client";

import type { ReactNode } from "react";
import { useFormStatus } from "react-dom";
import { buttonClass, type ButtonVariant } from "./button";

/** Disabled while its form is sending, so a double click cannot submit twice. */
export function SubmitButton({
  children,
  pendingLabel = "Envoi en cours…",
  variant = "primary",
}: {
  children: ReactNode;
  pendingLabel?: string;
  variant?: ButtonVariant;
}) {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      disabled={pending}
      aria-disabled={pending}
      className={buttonClass(variant)}
    >
      {pending ? pendingLabel : children}
    </button>
  );
}
