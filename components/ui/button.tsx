import type { ButtonHTMLAttributes } from "react";

const VARIANTS = {
  primary: "bg-bleu text-white hover:bg-bleu-hover",
  secondary: "border border-bleu bg-white text-bleu hover:bg-bleu-clair",
  danger: "bg-erreur text-white hover:bg-[#a80400]",
} as const;

export function buttonClass(variant: keyof typeof VARIANTS = "primary"): string {
  return `inline-flex cursor-pointer items-center px-4 py-2 font-medium no-underline disabled:cursor-not-allowed disabled:opacity-60 ${VARIANTS[variant]}`;
}

export function Button({
  variant = "primary",
  className = "",
  ...props
}: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: keyof typeof VARIANTS }) {
  return <button type="button" {...props} className={`${buttonClass(variant)} ${className}`} />;
}
