import Link from "next/link";

export const PAGE_SIZE = 20;

/** Page number from the query string, at least 1. */
export function pageFrom(value: string | undefined): number {
  return Math.max(1, Number.parseInt(value ?? "1", 10) || 1);
}

/** The page numbers shown: the first, the last, and the current one with its neighbours; null is a gap. */
export function pageWindow(page: number, pages: number): (number | null)[] {
  const shown = [...new Set([1, page - 1, page, page + 1, pages])]
    .filter((p) => p >= 1 && p <= pages)
    .sort((a, b) => a - b);
  return shown.flatMap((p, i) => (i > 0 && p - shown[i - 1]! > 1 ? [null, p] : [p]));
}

/** DSFR pagination (fr-pagination): previous/next and page links that keep the other query parameters (filters, search). */
export function Pagination({
  page,
  total,
  params = {},
  pageSize = PAGE_SIZE,
}: {
  page: number;
  total: number;
  params?: Record<string, string | undefined>;
  pageSize?: number;
}) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return null;
  const href = (p: number) => {
    const query = new URLSearchParams(
      Object.entries({ ...params, page: String(p) }).filter((e): e is [string, string] =>
        Boolean(e[1]),
      ),
    );
    return `?${query.toString()}`;
  };
  return (
    <nav role="navigation" aria-label="Pagination" className="fr-pagination no-print fr-mt-3w">
      <ul className="fr-pagination__list">
        <li>
          {page > 1 ? (
            <Link
              className="fr-pagination__link fr-pagination__link--prev fr-pagination__link--lg-label"
              href={href(page - 1)}
            >
              Page précédente
            </Link>
          ) : (
            <a
              className="fr-pagination__link fr-pagination__link--prev fr-pagination__link--lg-label"
              aria-disabled="true"
              role="link"
            >
              Page précédente
            </a>
          )}
        </li>
        {pageWindow(page, pages).map((p, i) =>
          p === null ? (
            <li key={`gap-${i}`}>
              <span className="fr-pagination__link fr-hidden fr-unhidden-lg">…</span>
            </li>
          ) : (
            <li key={p}>
              {p === page ? (
                <a
                  className="fr-pagination__link"
                  aria-current="page"
                  title={`Page ${p} sur ${pages}`}
                >
                  {p}
                </a>
              ) : (
                <Link className="fr-pagination__link" href={href(p)} title={`Page ${p}`}>
                  {p}
                </Link>
              )}
            </li>
          ),
        )}
        <li>
          {page < pages ? (
            <Link
              className="fr-pagination__link fr-pagination__link--next fr-pagination__link--lg-label"
              href={href(page + 1)}
            >
              Page suivante
            </Link>
          ) : (
            <a
              className="fr-pagination__link fr-pagination__link--next fr-pagination__link--lg-label"
              aria-disabled="true"
              role="link"
            >
              Page suivante
            </a>
          )}
        </li>
      </ul>
      <p className="fr-sr-only">
        Page {page} sur {pages}
      </p>
    </nav>
  );
}
