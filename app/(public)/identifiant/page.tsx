import type { Metadata } from "next";
import Link from "next/link";
import { LookupForm } from "./lookup-form";

export const metadata: Metadata = { title: "Rechercher votre identifiant" };

export default function LookupPage() {
  return (
    <div>
      <h1 className="mb-4 text-3xl font-bold">Rechercher votre identifiant</h1>
      <p className="mb-6">
        Saisissez votre nom, votre prénom, votre date de naissance et votre NUMEN (il figure sur vos
        documents administratifs et vos bulletins de salaire).
      </p>
      <LookupForm />
      <p className="mt-8">
        <Link href="/connexion">Retour à l&apos;authentification</Link>
      </p>
    </div>
  );
}
