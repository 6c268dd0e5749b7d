import type { StoredDetail } from "@/lib/results/detail";

/** The barème of one agent, part by part, as published. */
export function BaremeDetail({ detail, bareme }: { detail: StoredDetail; bareme: number | null }) {
  if (!detail.parts.length && bareme === null) return null;
  return (
    <table className="mb-4 w-full max-w-xl border-collapse text-left text-sm">
      <caption className="mb-1 text-left font-bold">Détail du barème</caption>
      <tbody>
        {detail.parts.map((p) => (
          <tr key={p.label} className="border-b border-bordure/40">
            <th scope="row" className="py-1 pr-4 font-normal">
              {p.label}
            </th>
            <td className="py-1 text-right">{p.points} pts</td>
          </tr>
        ))}
        {bareme !== null ? (
          <tr className="font-bold">
            <th scope="row" className="py-1 pr-4">
              Barème total
            </th>
            <td className="py-1 text-right">{bareme} pts</td>
          </tr>
        ) : null}
      </tbody>
    </table>
  );
}
