import Link from "next/link";

export default function NotFound() {
  return (
    <section aria-labelledby="titre-404">
      <p className="text-sm font-bold text-gris">Erreur 404</p>
      <h1 id="titre-404" className="mb-4 text-3xl font-bold">
        Page introuvable
      </h1>
      <p className="mb-6">La page que vous cherchez n&apos;existe pas ou a été déplacée.</p>
      <Link href="/accueil">Retour à l&apos;accueil</Link>
    </section>
  );
}
