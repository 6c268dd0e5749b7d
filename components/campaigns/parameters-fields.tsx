import type { ParameterField } from "@/lib/campaigns/parameters-form";
import { PARAMETER_GROUP_LABELS } from "@/lib/campaigns/vocabulary";

/**
 * One labelled field per campaign parameter, grouped as the rule set groups them; the help
 * and the error of each field are tied to it. Values come back from a refused submission.
 */
export function ParametersFields({
  fields,
  values,
  errors,
}: {
  fields: ParameterField[];
  values?: Record<string, string>;
  errors: Record<string, string[] | undefined>;
}) {
  const groups = [...new Set(fields.map((f) => f.group))];
  return (
    <div>
      {groups.map((group) => (
        <fieldset key={group} className="fr-fieldset border border-bordure/40 fr-p-2w fr-mx-0">
          <legend className="fr-fieldset__legend">{PARAMETER_GROUP_LABELS[group] ?? group}</legend>
          {fields
            .filter((f) => f.group === group)
            .map((f) => (
              <ParameterInput
                key={f.name}
                field={f}
                value={values?.[f.name]}
                values={values}
                error={errors[f.name]?.[0]}
              />
            ))}
        </fieldset>
      ))}
    </div>
  );
}

function ParameterInput({
  field: f,
  value,
  values,
  error,
}: {
  field: ParameterField;
  value: string | undefined;
  values?: Record<string, string>;
  error?: string;
}) {
  const id = `param-${f.path.replace(/\./g, "-")}`;
  const helpId = f.help ? `${id}-aide` : undefined;
  const errorId = error ? `${id}-erreur` : undefined;
  const describedBy = [helpId, errorId].filter(Boolean).join(" ") || undefined;
  const shown = value ?? f.value;
  const aria = { "aria-describedby": describedBy, "aria-invalid": error ? true : undefined };
  const help = f.help ? (
    <p id={helpId} className="fr-hint-text fr-mb-0">
      {f.help}
    </p>
  ) : null;
  const err = error ? (
    <p id={errorId} className="fr-error-text">
      {error}
    </p>
  ) : null;
  if (f.kind === "boolean") {
    return (
      <div
        className={`fr-checkbox-group fr-mb-2w ${error ? "fr-checkbox-group--error" : ""}`.trim()}
      >
        {/* Unticked boxes are not sent: the hidden field says the box was on the form. */}
        <input type="hidden" name={f.name} value="" />
        <input id={id} type="checkbox" name={f.name} defaultChecked={shown === "on"} {...aria} />
        <label htmlFor={id} className="fr-label">
          {f.label}
        </label>
        {help}
        {err}
      </div>
    );
  }
  if (f.kind === "multi") {
    const chosen = new Set(
      values
        ? (f.choices ?? [])
            .filter((c) => values[`${f.name}:${c.value}`] === "on")
            .map((c) => c.value)
        : f.value.split(","),
    );
    return (
      <fieldset
        className={`fr-fieldset fr-mx-0 ${error ? "fr-fieldset--error" : ""}`.trim()}
        aria-describedby={describedBy}
      >
        <legend className="fr-fieldset__legend fr-fieldset__legend--regular">{f.label}</legend>
        {help}
        {(f.choices ?? []).map((c) => (
          <div key={c.value} className="fr-fieldset__element">
            <div className="fr-checkbox-group fr-checkbox-group--sm">
              <input
                type="checkbox"
                id={`${id}-${c.value}`}
                name={`${f.name}:${c.value}`}
                defaultChecked={chosen.has(c.value)}
              />
              <label htmlFor={`${id}-${c.value}`} className="fr-label">
                {c.label}
              </label>
            </div>
          </div>
        ))}
        {err}
      </fieldset>
    );
  }
  return (
    <div
      className={`${f.choices ? "fr-select-group" : "fr-input-group"} ${error ? (f.choices ? "fr-select-group--error" : "fr-input-group--error") : ""} max-w-md`}
    >
      <label htmlFor={id} className="fr-label">
        {f.label}
      </label>
      {help}
      {f.choices ? (
        <select
          id={id}
          name={f.name}
          defaultValue={shown}
          className={`fr-select ${error ? "fr-select--error" : ""}`.trim()}
          {...aria}
        >
          {f.choices.map((c) => (
            <option key={c.value} value={c.value}>
              {c.label}
            </option>
          ))}
        </select>
      ) : (
        <input
          id={id}
          name={f.name}
          defaultValue={shown}
          inputMode={f.kind === "text" ? undefined : "decimal"}
          className={`fr-input ${error ? "fr-input--error" : ""}`.trim()}
          {...aria}
        />
      )}
      {err}
    </div>
  );
}
