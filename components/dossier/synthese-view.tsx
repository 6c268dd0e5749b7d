import { PrintButton } from "@/components/ui/print-button";
import type { Synthese } from "@/lib/dossier/queries";
import { formatCalendarDate, formatDate, GRADE_LABELS, ordinalEchelon } from "@/lib/format";
import { levelLabel } from "@/lib/rules/levels";
import { ZONE_LABELS } from "./affectations-view";
import { entryKindDef, ENTRY_KINDS, periodText } from "@/lib/dossier/entry-kinds";

function Block({ title, items, empty }: { title: string; items: string[]; empty: string }) {
  return (
    <section className="mb-4 break-inside-avoid">
      <h3 className="fr-h6 fr-mb-1v">{title}</h3>
      {items.length ? (
        <ul className="fr-text--sm fr-mb-0">
          {items.map((item, i) => (
            <li key={i}>{item}</li>
          ))}
        </ul>
      ) : (
        <p className="fr-text--sm fr-mb-0 text-gris">{empty}</p>
      )}
    </section>
  );
}

/**
 * Synthèse as the seeds show it: the heading, "Avis et Appréciation" at the top with the
 * IEN's avis per campaign, then a summary of every tab. Prints on one A4 page.
 */
export function SyntheseView({ dossier, today }: { dossier: Synthese; today: Date }) {
  const published = new Map(dossier.appreciations.map((a) => [a.campaignId, a]));
  return (
    <div className="print:text-[10pt]">
      <div className="mb-4 flex flex-wrap items-center justify-between gap-4">
        <h3 className="fr-h5 fr-mb-0">
          Dossier de promotion de grade de {dossier.prenom} {dossier.nom} {formatDate(today)}
        </h3>
        <PrintButton />
      </div>
      <section aria-labelledby="titre-avis" className="fr-callout fr-mb-3w break-inside-avoid">
        <h3 id="titre-avis" className="fr-h6 fr-mb-1w">
          Avis et Appréciation
        </h3>
        {dossier.opinions.length === 0 ? (
          <p>Aucun avis n&apos;a encore été émis sur votre dossier.</p>
        ) : (
          <ul className="fr-raw-list space-y-2">
            {dossier.opinions.map((o) => {
              const appreciation = published.get(o.campaignId);
              return (
                <li key={o.id}>
                  <p className="text-sm text-gris">{o.campaign.title}</p>
                  <p>
                    Avis IEN Circo : <strong>{levelLabel(o.campaign.ruleSet, o.value)}</strong>
                  </p>
                  {o.reason ? <p className="text-sm">« {o.reason} »</p> : null}
                  {appreciation ? (
                    <p>
                      Appréciation finale :{" "}
                      <strong>{levelLabel(o.campaign.ruleSet, appreciation.value)}</strong>
                    </p>
                  ) : null}
                </li>
              );
            })}
          </ul>
        )}
      </section>
      <div className="grid gap-x-8 md:grid-cols-2 print:grid-cols-2">
        <Block
          title="Situation de carrière"
          empty=""
          items={[
            `${GRADE_LABELS[dossier.grade]}, ${ordinalEchelon(dossier.echelon)} échelon depuis le ${formatCalendarDate(dossier.echelonDate)}`,
            `${dossier.position}, ${dossier.modaliteService.toLowerCase()}`,
            `Circonscription ${dossier.circonscription.name}`,
          ]}
        />
        <Block
          title="Affectations"
          empty="Aucune affectation."
          items={dossier.affectations.map(
            (a) =>
              `${a.school?.name ?? a.label}, ${a.poste} (${ZONE_LABELS[a.zone]}) : ${periodText(a.startDate, a.endDate)}`,
          )}
        />
        {ENTRY_KINDS.map((kind) => {
          const def = entryKindDef(kind);
          return (
            <Block
              key={kind}
              title={def.tab.label}
              empty="Aucune."
              items={(dossier[def.relation] as unknown[]).map(def.summary)}
            />
          );
        })}
      </div>
    </div>
  );
}
