import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { ROLE_LABELS } from "@/lib/auth/permissions";
import { DefaultPasswordBanner } from "@/components/account/default-password-banner";

export const metadata: Metadata = { title: "Mon compte" };

export default async function Account() {
  const user = await requireUser();
  return (
    <div>
      <h1 className="mb-6 text-3xl font-bold">Mon compte</h1>
      <DefaultPasswordBanner user={user} />
      <dl className="mb-8 grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2">
        <dt className="font-medium">Identifiant</dt>
        <dd>{user.identifiant}</dd>
        <dt className="font-medium">Profil</dt>
        <dd>{ROLE_LABELS[user.role]}</dd>
        <dt className="font-medium">Clé de sécurité (OTP)</dt>
        <dd>{user.totpEnabled ? "activée" : "non activée"}</dd>
      </dl>
      <ul className="list-disc space-y-2 pl-6">
        <li>
          <Link href="/compte/mot-de-passe">Changer mon mot de passe</Link>
        </li>
        <li>
          <Link href="/compte/securite">Gérer ma clé de sécurité (passcode OTP)</Link>
        </li>
      </ul>
    </div>
  );
}
