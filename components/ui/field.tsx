import type {
  InputHTMLAttributes,
  ReactNode,
  SelectHTMLAttributes,
  TextareaHTMLAttributes,
} from "react";

interface ShellProps {
  label: string;
  name: string;
  id?: string;
  hint?: string;
  required?: boolean;
  errors?: string[] | undefined;
}

type Kind = "input" | "select" | "upload";

// DSFR form groups: fr-input-group / fr-select-group / fr-upload-group, switched to their
// --error variant with the zod messages in an fr-error-text.
// (DSFR spaces input and select groups from what follows, not upload groups: fr-mb-3w does.)
const GROUP: Record<Kind, string> = {
  input: "fr-input-group",
  select: "fr-select-group",
  upload: "fr-upload-group fr-mb-3w",
};
const CONTROL: Record<Kind, string> = {
  input: "fr-input",
  select: "fr-select",
  upload: "fr-upload",
};

/**
 * Label, hint and errors around a control; hint and errors are tied to it by
 * aria-describedby. The hint is not inside the <label>, so the control's accessible name is
 * the label alone.
 */
function FieldShell({
  kind,
  label,
  name,
  id: givenId,
  hint,
  required,
  errors,
  control,
}: ShellProps & { kind: Kind; control: (aria: Record<string, unknown>) => ReactNode }) {
  const id = givenId ?? `champ-${name}`;
  const hintId = hint ? `${id}-aide` : undefined;
  const errorId = errors?.length ? `${id}-erreur` : undefined;
  return (
    <div
      className={`${GROUP[kind]} ${errorId ? `${GROUP[kind].split(" ")[0]}--error` : ""}`.trim()}
    >
      <label htmlFor={id} className="fr-label">
        {label}
        {required ? <span aria-hidden="true"> *</span> : null}
      </label>
      {hint ? (
        <p id={hintId} className="fr-hint-text fr-mb-0">
          {hint}
        </p>
      ) : null}
      {control({
        id,
        name,
        "aria-invalid": errorId ? true : undefined,
        "aria-describedby": [hintId, errorId].filter(Boolean).join(" ") || undefined,
        "aria-required": required || undefined,
        className:
          `${CONTROL[kind]} ${errorId && kind !== "upload" ? `${CONTROL[kind]}--error` : ""}`.trim(),
      })}
      {errorId ? (
        <p id={errorId} className="fr-error-text">
          {errors!.join(" ")}
        </p>
      ) : null}
    </div>
  );
}

type Extra = Omit<ShellProps, "name" | "label">;

export function Field({
  label,
  name,
  hint,
  errors,
  required,
  ...input
}: InputHTMLAttributes<HTMLInputElement> & ShellProps) {
  return (
    <FieldShell
      kind={input.type === "file" ? "upload" : "input"}
      {...{ label, name, hint, errors, required, id: input.id }}
      control={(aria) => <input {...aria} {...input} />}
    />
  );
}

export function TextareaField({
  label,
  name,
  hint,
  errors,
  required,
  ...rest
}: TextareaHTMLAttributes<HTMLTextAreaElement> & ShellProps) {
  return (
    <FieldShell
      kind="input"
      {...{ label, name, hint, errors, required, id: rest.id }}
      control={(aria) => <textarea rows={4} {...aria} {...rest} />}
    />
  );
}

export function SelectField({
  label,
  name,
  hint,
  errors,
  required,
  options,
  ...rest
}: SelectHTMLAttributes<HTMLSelectElement> &
  ShellProps &
  Extra & { options: readonly { value: string; label: string }[] }) {
  return (
    <FieldShell
      kind="select"
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

/** A single checkbox in DSFR's fr-checkbox-group (the box is drawn by DSFR, the input stays native). */
export function CheckboxField({
  label,
  name,
  id: givenId,
  hint,
  ...input
}: InputHTMLAttributes<HTMLInputElement> & { label: ReactNode; name: string; hint?: string }) {
  const id = givenId ?? `case-${name}`;
  return (
    <div className="fr-checkbox-group">
      <input
        type="checkbox"
        id={id}
        name={name}
        aria-describedby={hint ? `${id}-aide` : undefined}
        {...input}
      />
      <label className="fr-label" htmlFor={id}>
        {label}
        {hint ? (
          <span id={`${id}-aide`} className="fr-hint-text">
            {hint}
          </span>
        ) : null}
      </label>
    </div>
  );
}
