import { Notice } from "@/components/ui/notice";
import { toFunctionPeriod } from "@/lib/agents/snapshot";
import type { Dossier } from "@/lib/dossier/queries";
import { formatCalendarDate, toIsoDate } from "@/lib/format";
import { countEligibleSchoolYears } from "@/lib/rules/functions";

/** The vivier 1 count of the classe exceptionnelle, as the dossier shows it. */
export function EligibleFunctions({
  dossier,
  observation,
}: {
  dossier: Dossier;
  observation: { date: Date; year: number; campaignTitle: string | null };
}) {
  const result = countEligibleSchoolYears(dossier.functions.map(toFunctionPeriod), {
    campaignYear: observation.year,
    observationDate: toIsoDate(observation.date),
  });
  const years = result.count;
  return (
    <Notice
      tone="info"
      title={`Durée de fonctions éligibles retenue au ${formatCalendarDate(observation.date)} : ${years} ${years > 1 ? "années scolaires" : "année scolaire"}`}
    >
      <p data-testid="duree-eligible">
        {years > 0
          ? `Années retenues : ${result.schoolYears.join(", ")}.`
          : "Aucune année scolaire complète n'est retenue pour l'instant."}
      </p>
      <p className="mt-2 text-sm">
        Classe exceptionnelle, 1er vivier
        {observation.campaignTitle ? ` (${observation.campaignTitle})` : ""} : seules les années
        scolaires complètes de fonctions éligibles{" "}
        <strong>validées par l&apos;administration</strong> comptent ; deux fonctions la même année
        comptent une fois ; le temps partiel compte comme un temps plein.
      </p>
      {result.excluded.length > 0 ? (
        <ul className="mt-2 list-disc pl-6 text-sm">
          {result.excluded.map((e) => (
            <li key={e.index}>{e.message}</li>
          ))}
        </ul>
      ) : null}
    </Notice>
  );
}
