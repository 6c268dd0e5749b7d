import type { Metadata } from "next";
import Link from "next/link";
import { managementCounts } from "@/lib/agents/queries";
import { requireRole } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Espace gestionnaire" };

export default async function AdminHome() {
  const user = await requireRole("GESTIONNAIRE");
  const { agents, campaigns, outbox, corrections, functions } = await managementCounts(user);
  return (
    <div>
      <h1 className="mb-6 text-3xl font-bold">Espace gestionnaire</h1>
      <dl className="mb-8 grid grid-cols-3 gap-4">
        {[
          ["Agents", agents],
          ["Campagnes", campaigns],
          ["Courriels envoyés", outbox],
        ].map(([label, value]) => (
          <div key={label} className="bg-gris-clair p-4">
            <dt className="text-gris">{label}</dt>
            <dd className="text-3xl font-bold">{value}</dd>
          </div>
        ))}
      </dl>
      <ul className="list-disc space-y-2 pl-6">
        <li>
          <Link href="/gestion/campagnes">Campagnes d&apos;avancement</Link>
        </li>
        <li>
          <Link href="/gestion/agents">Agents</Link> —{" "}
          <Link href="/gestion/import">Import des agents (CSV)</Link> —{" "}
          <Link href="/gestion/import/carrieres">Import des carrières (CSV)</Link>
        </li>
        <li>
          <Link href="/gestion/signalements">Signalements d&apos;erreur</Link> ({corrections} en
          attente)
        </li>
        <li>
          <Link href="/gestion/fonctions">Fonctions et missions à vérifier</Link> ({functions} en
          attente)
        </li>
        <li>
          <Link href="/gestion/courriels">Courriels envoyés (boîte d&apos;envoi)</Link>
        </li>
      </ul>
    </div>
  );
}
