"use client";

import { useEffect, useRef, useState, type ReactNode } from "react";
import { buttonClass } from "./button";
import { focusWhenVisible } from "./focus-when-visible";

/**
 * A destructive action behind a confirmation dialog: DSFR's fr-modal markup on a native
 * <dialog> opened with showModal() (focus is trapped, Escape cancels, focus returns to the
 * opening button). No DSFR JavaScript: we add fr-modal--opened ourselves. The safe choice,
 * «Annuler», takes the initial focus; the confirming button submits the given form.
 */
export function ConfirmButton({
  label,
  title,
  children,
  formId,
  confirmLabel = "Confirmer",
  cancelLabel = "Annuler",
}: {
  label: string;
  title: string;
  children: ReactNode;
  formId: string;
  confirmLabel?: string;
  /** The safe choice; say what it keeps when « Annuler » would be ambiguous. */
  cancelLabel?: string;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  useEffect(() => {
    const el = dialog.current;
    if (!el) return;
    const onClose = () => {
      setOpen(false);
      opener.current?.focus();
    };
    el.addEventListener("close", onClose);
    return () => el.removeEventListener("close", onClose);
  }, []);
  const close = () => dialog.current?.close();
  return (
    <>
      <button
        ref={opener}
        type="button"
        className={buttonClass("secondary")}
        aria-haspopup="dialog"
        aria-controls={`${formId}-dialogue`}
        onClick={() => {
          const el = dialog.current;
          if (!el) return;
          // fr-modal is visibility:hidden until fr-modal--opened (React's render would add it
          // after showModal(), too late for the focus): add it now, then focus «Annuler».
          el.classList.add("fr-modal--opened");
          el.showModal();
          setOpen(true);
          focusWhenVisible(cancel.current);
        }}
      >
        {label}
      </button>
      <dialog
        ref={dialog}
        id={`${formId}-dialogue`}
        aria-labelledby={`${formId}-titre`}
        className={`fr-modal ${open ? "fr-modal--opened" : ""}`}
        onClick={(event) => {
          // A click on the backdrop (the dialog itself, outside its body) cancels.
          if (event.target === event.currentTarget) close();
        }}
      >
        <div className="fr-container fr-container--fluid fr-container-md">
          <div className="fr-grid-row fr-grid-row--center">
            <div className="fr-col-12 fr-col-md-8 fr-col-lg-6">
              <div className="fr-modal__body">
                <div className="fr-modal__header">
                  <button
                    type="button"
                    className="fr-btn--close fr-btn"
                    title="Fermer la fenêtre"
                    onClick={close}
                  >
                    Fermer
                  </button>
                </div>
                <div className="fr-modal__content">
                  <h2 id={`${formId}-titre`} className="fr-modal__title">
                    {title}
                  </h2>
                  {children}
                </div>
                <div className="fr-modal__footer">
                  <ul className="fr-btns-group fr-btns-group--right fr-btns-group--inline-reverse fr-btns-group--inline-lg">
                    <li>
                      <button
                        type="submit"
                        form={formId}
                        className={buttonClass("primary")}
                        onClick={close}
                      >
                        {confirmLabel}
                      </button>
                    </li>
                    <li>
                      {/* The safe choice takes the initial focus. */}
                      <button
                        ref={cancel}
                        type="button"
                        autoFocus
                        className={buttonClass("secondary")}
                        onClick={close}
                      >
                        {cancelLabel}
                      </button>
                    </li>
                  </ul>
                </div>
              </div>
            </div>
          </div>
        </div>
      </dialog>
    </>
  );
}
