import Link from "next/link";
import { getCurrentUser } from "@/lib/auth/session";
import { ROLE_LABELS } from "@/lib/auth/permissions";
import { logout } from "@/app/(public)/connexion/actions";
import { HeaderMenuButton, HeaderMenuDialog } from "./header-menu";

/** The DSFR header: the bloc-marque, the service's name and tagline, and the account's quick-access links. */
export async function SiteHeader() {
  const user = await getCurrentUser();
  // «Déconnexion» stays a form POST (no state change on a GET), a button among the links.
  const tools = user ? (
    <ul className="fr-btns-group">
      <li>
        <Link className="fr-btn" href="/compte">
          Mon compte
        </Link>
      </li>
      <li>
        <form action={logout}>
          <button type="submit" className="fr-btn">
            Déconnexion
          </button>
        </form>
      </li>
    </ul>
  ) : null;
  return (
    <header role="banner" className="fr-header">
      <div className="fr-header__body">
        <div className="fr-container">
          <div className="fr-header__body-row">
            <div className="fr-header__brand fr-enlarge-link">
              <div className="fr-header__brand-top">
                <div className="fr-header__logo">
                  <p className="fr-logo">
                    République <br />
                    française
                  </p>
                </div>
                {user ? <HeaderMenuButton /> : null}
              </div>
              <div className="fr-header__service">
                <Link href={user ? "/accueil" : "/connexion"}>
                  <p className="fr-header__service-title">Avancement</p>
                </Link>
                <p className="fr-header__service-tagline">
                  Ministère de l&apos;Éducation nationale — promotions de grade des professeurs des
                  écoles (DSDEN)
                </p>
              </div>
            </div>
            {user ? (
              <div className="fr-header__tools">
                {/* Who is signed in, above the links (on small screens the menu has the links only). */}
                <p className="fr-hidden fr-unhidden-lg fr-text--sm fr-mb-0 text-right">
                  {user.displayName} ({ROLE_LABELS[user.role]})
                </p>
                <div className="fr-header__tools-links">{tools}</div>
              </div>
            ) : null}
          </div>
        </div>
      </div>
      {user ? (
        <HeaderMenuDialog who={`${user.displayName} (${ROLE_LABELS[user.role]})`}>
          {tools}
        </HeaderMenuDialog>
      ) : null}
    </header>
  );
}
