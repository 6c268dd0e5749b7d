import Link from "next/link";

export const PAGE_SIZE = 20;

/** Page number from the query string, at least 1. */
export function pageFrom(value: string | undefined): number {
  return Math.max(1, Number.parseInt(value ?? "1", 10) || 1);
}

/** Previous/next links that keep the other query parameters (filters, search). */
export function Pagination({ page, total, params = {}, pageSize = PAGE_SIZE }: { page: number; total: number; params?: Record<string, string | undefined>; pageSize?: number }) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return null;
  const href = (p: number) => {
    const query = new URLSearchParams(Object.entries({ ...params, page: String(p) }).filter((e): e is [string, string] => Boolean(e[1])));
    return `?${query.toString()}`;
  };
  return (
    <nav aria-label="Pagination" className="no-print mt-6 flex items-center gap-6">
      {page > 1 ? <Link href={href(page - 1)}>‹ Page précédente</Link> : null}
      <span aria-current="page">
        Page {page} sur {pages}
      </span>
      {page < pages ? <Link href={href(page + 1)}>Page suivante ›</Link> : null}
    </nav>
  );
}
