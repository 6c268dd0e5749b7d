import type { Metadata } from "next";
import Link from "next/link";
import { CampaignForm } from "@/components/campaigns/campaign-form";
import { requireRole } from "@/lib/auth/session";
import { RULE_SET_IDS, RULE_SETS } from "@/lib/rules";
import { createCampaignAction } from "../actions";

export const metadata: Metadata = { title: "Créer une campagne" };

export default async function NewCampaign() {
  await requireRole("GESTIONNAIRE");
  return (
    <div>
      <p className="mb-1 text-sm">
        <Link href="/gestion">Espace gestionnaire</Link> › <Link href="/gestion/campagnes">Campagnes</Link> › Créer
      </p>
      <h1 className="mb-4 text-3xl font-bold">Créer une campagne</h1>
      <p className="mb-6">
        Choisissez la règle de gestion de l&apos;année : ses paramètres (barème, contingent, viviers…) sont préremplis et
        restent modifiables jusqu&apos;à l&apos;ouverture.
      </p>
      <CampaignForm action={createCampaignAction} ruleSets={RULE_SET_IDS.map((id) => ({ value: id, label: RULE_SETS[id].label }))} />
    </div>
  );
}
