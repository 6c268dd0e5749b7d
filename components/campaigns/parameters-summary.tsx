import { DataList } from "@/components/ui/data-list";
import { fieldText, type ParameterField } from "@/lib/campaigns/parameters-form";
import { PARAMETER_GROUP_LABELS } from "@/lib/campaigns/vocabulary";

/** The parameters of a campaign that can no longer change, grouped like the form's fields. */
export function ParametersSummary({ fields }: { fields: ParameterField[] }) {
  const groups = [...new Set(fields.map((f) => f.group))];
  return (
    <div>
      {groups.map((group) => (
        <section key={group} aria-labelledby={`parametres-${group}`}>
          <h3 id={`parametres-${group}`} className="fr-h6 fr-mb-1w">
            {PARAMETER_GROUP_LABELS[group] ?? group}
          </h3>
          <DataList
            items={fields
              .filter((f) => f.group === group)
              .map((f) => [f.label, fieldText(f)] as [string, string])}
          />
        </section>
      ))}
    </div>
  );
}
