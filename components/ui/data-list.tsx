import type { ReactNode } from "react";

/** Label/value pairs, printed and read as a description list. */
export function DataList({ items }: { items: [string, ReactNode][] }) {
  return (
    <dl className="mb-6 grid grid-cols-1 gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
      {items.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="font-medium">{label}</dt>
          <dd className="mb-2 sm:mb-0">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
