import type { Metadata } from "next";
import { EligibleFunctions } from "@/components/dossier/eligible-functions";
import { dossierObservation } from "@/lib/dossier/queries";
import { EntryTab } from "../entry-tab";

export const metadata: Metadata = { title: "Fonctions et missions" };

export default function Page({
  searchParams,
}: {
  searchParams: Promise<{ modifier?: string; enregistre?: string; supprime?: string }>;
}) {
  return (
    <EntryTab
      kind="fonction"
      searchParams={searchParams}
      before={async (dossier, user) => (
        <EligibleFunctions
          dossier={dossier}
          observation={await dossierObservation(user, dossier.id)}
        />
      )}
    />
  );
}
