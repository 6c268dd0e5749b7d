import type { Metadata } from "next";
import Link from "next/link";
import { requireRole } from "@/lib/auth/session";

export const metadata: Metadata = { title: "I-Prof — Votre assistant Carrière" };

export default async function IProfHome() {
  await requireRole("ENSEIGNANT");
  return (
    <div>
      <h1 className="mb-6 text-3xl font-bold">I-Prof - Votre assistant Carrière</h1>
      <ul className="fr-raw-list grid gap-4 sm:grid-cols-2">
        <li className="border border-bordure/40 p-5">
          <h2 className="mb-2 text-xl font-bold">
            <Link href="/iprof/services">Les services</Link>
          </h2>
          <p>Promotions (SIAP), mutations, rendez-vous de carrière.</p>
        </li>
        <li className="border border-bordure/40 p-5">
          <h2 className="mb-2 text-xl font-bold">
            <Link href="/dossier">Consulter votre dossier</Link>
          </h2>
          <p>
            Votre situation de carrière, vos affectations, vos fonctions et missions, la synthèse.
          </p>
        </li>
      </ul>
    </div>
  );
}
