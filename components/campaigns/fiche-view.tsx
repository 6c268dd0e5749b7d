import { DataList } from "@/components/ui/data-list";
import type { Fiche } from "@/lib/campaigns/fiche";

export function FicheView({ fiche }: { fiche: Fiche }) {
  return (
    <div className="fr-mb-3w border border-bordure/40 fr-p-2w break-inside-avoid">
      <h2 className="fr-h5">Fiche de candidature — {fiche.campaign.title}</h2>
      <DataList
        items={[
          ["Agent", fiche.agent.name],
          ["Situation", fiche.agent.situation],
          ["Affectation", fiche.agent.affectation],
          ["Date d'observation", fiche.campaign.observationDate],
          ["Vivier", fiche.vivier],
        ]}
      />
      <h3 className="fr-h6 fr-mb-1w">Fonctions et missions retenues</h3>
      {fiche.functions.length ? (
        <ul className="mb-2 list-disc pl-6">
          {fiche.functions.map((f, i) => (
            <li key={i}>
              {f.label}, {f.period}
            </li>
          ))}
        </ul>
      ) : (
        <p className="mb-2">Aucune fonction retenue.</p>
      )}
      {fiche.schoolYears.length ? (
        <p>
          Années scolaires retenues ({fiche.schoolYears.length}) : {fiche.schoolYears.join(", ")}.
        </p>
      ) : null}
    </div>
  );
}
