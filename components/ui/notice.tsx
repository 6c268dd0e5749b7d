import type { ReactNode } from "react";

const TONES = {
  info: "border-bleu bg-info-clair",
  success: "border-succes bg-succes-clair/40",
  error: "border-erreur bg-erreur-clair",
  warning: "border-alerte bg-alerte-clair",
} as const;

/** A boxed message; `role` makes screen readers announce it when it appears. */
export function Notice({
  tone = "info",
  title,
  children,
  role,
}: {
  tone?: keyof typeof TONES;
  title?: string;
  children?: ReactNode;
  role?: "alert" | "status";
}) {
  return (
    <div role={role} className={`mb-6 border-l-4 p-4 ${TONES[tone]}`}>
      {title ? <p className="font-bold">{title}</p> : null}
      {children}
    </div>
  );
}
