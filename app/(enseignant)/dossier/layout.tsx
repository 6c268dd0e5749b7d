import type { ReactNode } from "react";
import Link from "next/link";
import { DossierMenu } from "@/components/dossier/dossier-menu";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { requireOwnDossier } from "@/lib/dossier/access";
import { agentName } from "@/lib/agents/queries";

export default async function DossierLayout({ children }: { children: ReactNode }) {
  const { user, agentId } = await requireOwnDossier();
  const agent = await agentName(user, agentId);
  return (
    <div>
      <div className="no-print">
        <Breadcrumb items={[{ label: "I-Prof", href: "/iprof" }]} current="Votre dossier" />
        <h1 className="fr-h2">
          Votre dossier — {agent.prenom} {agent.nom}
        </h1>
        <p className="text-gris">
          Vérifiez chaque onglet. « Compléter votre dossier » : ajoutez vos qualifications,
          activités, fonctions et missions et distinctions ; signalez les erreurs des données
          administratives. <Link href="/dossier/mes-donnees">Mes données personnelles</Link>
        </p>
      </div>
      <div className="fr-grid-row fr-grid-row--gutters">
        <div className="fr-col-12 fr-col-md-4 fr-col-lg-3 no-print">
          <DossierMenu basePath="/dossier" />
        </div>
        <div className="fr-col-12 fr-col-md-8 fr-col-lg-9 dossier-contenu">{children}</div>
      </div>
    </div>
  );
}
