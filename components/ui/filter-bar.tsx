import type { ReactNode } from "react";
import { buttonClass } from "./button";

// The search and filter bar of long lists: a GET form, so filters live in the URL
// (shareable, back button works) and pagination keeps them. DSFR controls on a grey panel;
// Tailwind only lays them out in a wrapping row.
export function FilterBar({
  label,
  children,
  extra,
}: {
  label: string;
  children: ReactNode;
  extra?: ReactNode;
}) {
  return (
    <form
      method="get"
      role="search"
      aria-label={label}
      className="no-print bg-gris-clair fr-p-2w fr-mb-3w flex flex-wrap items-end gap-4"
    >
      {children}
      <div className="fr-mb-0">
        <button type="submit" className={buttonClass()}>
          Filtrer
        </button>
      </div>
      {extra}
    </form>
  );
}

export function FilterInput({
  name,
  label,
  value,
}: {
  name: string;
  label: string;
  value?: string;
}) {
  const id = `filtre-${name}`;
  return (
    <div className="fr-input-group fr-mb-0">
      <label className="fr-label" htmlFor={id}>
        {label}
      </label>
      <input id={id} name={name} defaultValue={value ?? ""} className="fr-input" />
    </div>
  );
}

export function FilterSelect({
  name,
  label,
  value,
  all,
  options,
}: {
  name: string;
  label: string;
  value?: string;
  all: string;
  options: { value: string; label: string }[];
}) {
  const id = `filtre-${name}`;
  return (
    <div className="fr-select-group fr-mb-0">
      <label className="fr-label" htmlFor={id}>
        {label}
      </label>
      <select id={id} name={name} defaultValue={value ?? ""} className="fr-select">
        <option value="">{all}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
