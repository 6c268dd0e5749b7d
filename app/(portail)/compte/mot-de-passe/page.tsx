import type { Metadata } from "next";
import { Notice } from "@/components/ui/notice";
import { requireUser } from "@/lib/auth/session";
import { PasswordForm } from "./password-form";

export const metadata: Metadata = { title: "Changer mon mot de passe" };

export default async function ChangePassword() {
  const user = await requireUser({ beforePasswordChange: true });
  return (
    <div>
      <h1 className="mb-6 text-3xl font-bold">Changer mon mot de passe</h1>
      {user.passwordChangeRequired ? (
        <Notice tone="info" role="status">
          <p>
            Première connexion : votre mot de passe est encore celui attribué par défaut (votre
            NUMEN). Choisissez un nouveau mot de passe pour accéder au portail.
          </p>
        </Notice>
      ) : null}
      <p className="mb-6">
        Choisissez un mot de passe d&apos;au moins 12 caractères, avec au moins une lettre et un
        chiffre. Il remplace votre NUMEN comme mot de passe. Vos autres sessions ouvertes seront
        fermées.
      </p>
      <PasswordForm />
    </div>
  );
}
