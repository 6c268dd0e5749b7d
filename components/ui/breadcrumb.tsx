import Link from "next/link";

/**
 * The DSFR breadcrumb (fr-breadcrumb): the ancestors as links, the current page last with
 * aria-current="page". Always shown: DSFR folds it behind a button on small screens with its
 * JavaScript, which the portal does not ship.
 */
export function Breadcrumb({
  items,
  current,
}: {
  items: { label: string; href: string }[];
  current: string;
}) {
  return (
    <nav role="navigation" className="fr-breadcrumb fr-mt-0 fr-mb-2w" aria-label="vous êtes ici :">
      <ol className="fr-breadcrumb__list">
        {items.map((item) => (
          <li key={item.href}>
            <Link className="fr-breadcrumb__link" href={item.href}>
              {item.label}
            </Link>
          </li>
        ))}
        <li>
          <a className="fr-breadcrumb__link" aria-current="page">
            {current}
          </a>
        </li>
      </ol>
    </nav>
  );
}
