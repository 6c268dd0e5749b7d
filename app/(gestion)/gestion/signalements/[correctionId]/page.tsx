import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DecisionForm } from "@/components/gestion/decision-form";
import { DataList } from "@/components/ui/data-list";
import { Notice } from "@/components/ui/notice";
import { Field, SelectField } from "@/components/ui/field";
import { findCorrection } from "@/lib/dossier/queries";
import { requireRole } from "@/lib/auth/session";
import { CORRECTION_SECTIONS, CORRECTION_STATUS_LABELS } from "@/lib/dossier/corrections";
import { POSITIONS } from "@/lib/dossier/review";
import { formatCalendarDate, formatDate, GRADE_LABELS, ordinalEchelon } from "@/lib/format";
import { ZONE_LABELS } from "@/components/dossier/affectations-view";
import { treatCorrectionAction } from "../../actions";
import { Breadcrumb } from "@/components/ui/breadcrumb";

export const metadata: Metadata = { title: "Traiter un signalement" };

export default async function CorrectionDetail({
  params,
  searchParams,
}: {
  params: Promise<{ correctionId: string }>;
  searchParams: Promise<{ traite?: string }>;
}) {
  const { traite } = await searchParams;
  const user = await requireRole("GESTIONNAIRE");
  const { correctionId } = await params;
  const found = await findCorrection(user, correctionId);
  if (!found) notFound();
  const { request, target } = found;
  const { agent } = request;
  return (
    <div>
      <Breadcrumb
        items={[
          { label: "Espace gestionnaire", href: "/gestion" },
          { label: "Signalements d'erreur", href: "/gestion/signalements" },
        ]}
        current="Traiter"
      />
      <h1 className="mb-4 text-3xl font-bold">
        Signalement de {agent.prenom} {agent.nom}
      </h1>
      {traite ? (
        <Notice tone="success" role="status">
          <p>
            {traite === "accepte"
              ? "Signalement accepté : les corrections saisies sont appliquées et l'agent voit votre réponse."
              : "Signalement rejeté : l'agent voit le motif."}
          </p>
        </Notice>
      ) : null}
      <DataList
        items={[
          ["Reçu le", formatDate(request.createdAt)],
          [
            "Onglet",
            CORRECTION_SECTIONS[request.section as keyof typeof CORRECTION_SECTIONS] ??
              request.section,
          ],
          ["Description", request.description],
          [
            "Pièce justificative",
            <a
              key="d"
              href={`/documents/${request.document.id}`}
            >{`${request.document.filename} (${Math.ceil(request.document.size / 1024)} Ko)`}</a>,
          ],
          [
            "Situation actuelle",
            `${GRADE_LABELS[agent.grade]}, ${ordinalEchelon(agent.echelon)} échelon depuis le ${formatCalendarDate(agent.echelonDate)}`,
          ],
          ...(target
            ? ([
                [
                  "Affectation concernée",
                  `${target.school?.name ?? target.label}, ${target.poste}, ${ZONE_LABELS[target.zone]}, du ${formatCalendarDate(target.startDate)} ${target.endDate ? `au ${formatCalendarDate(target.endDate)}` : "à ce jour"}`,
                ],
              ] as [string, string][])
            : []),
          ["État", CORRECTION_STATUS_LABELS[request.status]],
          ...(request.answer ? ([["Réponse", request.answer]] as [string, string][]) : []),
        ]}
      />
      {request.status === "EN_ATTENTE" ? (
        <section aria-labelledby="titre-decision">
          <h2 id="titre-decision" className="mb-3 text-2xl font-bold">
            Décision
          </h2>
          <DecisionForm
            id={request.id}
            action={treatCorrectionAction}
            textName="answer"
            textLabel="Réponse à l'agent (obligatoire en cas de rejet)"
            accept={{ value: "ACCEPTEE", label: "Accepter et corriger" }}
            reject={{ value: "REJETEE", label: "Rejeter" }}
          >
            <fieldset className="fr-fieldset border border-bordure/40 fr-p-2w fr-mx-0">
              <legend className="fr-fieldset__legend">
                Correction appliquée si vous acceptez (laisser vide : inchangé)
              </legend>
              {request.section === "SITUATION" ? (
                <>
                  <h3 className="mb-2 font-bold">Échelon actuel</h3>
                  <Field name="echelon" label="Échelon" type="number" min={1} max={11} />
                  <Field name="echelonDate" label="Date d'accès à l'échelon" type="date" />
                  <h3 className="mb-2 font-bold">Une étape de la carrière</h3>
                  <SelectField
                    name="careerEventId"
                    label="Étape à corriger"
                    options={agent.careerEvents.map((e) => ({
                      value: e.id,
                      label: `${GRADE_LABELS[e.grade]}, ${ordinalEchelon(e.echelon)} échelon, le ${formatCalendarDate(e.date)} (${e.nature})`,
                    }))}
                  />
                  <Field name="careerEventDate" label="Date corrigée de cette étape" type="date" />
                  <h3 className="mb-2 font-bold">Étape manquante</h3>
                  <SelectField
                    name="newStepGrade"
                    label="Grade de l'étape à ajouter"
                    options={Object.entries(GRADE_LABELS).map(([value, label]) => ({
                      value,
                      label,
                    }))}
                  />
                  <Field
                    name="newStepEchelon"
                    label="Échelon de l'étape à ajouter"
                    type="number"
                    min={1}
                    max={11}
                  />
                  <Field name="newStepDate" label="Date de l'étape à ajouter" type="date" />
                  <h3 className="mb-2 font-bold">Position et service</h3>
                  <SelectField
                    name="position"
                    label={`Position (actuellement : ${agent.position})`}
                    options={POSITIONS.map((p) => ({ value: p, label: p }))}
                  />
                  <Field
                    name="quotite"
                    label={`Quotité en % (actuellement : ${agent.quotite} %)`}
                    type="number"
                    min={10}
                    max={100}
                  />
                </>
              ) : (
                <>
                  <Field name="startDate" label="Date de début de l'affectation" type="date" />
                  <Field name="endDate" label="Date de fin de l'affectation" type="date" />
                  <SelectField
                    name="zone"
                    label="Zone"
                    options={Object.entries(ZONE_LABELS).map(([value, label]) => ({
                      value,
                      label,
                    }))}
                  />
                  <Field
                    name="affectationQuotite"
                    label="Quotité de l'affectation en %"
                    type="number"
                    min={10}
                    max={100}
                  />
                </>
              )}
            </fieldset>
          </DecisionForm>
        </section>
      ) : null}
    </div>
  );
}
