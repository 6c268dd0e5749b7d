import type { Metadata } from "next";
import Link from "next/link";
import { CampaignForm } from "@/components/campaigns/campaign-form";
import { requireRole } from "@/lib/auth/session";
import { RULE_SET_IDS, RULE_SETS } from "@/lib/rules";
import { prisma } from "@/lib/db";
import { previousRemainder } from "@/lib/campaigns/contingent";
import { createCampaignAction } from "../actions";
import { Breadcrumb } from "@/components/ui/breadcrumb";

export const metadata: Metadata = { title: "Créer une campagne" };

export default async function NewCampaign() {
  await requireRole("GESTIONNAIRE");
  // Rule sets that carry the decimal part over: the remainder the next campaign will start from.
  const remainders = (
    await Promise.all(
      RULE_SET_IDS.filter((id) => RULE_SETS[id].defaultParameters(new Date().getFullYear()).contingent.carryOverRemainder).map(async (id) => {
        const previous = await previousRemainder(prisma, { kind: RULE_SETS[id].campaignKind, ruleSet: id, year: 9999 });
        return previous ? { id, ...previous } : null;
      }),
    )
  ).filter((r) => r !== null);
  return (
    <div>
      <Breadcrumb items={[{ label: "Espace gestionnaire", href: "/gestion" }, { label: "Campagnes", href: "/gestion/campagnes" }]} current="Créer" />
      <h1 className="mb-4 text-3xl font-bold">Créer une campagne</h1>
      <p className="mb-6">
        Choisissez la règle de gestion de l&apos;année : ses paramètres (barème, contingent, viviers…) sont préremplis et
        restent modifiables jusqu&apos;à l&apos;ouverture.
      </p>
      {remainders.map((r) =>
        r.remainder === null ? (
          <p key={r.id} className="fr-callout fr-mb-3w">
            {RULE_SETS[r.id].label} : « {r.from} » n&apos;a pas enregistré de reliquat (son tableau n&apos;a pas été calculé) : la
            campagne suivante part d&apos;un reliquat de 0 sauf si vous saisissez celui de l&apos;année précédente
            (contingent.previousRemainder).
          </p>
        ) : (
          <p key={r.id} className="fr-callout fr-mb-3w">
            {RULE_SETS[r.id].label} : reliquat de « {r.from} » ={" "}
            {r.remainder.toLocaleString("fr-FR", { maximumFractionDigits: 4 })}, prérempli dans les paramètres de la campagne suivante
            (contingent.previousRemainder) sauf si vous en saisissez un autre.
          </p>
        ),
      )}
      <CampaignForm action={createCampaignAction} ruleSets={RULE_SET_IDS.map((id) => ({ value: id, label: RULE_SETS[id].label }))} />
    </div>
  );
}
