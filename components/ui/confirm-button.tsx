"use client";

import { useRef, type ReactNode } from "react";
import { buttonClass } from "./button";

/**
 * A destructive action behind a confirmation dialog (native <dialog>: focus is trapped and
 * Escape cancels). The confirming button submits the given form.
 */
export function ConfirmButton({
  label,
  title,
  children,
  formId,
  confirmLabel = "Confirmer",
}: {
  label: string;
  title: string;
  children: ReactNode;
  formId: string;
  confirmLabel?: string;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  return (
    <>
      <button type="button" className={buttonClass("secondary")} onClick={() => dialog.current?.showModal()}>
        {label}
      </button>
      <dialog ref={dialog} aria-labelledby={`${formId}-titre`} className="m-auto max-w-lg p-6 backdrop:bg-black/50">
        <h2 id={`${formId}-titre`} className="mb-3 text-xl font-bold">
          {title}
        </h2>
        <div className="mb-6">{children}</div>
        <div className="flex gap-4">
          <button type="submit" form={formId} className={buttonClass("danger")} onClick={() => dialog.current?.close()}>
            {confirmLabel}
          </button>
          {/* The safe choice takes the initial focus. */}
          <button type="button" autoFocus className={buttonClass("secondary")} onClick={() => dialog.current?.close()}>
            Annuler
          </button>
        </div>
      </dialog>
    </>
  );
}
