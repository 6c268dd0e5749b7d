import type { Metadata } from "next";
import { DecisionForm } from "@/components/gestion/decision-form";
import { Field } from "@/components/ui/field";
import { FilterBar, FilterInput } from "@/components/ui/filter-bar";
import { Notice } from "@/components/ui/notice";
import { PAGE_SIZE, pageFrom, Pagination } from "@/components/ui/pagination";
import { listFunctionsToReview } from "@/lib/dossier/queries";
import { requireRole } from "@/lib/auth/session";
import { formatCalendarDate, formatDate } from "@/lib/format";
import { functionKindLabel } from "@/lib/rules/function-kinds";
import { reviewFunctionAction } from "../actions";
import { Breadcrumb } from "@/components/ui/breadcrumb";

export const metadata: Metadata = { title: "Fonctions et missions à vérifier" };

const DONE: Record<string, string> = {
  VALIDEE: "Fonction validée : elle compte désormais pour le 1er vivier.",
  REFUSEE: "Fonction refusée : le motif est affiché à l'agent.",
};

export default async function FunctionsQueue({
  searchParams,
}: {
  searchParams: Promise<{ page?: string; q?: string; fait?: string }>;
}) {
  const user = await requireRole("GESTIONNAIRE");
  const params = await searchParams;
  const page = pageFrom(params.page);
  const q = params.q?.trim().slice(0, 80) ?? "";
  const { items, total } = await listFunctionsToReview(user, q, {
    skip: (page - 1) * PAGE_SIZE,
    take: PAGE_SIZE,
  });
  return (
    <div>
      <Breadcrumb
        items={[{ label: "Espace gestionnaire", href: "/gestion" }]}
        current="Fonctions et missions à vérifier"
      />
      <h1 className="mb-2 text-3xl font-bold">Fonctions et missions à vérifier</h1>
      <p className="mb-6 text-gris">
        {total} déclaration(s) en attente, les plus anciennes d&apos;abord. Seules les fonctions
        validées comptent pour le 1er vivier.
      </p>
      {params.fait && DONE[params.fait] ? (
        <Notice tone="success" role="status">
          <p>{DONE[params.fait]}</p>
        </Notice>
      ) : null}
      <FilterBar label="Filtrer les déclarations">
        <FilterInput name="q" label="Nom de l'agent" value={q} />
      </FilterBar>
      {items.length === 0 ? <p>Aucune déclaration en attente.</p> : null}
      <ul className="fr-raw-list space-y-6">
        {items.map((f) => (
          <li key={f.id}>
            <article aria-labelledby={`fonction-${f.id}`} className="border border-bordure/40 p-4">
              <h2 id={`fonction-${f.id}`} className="text-lg font-bold">
                {f.agent.prenom} {f.agent.nom} — {functionKindLabel(f.kind)}
              </h2>
              <p className="mb-2 text-sm text-gris">
                {f.agent.circonscription.name} · déclarée le {formatDate(f.createdAt)}
              </p>
              <p className="mb-2">
                {f.label} : du {formatCalendarDate(f.startDate)}{" "}
                {f.endDate ? `au ${formatCalendarDate(f.endDate)}` : "à ce jour"}
              </p>
              <p className="mb-4">
                Pièce justificative :{" "}
                {f.proof ? <a href={`/documents/${f.proof.id}`}>{f.proof.filename}</a> : "aucune"}
              </p>
              <DecisionForm
                id={f.id}
                action={reviewFunctionAction}
                textName="note"
                textLabel="Motif (obligatoire en cas de refus)"
                accept={{ value: "VALIDEE", label: "Valider" }}
                reject={{ value: "REFUSEE", label: "Refuser" }}
              >
                {f.kind === "EDUCATION_PRIORITAIRE" ? (
                  <Field
                    id={`ep-${f.id}`}
                    name="educationPrioritaireShare"
                    type="number"
                    min={0}
                    max={100}
                    label="Part du service en éducation prioritaire (%)"
                    hint={`Déclarée : ${f.educationPrioritaireShare == null ? "non indiquée" : `${f.educationPrioritaireShare} %`}. Corrigez-la d'après la pièce ; obligatoire pour valider (au moins 50 % pour compter).`}
                    defaultValue={f.educationPrioritaireShare ?? ""}
                  />
                ) : null}
              </DecisionForm>
            </article>
          </li>
        ))}
      </ul>
      <Pagination page={page} total={total} params={{ q }} />
    </div>
  );
}
