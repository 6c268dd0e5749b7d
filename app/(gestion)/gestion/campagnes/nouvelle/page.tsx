import type { Metadata } from "next";
import { CampaignForm } from "@/components/campaigns/campaign-form";
import { requireRole } from "@/lib/auth/session";
import { RULE_SET_IDS, RULE_SETS } from "@/lib/rules";
import { previousCampaignRemainder } from "@/lib/campaigns/queries";
import { departementsOf } from "@/lib/departements/queries";
import { createCampaignAction } from "../actions";
import { currentCampaignYear } from "@/lib/campaigns/campaign-year";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { labelFor } from "@/lib/campaigns/parameter-labels";

const REMAINDER_LABEL = labelFor("contingent.previousRemainder").label;

export const metadata: Metadata = { title: "Créer une campagne" };

export default async function NewCampaign() {
  const user = await requireRole("GESTIONNAIRE");
  const departements = await departementsOf(user);
  const several = departements.length > 1;
  // Rule sets that carry the decimal part over: the remainder the next campaign will start
  // from, in each département.
  const remainders = (
    await Promise.all(
      RULE_SET_IDS.filter(
        (id) =>
          RULE_SETS[id].defaultParameters(currentCampaignYear()).contingent.carryOverRemainder,
      ).flatMap((id) =>
        departements.map(async (d) => {
          const previous = await previousCampaignRemainder(user, {
            departementId: d.id,
            kind: RULE_SETS[id].campaignKind,
            ruleSet: id,
            year: 9999,
          });
          return previous
            ? { id, key: `${id}-${d.id}`, where: several ? ` (${d.name})` : "", ...previous }
            : null;
        }),
      ),
    )
  ).filter((r) => r !== null);
  return (
    <div>
      <Breadcrumb
        items={[
          { label: "Espace gestionnaire", href: "/gestion" },
          { label: "Campagnes", href: "/gestion/campagnes" },
        ]}
        current="Créer"
      />
      <h1 className="mb-4 text-3xl font-bold">Créer une campagne</h1>
      <p className="mb-6">
        Choisissez la règle de gestion de l&apos;année : ses paramètres (barème, contingent,
        viviers…) sont préremplis et restent modifiables jusqu&apos;à l&apos;ouverture.
      </p>
      {remainders.map((r) =>
        r.remainder === null ? (
          <p key={r.key} className="fr-callout fr-mb-3w">
            {RULE_SETS[r.id].label}
            {r.where} : « {r.from} » n&apos;a pas enregistré de reliquat (son tableau n&apos;a pas
            été calculé) : la campagne suivante part d&apos;un reliquat de 0 sauf si vous saisissez
            celui de l&apos;année précédente (paramètre « {REMAINDER_LABEL} »).
          </p>
        ) : (
          <p key={r.key} className="fr-callout fr-mb-3w">
            {RULE_SETS[r.id].label}
            {r.where} : reliquat de « {r.from} » ={" "}
            {r.remainder.toLocaleString("fr-FR", { maximumFractionDigits: 4 })}, prérempli dans les
            paramètres de la campagne suivante (« {REMAINDER_LABEL} ») sauf si vous en saisissez un
            autre.
          </p>
        ),
      )}
      <CampaignForm
        action={createCampaignAction}
        ruleSets={RULE_SET_IDS.map((id) => ({ value: id, label: RULE_SETS[id].label }))}
        departements={departements.map((d) => ({ value: d.id, label: `${d.name} (${d.code})` }))}
      />
    </div>
  );
}
