import type { ReactNode } from "react";
import Link from "next/link";
import { DossierTabs } from "@/components/dossier/dossier-tabs";
import { requireOwnDossier } from "@/lib/dossier/access";
import { agentName } from "@/lib/agents/queries";

export default async function DossierLayout({ children }: { children: ReactNode }) {
  const { user, agentId } = await requireOwnDossier();
  const agent = await agentName(user, agentId);
  return (
    <div>
      <p className="no-print mb-1 text-sm">
        <Link href="/iprof">I-Prof</Link> › Votre dossier
      </p>
      <h1 className="no-print mb-2 text-3xl font-bold">
        Votre dossier — {agent.prenom} {agent.nom}
      </h1>
      <p className="no-print mb-6 text-gris">
        Vérifiez chaque onglet. « Compléter votre dossier » : ajoutez vos qualifications, activités, fonctions et
        missions et distinctions ; signalez les erreurs des données administratives.{" "}
        <Link href="/dossier/mes-donnees">Mes données personnelles</Link>
      </p>
      <DossierTabs basePath="/dossier" />
      {children}
    </div>
  );
}
