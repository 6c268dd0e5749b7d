import type { ParameterField } from "@/lib/campaigns/parameters-form";
import { VIVIER_TITLES } from "@/lib/campaigns/vocabulary";

const CONTROL = "mt-1 block w-full max-w-xs border-b-2 border-texte bg-[#eeeeee] px-2 py-1";

/**
 * One labelled field per campaign parameter, grouped as the rule set groups them; the help
 * and the error of each field are tied to it. Values come back from a refused submission.
 */
export function ParametersFields({ fields, values, errors }: { fields: ParameterField[]; values?: Record<string, string>; errors: Record<string, string[] | undefined> }) {
  const groups = [...new Set(fields.map((f) => f.group))];
  return (
    <div>
      {groups.map((group) => (
        <fieldset key={group} className="mb-4 border border-bordure/40 p-4">
          <legend className="px-1 font-bold">{GROUP_LABELS[group] ?? group}</legend>
          {fields.filter((f) => f.group === group).map((f) => (
            <ParameterInput key={f.name} field={f} value={values?.[f.name]} values={values} error={errors[f.name]?.[0]} />
          ))}
        </fieldset>
      ))}
    </div>
  );
}

const GROUP_LABELS: Record<string, string> = {
  observation: "Date d'observation",
  promouvabilite: "Promouvabilité",
  appreciationPoints: "Points des appréciations",
  appreciationCaps: "Plafonds des meilleures appréciations",
  seniorityPoints: "Points d'ancienneté (plage d'appel)",
  seniority: "Points d'ancienneté",
  baremeMax: "Barème maximal",
  contingent: "Contingent de promotions",
  tieBreaks: "Départage des ex aequo, dans l'ordre",
  balanceBySex: "Équilibre femmes-hommes",
  keepAppreciationUntilPromoted: "Appréciation conservée",
  vivier1: VIVIER_TITLES[1],
  vivier2: VIVIER_TITLES[2],
  vivierShares: "Répartition entre viviers",
  reportUnusedVivier1Places: "Places non utilisées",
  minEchelon: "Promouvabilité",
  avisOrder: "Ordre du tableau",
  renewTresFavorable: "Reconduction des avis",
};

function ParameterInput({ field: f, value, values, error }: { field: ParameterField; value: string | undefined; values?: Record<string, string>; error?: string }) {
  const id = `param-${f.path.replace(/\./g, "-")}`;
  const helpId = f.help ? `${id}-aide` : undefined;
  const errorId = error ? `${id}-erreur` : undefined;
  const describedBy = [helpId, errorId].filter(Boolean).join(" ") || undefined;
  const shown = value ?? f.value;
  const aria = { "aria-describedby": describedBy, "aria-invalid": error ? true : undefined };
  const help = f.help ? (
    <p id={helpId} className="text-sm text-gris">
      {f.help}
    </p>
  ) : null;
  const err = error ? (
    <p id={errorId} className="text-sm text-erreur">
      {error}
    </p>
  ) : null;
  if (f.kind === "boolean") {
    return (
      <div className="mb-3">
        <label className="flex items-center gap-2 font-medium">
          {/* Unticked boxes are not sent: the hidden field says the box was on the form. */}
          <input type="hidden" name={f.name} value="" />
          <input id={id} type="checkbox" name={f.name} defaultChecked={shown === "on"} className="h-4 w-4" {...aria} />
          {f.label}
        </label>
        {help}
        {err}
      </div>
    );
  }
  if (f.kind === "multi") {
    const chosen = new Set(values ? (f.choices ?? []).filter((c) => values[`${f.name}:${c.value}`] === "on").map((c) => c.value) : f.value.split(","));
    return (
      <fieldset className="mb-3" aria-describedby={describedBy}>
        <legend className="font-medium">{f.label}</legend>
        {help}
        {(f.choices ?? []).map((c) => (
          <label key={c.value} className="flex items-center gap-2 text-sm">
            <input type="checkbox" name={`${f.name}:${c.value}`} defaultChecked={chosen.has(c.value)} className="h-4 w-4" />
            {c.label}
          </label>
        ))}
        {err}
      </fieldset>
    );
  }
  return (
    <div className={`mb-3 ${error ? "border-l-2 border-erreur pl-3" : ""}`}>
      <label htmlFor={id} className="block font-medium">
        {f.label}
      </label>
      {help}
      {f.choices ? (
        <select id={id} name={f.name} defaultValue={shown} className={CONTROL} {...aria}>
          {f.choices.map((c) => (
            <option key={c.value} value={c.value}>
              {c.label}
            </option>
          ))}
        </select>
      ) : (
        <input id={id} name={f.name} defaultValue={shown} inputMode={f.kind === "text" ? undefined : "decimal"} className={CONTROL} {...aria} />
      )}
      {err}
    </div>
  );
}
