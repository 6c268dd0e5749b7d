"use client";

import { useActionState } from "react";
import { Field, SelectField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionState } from "@/lib/actions/safe-action";
import type { ParameterField } from "@/lib/campaigns/parameters-form";
import { ParametersFields } from "./parameters-fields";

type Action = (prev: ActionState | undefined, formData: FormData) => Promise<ActionState>;

export interface CampaignFormValues {
  id?: string;
  ruleSet?: string;
  year?: string;
  title?: string;
  observationDate?: string;
  candidatureStart?: string;
  candidatureEnd?: string;
  opinionStart?: string;
  opinionEnd?: string;
  parameters?: string;
}

/** Creation (no id) or edition of a campaign in preparation. */
export function CampaignForm({
  action,
  ruleSets,
  initial = {},
  parameterFields,
  departements = [],
}: {
  action: Action;
  /** Creation by a gestionnaire of several départements: the campaign is made in each one ticked. */
  departements?: { value: string; label: string }[];
  ruleSets: { value: string; label: string }[];
  initial?: CampaignFormValues;
  /** Editing: one field per parameter of the campaign's rule set. */
  parameterFields?: ParameterField[];
}) {
  const [state, formAction] = useActionState(action, undefined);
  const v = { ...initial, ...(state?.ok ? {} : state?.values) } as CampaignFormValues;
  const e = state?.errors ?? {};
  const editing = Boolean(initial.id);
  return (
    <form action={formAction} noValidate>
      <FormMessage state={state} />
      {editing ? <input type="hidden" name="id" value={initial.id} /> : null}
      <div key={JSON.stringify(v)}>
        {editing ? (
          <>
            <input type="hidden" name="ruleSet" value={initial.ruleSet} />
            <input type="hidden" name="year" value={initial.year} />
          </>
        ) : (
          <>
            <SelectField
              name="ruleSet"
              label="Règle de gestion"
              required
              options={ruleSets}
              defaultValue={v.ruleSet ?? ""}
              errors={e.ruleSet}
            />
            <Field
              name="year"
              label="Année de la campagne"
              type="number"
              required
              min={2017}
              max={2100}
              defaultValue={v.year ?? ""}
              errors={e.year}
              hint="Les promotions prennent effet au 1er septembre de cette année."
            />
            {departements.length > 1 ? (
              <fieldset
                className="mb-4 border border-bordure/40 p-4"
                aria-describedby={e.departementIds ? "departementIds-error" : undefined}
              >
                <legend className="px-1 font-bold">Départements</legend>
                <p className="mb-2 text-sm">
                  La campagne est créée dans chaque département coché ; chaque DASEN publie son
                  tableau.
                </p>
                {departements.map((d) => (
                  <label key={d.value} className="mb-1 flex items-center gap-2">
                    <input type="checkbox" name="departementIds" value={d.value} defaultChecked />
                    {d.label}
                  </label>
                ))}
                {e.departementIds ? (
                  <p id="departementIds-error" className="text-erreur">
                    {e.departementIds.join(" ")}
                  </p>
                ) : null}
              </fieldset>
            ) : null}
          </>
        )}
        <Field
          name="title"
          label="Intitulé"
          defaultValue={v.title ?? ""}
          errors={e.title}
          hint="Laissez vide pour l'intitulé habituel."
        />
        <Field
          name="observationDate"
          label="Date d'observation"
          type="date"
          defaultValue={v.observationDate ?? ""}
          errors={e.observationDate}
          hint="Par défaut le 31 août de l'année de la campagne."
        />
        <fieldset className="fr-fieldset border border-bordure/40 fr-p-2w fr-mx-0">
          <legend className="fr-fieldset__legend">
            Dépôt des candidatures (règles avec acte de candidature)
          </legend>
          <Field
            name="candidatureStart"
            label="Du"
            type="date"
            defaultValue={v.candidatureStart ?? ""}
            errors={e.candidatureStart}
          />
          <Field
            name="candidatureEnd"
            label="Au (inclus)"
            type="date"
            defaultValue={v.candidatureEnd ?? ""}
            errors={e.candidatureEnd}
          />
        </fieldset>
        <fieldset className="fr-fieldset border border-bordure/40 fr-p-2w fr-mx-0">
          <legend className="fr-fieldset__legend">Saisie des avis des inspecteurs</legend>
          <Field
            name="opinionStart"
            label="Du"
            type="date"
            defaultValue={v.opinionStart ?? ""}
            errors={e.opinionStart}
          />
          <Field
            name="opinionEnd"
            label="Au (inclus)"
            type="date"
            defaultValue={v.opinionEnd ?? ""}
            errors={e.opinionEnd}
          />
        </fieldset>
        {editing && parameterFields ? (
          <>
            <h3 className="mb-2 text-xl font-bold">Paramètres de la règle de gestion</h3>
            <p className="mb-3 text-sm">
              Préremplis avec les valeurs de la règle de gestion pour {initial.year} ; modifiables
              jusqu&apos;à l&apos;ouverture de la campagne.
            </p>
            <ParametersFields
              fields={parameterFields}
              values={state?.ok ? undefined : state?.values}
              errors={e}
            />
          </>
        ) : null}
      </div>
      <SubmitButton>{editing ? "Enregistrer la campagne" : "Créer la campagne"}</SubmitButton>
    </form>
  );
}
