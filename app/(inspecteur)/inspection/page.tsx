import type { Metadata } from "next";
import { prisma } from "@/lib/db";
import { requireRole } from "@/lib/auth/session";
import { listCurrentCampaigns } from "@/lib/campaigns/queries";

export const metadata: Metadata = { title: "Espace inspecteur" };

export default async function InspectorHome() {
  const user = await requireRole("INSPECTEUR");
  const [circonscriptions, campaigns] = await Promise.all([
    prisma.circonscription.findMany({
      where: { id: { in: user.circonscriptionIds } },
      orderBy: { name: "asc" },
      include: { _count: { select: { agents: true, schools: true } } },
    }),
    listCurrentCampaigns(),
  ]);
  return (
    <div>
      <h1 className="mb-6 text-3xl font-bold">Espace inspecteur</h1>
      <section aria-labelledby="titre-circos" className="mb-8">
        <h2 id="titre-circos" className="mb-3 text-2xl font-bold">
          Vos circonscriptions
        </h2>
        <ul className="space-y-2">
          {circonscriptions.map((c) => (
            <li key={c.id} className="border-l-4 border-bleu bg-gris-clair p-4">
              <p className="font-bold">{c.name}</p>
              <p>
                {c._count.agents} enseignants, {c._count.schools} écoles
              </p>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="titre-campagnes">
        <h2 id="titre-campagnes" className="mb-3 text-2xl font-bold">
          Campagnes ouvertes
        </h2>
        {campaigns.length === 0 ? (
          <p>Aucune campagne n&apos;est ouverte.</p>
        ) : (
          <ul className="list-disc pl-6">
            {campaigns.map((c) => (
              <li key={c.id}>{c.title}</li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
