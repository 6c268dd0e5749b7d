import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { Notice } from "@/components/ui/notice";
import { getCurrentUser } from "@/lib/auth/session";
import { LoginForm } from "./login-form";

export const metadata: Metadata = { title: "Authentification" };

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  if (await getCurrentUser()) redirect("/accueil");
  const params = await searchParams;
  return (
    <div className="grid gap-10 md:grid-cols-[3fr_2fr]">
      <section aria-labelledby="titre-connexion">
        <h1 id="titre-connexion" className="mb-2 text-3xl font-bold">
          Authentification
        </h1>
        <p className="mb-6 text-gris">
          Accédez à vos applications avec votre identifiant et votre mot de passe I-Prof.
        </p>
        {params.deconnecte ? (
          <Notice tone="success" role="status">
            <p>Vous êtes déconnecté.</p>
          </Notice>
        ) : null}
        {params.reinitialise ? (
          <Notice tone="success" role="status">
            <p>Votre mot de passe a été modifié : connectez-vous avec le nouveau.</p>
          </Notice>
        ) : null}
        <LoginForm />
      </section>
      <aside aria-labelledby="titre-infos" className="bg-gris-clair p-6">
        <h2 id="titre-infos" className="mb-3 text-xl font-bold">
          Informations importantes
        </h2>
        <ul className="list-disc space-y-2 pl-5">
          <li>
            Vous disposez d&apos;une clé de sécurité (OTP), nous vous conseillons fortement de
            l&apos;utiliser pour vous authentifier : saisissez votre identifiant puis, dans «
            Passcode OTP », votre code PIN suivi des 6 chiffres affichés par la clé. Clé perdue :
            votre mot de passe et l&apos;un de vos codes de secours, ou votre gestionnaire, qui peut
            retirer la clé.
          </li>
          <li>
            Vous ne disposez pas d&apos;une clé de sécurité (OTP) et vous devez vous authentifier
            avec votre identifiant et votre mot de passe (à la première connexion, votre NUMEN).
            Vous pourrez ensuite associer une clé dans « Mon compte ›{" "}
            <Link href="/compte/securite">Clé de sécurité</Link> ».
          </li>
          <li>
            <Link href="/identifiant">Rechercher votre identifiant</Link>
          </li>
          <li>
            <Link href="/mot-de-passe-oublie">Mot de passe oublié</Link>
          </li>
        </ul>
      </aside>
    </div>
  );
}
