import type { Metadata } from "next";
import Link from "next/link";
import { ResetRequestForm } from "./reset-request-form";

export const metadata: Metadata = { title: "Mot de passe oublié" };

export default function ForgottenPassword() {
  return (
    <div>
      <h1 className="mb-4 text-3xl font-bold">Mot de passe oublié</h1>
      <p className="mb-6">
        Saisissez votre identifiant : un lien pour choisir un nouveau mot de passe sera envoyé à
        votre adresse de messagerie académique. Vous ne connaissez pas votre identifiant ?{" "}
        <Link href="/identifiant">Rechercher votre identifiant</Link>.
      </p>
      <ResetRequestForm />
      <p className="mt-8">
        <Link href="/connexion">Retour à l&apos;authentification</Link>
      </p>
    </div>
  );
}
