import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { PasswordForm } from "./password-form";

export const metadata: Metadata = { title: "Changer mon mot de passe" };

export default async function ChangePassword() {
  await requireUser();
  return (
    <div>
      <h1 className="mb-6 text-3xl font-bold">Changer mon mot de passe</h1>
      <p className="mb-6">
        Choisissez un mot de passe d&apos;au moins 12 caractères, avec au moins une lettre et un chiffre. Il remplace
        votre NUMEN comme mot de passe.
      </p>
      <PasswordForm />
    </div>
  );
}
