import type { ButtonHTMLAttributes } from "react";

// DSFR buttons (fr-btn). DSFR has no "danger" colour: an irreversible action is a primary
// button behind a confirmation dialog that states its consequences.
const VARIANTS = {
  primary: "fr-btn",
  secondary: "fr-btn fr-btn--secondary",
  tertiary: "fr-btn fr-btn--tertiary",
  danger: "fr-btn",
} as const;

export type ButtonVariant = keyof typeof VARIANTS;

/** The classes of a button, also for a link styled as one (<Link className={buttonClass()}>). */
export function buttonClass(variant: ButtonVariant = "primary"): string {
  return VARIANTS[variant];
}

export function Button({
  variant = "primary",
  className = "",
  ...props
}: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: ButtonVariant }) {
  return (
    <button type="button" {...props} className={`${buttonClass(variant)} ${className}`.trim()} />
  );
}
