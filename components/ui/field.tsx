import type { InputHTMLAttributes } from "react";

/** A labelled input whose errors are tied to it by aria-describedby. */
export function Field({
  label,
  name,
  hint,
  errors,
  ...input
}: InputHTMLAttributes<HTMLInputElement> & {
  label: string;
  name: string;
  hint?: string;
  errors?: string[] | undefined;
}) {
  const id = input.id ?? `champ-${name}`;
  const hintId = hint ? `${id}-aide` : undefined;
  const errorId = errors?.length ? `${id}-erreur` : undefined;
  return (
    <div className={`mb-5 ${errorId ? "border-l-2 border-erreur pl-3" : ""}`}>
      <label htmlFor={id} className="block font-medium">
        {label}
        {input.required ? <span aria-hidden="true"> *</span> : null}
      </label>
      {hint ? (
        <p id={hintId} className="text-sm text-gris">
          {hint}
        </p>
      ) : null}
      <input
        id={id}
        name={name}
        aria-invalid={errorId ? true : undefined}
        aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined}
        className="mt-1 block w-full max-w-md rounded-t border-b-2 border-texte bg-[#eeeeee] px-3 py-2"
        {...input}
      />
      {errorId ? (
        <p id={errorId} className="mt-1 text-sm text-erreur">
          {errors!.join(" ")}
        </p>
      ) : null}
    </div>
  );
}
