import { formatCalendarDate, ordinalEchelon } from "@/lib/format";
import { functionKindLabel, parseParameters } from "@/lib/rules";

// « 2. Conditions d'inscription aux tableaux d'avancement », as the BO states them, in the
// words of the campaign's own parameters: the SIAP page's reminder links to them.

export const CONDITIONS_TITLE = "2. Conditions d'inscription aux tableaux d'avancement";

interface CampaignForConditions {
  ruleSet: string;
  year: number;
  parameters: string;
  observationDate: Date;
}

/** The conditions of a classe exceptionnelle campaign with viviers; empty for other rule sets. */
export function campaignConditions(campaign: CampaignForConditions): string[] {
  if (campaign.ruleSet !== "CE_2017_2023") return [];
  const p = parseParameters("CE_2017_2023", campaign.parameters, campaign.year);
  const at = formatCalendarDate(campaign.observationDate);
  const functions = p.vivier1.eligibleFunctionKinds.map(functionKindLabel).join(", ");
  return [
    `1er vivier (fonctions particulières) : être au moins au ${ordinalEchelon(p.vivier1.minEchelon)} échelon de la hors classe au ${at} et justifier d'au moins ${p.vivier1.requiredYears} années d'exercice, validées par l'administration, dans des fonctions éligibles : ${functions}.${p.candidatureRequired ? " Les agents de ce vivier font acte de candidature pendant la période de dépôt." : ""}`,
    `2e vivier (valeur professionnelle) : avoir atteint au moins le ${ordinalEchelon(p.vivier2.echelon)} échelon de la hors classe au ${at}. Aucun acte de candidature n'est demandé.`,
    "Un agent peut relever des deux viviers : sans candidature valide au 1er vivier, il est examiné au titre du 2e.",
  ];
}
