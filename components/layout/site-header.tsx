import Link from "next/link";
import { getCurrentUser } from "@/lib/auth/session";
import { ROLE_LABELS } from "@/lib/auth/permissions";
import { logout } from "@/app/(public)/connexion/actions";

export async function SiteHeader() {
  const user = await getCurrentUser();
  return (
    <header className="border-b border-bordure/40 shadow-sm">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-4 px-4 py-4">
        <div className="flex items-center gap-6">
          <p className="text-sm font-bold uppercase leading-tight tracking-tight" aria-label="République française">
            République
            <br />
            française
          </p>
          <div>
            <Link href={user ? "/accueil" : "/connexion"} className="text-xl font-bold text-texte no-underline">
              Avancement
            </Link>
            <p className="text-sm text-gris">Promotions de grade des professeurs des écoles — DSDEN</p>
          </div>
        </div>
        {user ? (
          <nav aria-label="Compte" className="no-print flex flex-wrap items-center gap-4 text-sm">
            <span>
              {user.displayName} <span className="text-gris">({ROLE_LABELS[user.role]})</span>
            </span>
            <Link href="/compte">Mon compte</Link>
            <form action={logout}>
              <button type="submit" className="cursor-pointer text-bleu underline underline-offset-2">
                Déconnexion
              </button>
            </form>
          </nav>
        ) : null}
      </div>
    </header>
  );
}
