import type { Metadata } from "next";
import type { ReactNode } from "react";
import { SiteHeader } from "@/components/layout/site-header";
import { SiteFooter } from "@/components/layout/site-footer";
import "./globals.css";

export const metadata: Metadata = {
  title: {
    default: "Avancement — promotions des professeurs des écoles",
    template: "%s — Avancement",
  },
  description: "Portail des promotions de grade des professeurs des écoles",
  // DSFR's favicons, copied to public/ by scripts/dsfr-assets.mjs.
  icons: {
    icon: [
      { url: "/favicon.ico", sizes: "any" },
      { url: "/favicon.svg", type: "image/svg+xml" },
    ],
    apple: "/apple-touch-icon.png",
  },
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="fr" data-fr-scheme="light">
      <head>
        {/* The État's design system, served by the portal itself (CSP style-src/font-src 'self'). */}
        <link rel="stylesheet" href="/dsfr/dsfr.min.css" />
      </head>
      <body className="flex min-h-screen flex-col">
        <div className="fr-skiplinks">
          <nav className="fr-container" role="navigation" aria-label="Accès rapide">
            <ul className="fr-skiplinks__list">
              <li>
                <a className="fr-link" href="#contenu">
                  Aller au contenu
                </a>
              </li>
            </ul>
          </nav>
        </div>
        <SiteHeader />
        <main id="contenu" tabIndex={-1} className="fr-container w-full flex-1 fr-pt-4w fr-pb-8w">
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
