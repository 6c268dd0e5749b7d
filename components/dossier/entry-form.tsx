"use client";

import Link from "next/link";
import { useActionState, useMemo, useState } from "react";
import { Field, SelectField, TextareaField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import { keepTypedOnError } from "@/lib/actions/keep-typed";
import type { ActionState } from "@/lib/actions/safe-action";
import { distinctionKind } from "@/lib/dossier/distinctions";
import type { EntryKind } from "@/lib/dossier/vocabulary";
import { ENTRY_FORMS } from "./entry-fields";
import { useProofCheck } from "./use-proof-check";

type Action = (prev: ActionState | undefined, formData: FormData) => Promise<ActionState>;

/** Adds (no entry) or edits an entry; a refused or failed form keeps what was typed. */
export function EntryForm({
  kind,
  action,
  entry,
  cancelHref,
}: {
  kind: EntryKind;
  action: Action;
  entry?: { id: string; values: Record<string, string>; warning?: string };
  cancelHref?: string;
}) {
  const guarded = useMemo(() => keepTypedOnError(action), [action]);
  const [state, formAction] = useActionState(guarded, undefined);
  const proofCheck = useProofCheck(state);
  const { noun, fields } = ENTRY_FORMS[kind];
  const values = state?.values ?? entry?.values ?? {};
  const prefix = `${kind}-${entry?.id ?? "nouveau"}`;
  // A distinction's grades (or échelons) follow the distinction chosen (lib/dossier/distinctions);
  // the server checks the pair anyway. A new answer of the form resets the choice to its values.
  const [chosen, setChosen] = useState<{ at: unknown; name: string } | null>(null);
  const distinctionName =
    chosen && chosen.at === state ? chosen.name : state?.ok ? "" : (values.name ?? "");
  const optionsOf = (f: (typeof fields)[number]) => {
    const levels =
      kind === "distinction" && f.name === "rank"
        ? distinctionKind(distinctionName)?.levels
        : undefined;
    return levels ? levels.map((l) => ({ value: l, label: l })) : (f.options ?? []);
  };
  return (
    <form
      action={formAction}
      noValidate
      encType="multipart/form-data"
      className="mb-8 border border-bordure/40 p-4"
    >
      <h3 className="mb-4 text-lg font-bold">{entry ? `Modifier ${noun}` : `Ajouter ${noun}`}</h3>
      {entry?.warning ? (
        <Notice tone="warning" title="Attention">
          <p>{entry.warning}</p>
        </Notice>
      ) : null}
      <FormMessage state={state} />
      <input type="hidden" name="entry" value={kind} />
      {entry ? <input type="hidden" name="id" value={entry.id} /> : null}
      {/* key: after a success the form starts afresh; after a refusal it shows the typed values */}
      <div key={state?.ok ? `ok-${state.message}` : JSON.stringify(values)}>
        {fields.map((f) => {
          const common = {
            id: `${prefix}-${f.name}`,
            name: f.name,
            label: f.label,
            hint:
              f.type === "file" && entry
                ? "PDF, JPEG ou PNG, 5 Mo au maximum. Facultatif : sans nouveau fichier, la pièce actuelle est conservée."
                : f.hint,
            required: f.type === "file" ? !entry : f.required,
            errors:
              f.type === "file"
                ? proofCheck.fieldErrors(f.name, state?.errors?.[f.name])
                : state?.errors?.[f.name],
          };
          const value = state?.ok ? undefined : values[f.name];
          switch (f.type) {
            case "select":
              return (
                <SelectField
                  key={f.name}
                  {...common}
                  options={optionsOf(f)}
                  defaultValue={value ?? ""}
                  onChange={
                    kind === "distinction" && f.name === "name"
                      ? (e) => setChosen({ at: state, name: e.currentTarget.value })
                      : undefined
                  }
                />
              );
            case "textarea":
              return <TextareaField key={f.name} {...common} defaultValue={value ?? ""} />;
            case "file":
              return (
                <Field
                  key={f.name}
                  {...common}
                  type="file"
                  accept="application/pdf,image/jpeg,image/png"
                  onChange={proofCheck.onChange}
                />
              );
            default:
              return <Field key={f.name} {...common} type={f.type} defaultValue={value ?? ""} />;
          }
        })}
      </div>
      <div className="flex items-center gap-6">
        <SubmitButton>{entry ? "Enregistrer les modifications" : "Ajouter"}</SubmitButton>
        {cancelHref ? <Link href={cancelHref}>Annuler</Link> : null}
      </div>
    </form>
  );
}
