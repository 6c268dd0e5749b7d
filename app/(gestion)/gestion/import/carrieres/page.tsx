import type { Metadata } from "next";
import { Table } from "@/components/ui/table";
import { requireRole } from "@/lib/auth/session";
import { CAREER_COLUMNS } from "@/lib/agents/career-import";
import { importCareerAction } from "./actions";
import { CareerForm } from "./career-form";
import { Breadcrumb } from "@/components/ui/breadcrumb";

export const metadata: Metadata = { title: "Import des carrières" };

export default async function ImportCareers() {
  await requireRole("GESTIONNAIRE");
  return (
    <div>
      <Breadcrumb
        items={[
          { label: "Espace gestionnaire", href: "/gestion" },
          { label: "Import", href: "/gestion/import" },
        ]}
        current="Carrières"
      />
      <h1 className="mb-4 text-3xl font-bold">Import des carrières (CSV)</h1>
      <p className="mb-4 max-w-3xl">
        Chargez l&apos;historique de carrière des agents déjà importés — une ligne par étape (grade,
        échelon, date d&apos;effet) — pour que leur barème prenne en compte les bonnes dates. Pour
        chaque agent du fichier, les étapes du fichier remplacent son historique et sa situation
        actuelle suit sa dernière étape. Vérifiez d&apos;abord le fichier : rien n&apos;est
        enregistré avant « Importer », un fichier qui contient une erreur n&apos;est jamais importé
        en partie, et importer de nouveau le même fichier ne change rien.
      </p>
      <ul className="mb-6 max-w-3xl list-disc space-y-1 pl-6">
        <li>
          <a href="/gestion/import/carrieres/modele" download>
            Télécharger un modèle de fichier (CSV)
          </a>
        </li>
      </ul>
      <details className="mb-8 max-w-5xl border border-bordure/40 p-4">
        <summary className="cursor-pointer font-bold text-bleu">Format du fichier</summary>
        <Table
          caption="Colonnes du fichier des carrières"
          headers={["Colonne", "Obligatoire", "Contenu", "Exemple"]}
          empty=""
          rows={CAREER_COLUMNS.map((c) => [
            <code key="c">{c.name}</code>,
            c.required ? "oui" : "non",
            c.description,
            c.example,
          ])}
        />
      </details>
      <CareerForm action={importCareerAction} />
    </div>
  );
}
