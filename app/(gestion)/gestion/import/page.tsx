import type { Metadata } from "next";
import Link from "next/link";
import { Table } from "@/components/ui/table";
import { requireRole } from "@/lib/auth/session";
import { IMPORT_COLUMNS } from "@/lib/agents/import";
import { importAgentsAction } from "./actions";
import { ImportForm } from "./import-form";
import { Breadcrumb } from "@/components/ui/breadcrumb";

export const metadata: Metadata = { title: "Import des agents" };

export default async function ImportAgents() {
  await requireRole("GESTIONNAIRE");
  return (
    <div>
      <Breadcrumb
        items={[
          { label: "Espace gestionnaire", href: "/gestion" },
          { label: "Agents", href: "/gestion/agents" },
        ]}
        current="Import"
      />
      <h1 className="mb-4 text-3xl font-bold">Import des agents (CSV)</h1>
      <p className="mb-4 max-w-3xl">
        Chargez la liste des agents et de leur situation de carrière. Vérifiez d&apos;abord le
        fichier : rien n&apos;est enregistré tant que vous n&apos;avez pas cliqué sur « Importer »,
        et un fichier qui contient une erreur n&apos;est jamais importé en partie. Un agent est
        reconnu par son NUMEN : importer de nouveau le même fichier ne change rien, et un fichier
        corrigé ne modifie que les agents concernés.
      </p>
      <ul className="mb-6 max-w-3xl list-disc space-y-1 pl-6">
        <li>
          Chaque nouvel agent reçoit un compte enseignant : identifiant (initiale du prénom et nom)
          et mot de passe initial égal à son NUMEN.
        </li>
        <li>
          Les colonnes facultatives absentes du fichier laissent inchangées les données déjà
          enregistrées.
        </li>
        <li>
          Les dates de carrière de chaque agent (une ligne par étape) se chargent ensuite avec{" "}
          <Link href="/gestion/import/carrieres">l&apos;import des carrières</Link>.
        </li>
        <li>
          <a href="/gestion/import/modele" download>
            Télécharger un modèle de fichier (CSV)
          </a>
        </li>
      </ul>
      <details className="mb-8 max-w-5xl border border-bordure/40 p-4">
        <summary className="cursor-pointer font-bold text-bleu">Format du fichier</summary>
        <p className="my-4">
          Texte UTF-8 (un fichier Excel enregistré en « CSV (séparateur : point-virgule) » est aussi
          accepté), séparateur « ; » ou « , », une première ligne avec les noms des colonnes
          (majuscules, accents et espaces indifférents), puis une ligne par agent. Dates au format
          JJ/MM/AAAA ou AAAA-MM-JJ.
        </p>
        <Table
          caption="Colonnes du fichier d'import"
          headers={["Colonne", "Obligatoire", "Contenu", "Exemple"]}
          empty=""
          rows={IMPORT_COLUMNS.map((c) => [
            <code key="c">{c.name}</code>,
            c.required ? "oui" : "non",
            c.description,
            c.example,
          ])}
        />
      </details>
      <ImportForm action={importAgentsAction} />
    </div>
  );
}
