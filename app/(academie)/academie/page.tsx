import type { Metadata } from "next";
import { Table } from "@/components/ui/table";
import { requireRole } from "@/lib/auth/session";
import { STATUS_LABELS } from "@/lib/campaigns/state-machine";
import { academieFigures, departementsOf } from "@/lib/departements/queries";

export const metadata: Metadata = { title: "Espace académique" };

const percent = (v: number | null) => (v === null ? "—" : `${v.toLocaleString("fr-FR")} %`);
const count = (v: number) => v.toLocaleString("fr-FR");

// The rectorat reads every département of the académie and changes nothing: the figures of
// each campaign, département by département, from their tableaux.
export default async function AcademieHome() {
  const user = await requireRole("ACADEMIE");
  const [departements, groups] = await Promise.all([departementsOf(user), academieFigures(user)]);
  return (
    <div>
      <h1 className="mb-2 text-3xl font-bold">Espace académique</h1>
      <p className="mb-6">
        Académie de {departements[0]?.academie ?? "—"} :{" "}
        {departements.map((d) => `${d.name} (${d.code})`).join(", ")}. Les chiffres sont ceux des
        tableaux d&apos;avancement enregistrés par chaque DSDEN, figés à la publication.
      </p>
      {groups.length === 0 ? (
        <p>Aucune campagne n&apos;a encore de tableau d&apos;avancement.</p>
      ) : null}
      {groups.map((g) => (
        <section
          key={`${g.year}-${g.kind}`}
          aria-labelledby={`titre-${g.year}-${g.kind}`}
          className="mb-8"
        >
          <h2 id={`titre-${g.year}-${g.kind}`} className="mb-3 text-2xl font-bold">
            {g.title}
          </h2>
          <Table
            caption={`${g.title} : chiffres par département`}
            headers={[
              "Département",
              "État de la campagne",
              "Promouvables examinés",
              "Promotions",
              "Barre (barème du dernier promu)",
              "Femmes parmi les promouvables",
              "Femmes parmi les promus",
            ]}
            empty="Aucun département n'a cette campagne."
            rows={[
              ...g.rows.map((r) => [
                `${r.departement.name} (${r.departement.code})`,
                STATUS_LABELS[r.status],
                count(r.promouvables),
                count(r.promotions),
                r.barre === null ? "—" : count(r.barre),
                percent(r.femmesPromouvables),
                percent(r.femmesPromus),
              ]),
              [
                <strong key="t">Académie</strong>,
                "",
                count(g.total.promouvables),
                count(g.total.promotions),
                "",
                percent(g.total.femmesPromouvables),
                percent(g.total.femmesPromus),
              ],
            ]}
          />
        </section>
      ))}
    </div>
  );
}
