import type { ReactNode } from "react";

/** A DSFR alert (fr-alert); `role` makes screen readers announce it when it appears. */
export function Notice({
  tone = "info",
  title,
  children,
  role,
}: {
  tone?: "info" | "success" | "error" | "warning";
  title?: string;
  children?: ReactNode;
  role?: "alert" | "status";
}) {
  // Without a title DSFR asks for the small variant.
  return (
    <div
      role={role}
      className={`fr-alert fr-alert--${tone} ${title ? "" : "fr-alert--sm"} fr-mb-3w`}
    >
      {title ? <p className="fr-alert__title">{title}</p> : null}
      {children}
    </div>
  );
}
