"use client";

import { useEffect, useRef, useState, type ReactNode } from "react";
import { focusWhenVisible } from "@/components/ui/focus-when-visible";

/**
 * Below 62em DSFR hides the header's quick-access links and expects its JavaScript to copy
 * them into a menu dialog. We ship no DSFR JS: this small component is that menu, the DSFR
 * markup (fr-header__navbar, fr-header__menu fr-modal) on a native <dialog> — Escape closes
 * it and focus returns to the «Menu» button.
 */
export function HeaderMenu({ who, children }: { who: string; children: ReactNode }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const close = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  useEffect(() => {
    const el = dialog.current;
    if (!el) return;
    const onClose = () => setOpen(false);
    el.addEventListener("close", onClose);
    return () => el.removeEventListener("close", onClose);
  }, []);
  return (
    <>
      <div className="fr-header__navbar">
        <button
          type="button"
          className="fr-btn--menu fr-btn"
          aria-controls="menu-compte"
          aria-haspopup="dialog"
          aria-expanded={open}
          id="bouton-menu-compte"
          title="Menu"
          onClick={() => {
            const el = dialog.current;
            if (!el) return;
            el.classList.add("fr-modal--opened");
            el.showModal();
            setOpen(true);
            focusWhenVisible(close.current);
          }}
        >
          Menu
        </button>
      </div>
      <dialog ref={dialog} id="menu-compte" className={`fr-header__menu fr-modal ${open ? "fr-modal--opened" : ""}`} aria-labelledby="bouton-menu-compte">
        <div className="fr-container">
          <button ref={close} type="button" className="fr-btn--close fr-btn" aria-controls="menu-compte" title="Fermer" onClick={() => dialog.current?.close()}>
            Fermer
          </button>
          <div className="fr-header__menu-links">
            <p className="fr-text--sm">{who}</p>
            {children}
          </div>
        </div>
      </dialog>
    </>
  );
}
