"use client";

import { useEffect, useRef, useState, type ReactNode } from "react";
import { focusWhenVisible } from "@/components/ui/focus-when-visible";

// Below 62em DSFR hides the header's quick-access links and expects its JavaScript to copy
// them into a menu dialog. We ship no DSFR JS: these two small components are that menu, in
// DSFR's markup — the «Menu» button in fr-header__navbar, the dialog (fr-header__menu
// fr-modal, a native <dialog>: Escape closes it, focus returns to «Menu») after the header's
// body, as DSFR places it (inside the bloc-marque, fr-enlarge-link would stretch its links).
const MENU_ID = "menu-compte";
const BUTTON_ID = "bouton-menu-compte";

function menuDialog(): HTMLDialogElement | null {
  return document.getElementById(MENU_ID) as HTMLDialogElement | null;
}

export function HeaderMenuButton() {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const dialog = menuDialog();
    if (!dialog) return;
    const onClose = () => {
      setOpen(false);
      button.current?.focus();
    };
    dialog.addEventListener("close", onClose);
    return () => dialog.removeEventListener("close", onClose);
  }, []);
  return (
    <div className="fr-header__navbar">
      <button
        ref={button}
        type="button"
        className="fr-btn--menu fr-btn"
        aria-controls={MENU_ID}
        aria-haspopup="dialog"
        aria-expanded={open}
        id={BUTTON_ID}
        title="Menu"
        onClick={() => {
          const dialog = menuDialog();
          if (!dialog) return;
          // Visible (fr-modal--opened) before showModal(), then focus its «Fermer» button.
          dialog.classList.add("fr-modal--opened");
          dialog.showModal();
          setOpen(true);
          focusWhenVisible(dialog.querySelector<HTMLElement>(".fr-btn--close"));
        }}
      >
        Menu
      </button>
    </div>
  );
}

export function HeaderMenuDialog({ who, children }: { who: string; children: ReactNode }) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const el = dialog.current;
    if (!el) return;
    const onClose = () => el.classList.remove("fr-modal--opened");
    el.addEventListener("close", onClose);
    return () => el.removeEventListener("close", onClose);
  }, []);
  return (
    <dialog
      ref={dialog}
      id={MENU_ID}
      className="fr-header__menu fr-modal"
      aria-labelledby={BUTTON_ID}
    >
      <div className="fr-container">
        <button
          type="button"
          className="fr-btn--close fr-btn"
          aria-controls={MENU_ID}
          title="Fermer"
          onClick={() => dialog.current?.close()}
        >
          Fermer
        </button>
        <div className="fr-header__menu-links">
          <p className="fr-text--sm">{who}</p>
          {children}
        </div>
      </div>
    </dialog>
  );
}
