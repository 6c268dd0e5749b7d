"use client";

import { buttonClass } from "./button";

export function PrintButton() {
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className={`no-print ${buttonClass("secondary")}`}
    >
      Imprimer
    </button>
  );
}
