import type { ReactNode } from "react";
import { buttonClass } from "./button";

// The search and filter bar of long lists: a GET form, so filters live in the URL
// (shareable, back button works) and pagination keeps them.
const CONTROL = "border-b-2 border-texte bg-white px-2 py-1";

export function FilterBar({ label, children, extra }: { label: string; children: ReactNode; extra?: ReactNode }) {
  return (
    <form method="get" role="search" aria-label={label} className="no-print mb-6 flex flex-wrap items-end gap-4 bg-gris-clair p-4">
      {children}
      <button type="submit" className={buttonClass()}>
        Filtrer
      </button>
      {extra}
    </form>
  );
}

export function FilterInput({ name, label, value }: { name: string; label: string; value?: string }) {
  return (
    <label className="flex flex-col text-sm font-medium">
      {label}
      <input name={name} defaultValue={value ?? ""} className={CONTROL} />
    </label>
  );
}

export function FilterSelect({ name, label, value, all, options }: { name: string; label: string; value?: string; all: string; options: { value: string; label: string }[] }) {
  return (
    <label className="flex flex-col text-sm font-medium">
      {label}
      <select name={name} defaultValue={value ?? ""} className={CONTROL}>
        <option value="">{all}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}
