import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";

const CONTROL = "mt-1 block w-full max-w-xl rounded-t border-b-2 border-texte bg-[#eeeeee] px-3 py-2";

interface ShellProps {
  label: string;
  name: string;
  id?: string;
  hint?: string;
  required?: boolean;
  errors?: string[] | undefined;
}

/** Label, hint and errors around a control; errors are tied to it by aria-describedby. */
function FieldShell({ label, name, id: givenId, hint, required, errors, control }: ShellProps & { control: (aria: Record<string, unknown>) => ReactNode }) {
  const id = givenId ?? `champ-${name}`;
  const hintId = hint ? `${id}-aide` : undefined;
  const errorId = errors?.length ? `${id}-erreur` : undefined;
  return (
    <div className={`mb-5 ${errorId ? "border-l-2 border-erreur pl-3" : ""}`}>
      <label htmlFor={id} className="block font-medium">
        {label}
        {required ? <span aria-hidden="true"> *</span> : null}
      </label>
      {hint ? (
        <p id={hintId} className="text-sm text-gris">
          {hint}
        </p>
      ) : null}
      {control({
        id,
        name,
        "aria-invalid": errorId ? true : undefined,
        "aria-describedby": [hintId, errorId].filter(Boolean).join(" ") || undefined,
        "aria-required": required || undefined,
        className: CONTROL,
      })}
      {errorId ? (
        <p id={errorId} className="mt-1 text-sm text-erreur">
          {errors!.join(" ")}
        </p>
      ) : null}
    </div>
  );
}

type Extra = Omit<ShellProps, "name" | "label">;

export function Field({ label, name, hint, errors, required, ...input }: InputHTMLAttributes<HTMLInputElement> & ShellProps) {
  return <FieldShell {...{ label, name, hint, errors, required, id: input.id }} control={(aria) => <input {...aria} {...input} />} />;
}

export function TextareaField({ label, name, hint, errors, required, ...rest }: TextareaHTMLAttributes<HTMLTextAreaElement> & ShellProps) {
  return <FieldShell {...{ label, name, hint, errors, required, id: rest.id }} control={(aria) => <textarea rows={4} {...aria} {...rest} />} />;
}

export function SelectField({
  label,
  name,
  hint,
  errors,
  required,
  options,
  ...rest
}: SelectHTMLAttributes<HTMLSelectElement> & ShellProps & Extra & { options: readonly { value: string; label: string }[] }) {
  return (
    <FieldShell
      {...{ label, name, hint, errors, required, id: rest.id }}
      control={(aria) => (
        <select {...aria} {...rest}>
          <option value="">— Choisir —</option>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    />
  );
}
