import type { StoredDetail } from "@/lib/results/detail";

/** The barème of one agent, part by part, as published (a DSFR fr-table, its caption shown). */
export function BaremeDetail({ detail, bareme }: { detail: StoredDetail; bareme: number | null }) {
  if (!detail.parts.length && bareme === null) return null;
  return (
    <div className="fr-table fr-table--sm fr-table--bordered fr-table--multiline max-w-xl">
      <div className="fr-table__wrapper">
        <div className="fr-table__container">
          <div className="fr-table__content">
            <table>
              <caption>Détail du barème</caption>
              <tbody>
                {detail.parts.map((p) => (
                  <tr key={p.label}>
                    <th scope="row">{p.label}</th>
                    <td className="fr-cell--right">{p.points} pts</td>
                  </tr>
                ))}
                {bareme !== null ? (
                  <tr>
                    <th scope="row">
                      <strong>Barème total</strong>
                    </th>
                    <td className="fr-cell--right">
                      <strong>{bareme} pts</strong>
                    </td>
                  </tr>
                ) : null}
              </tbody>
            </table>
          </div>
        </div>
      </div>
    </div>
  );
}
