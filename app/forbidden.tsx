import Link from "next/link";

export default function Forbidden() {
  return (
    <section aria-labelledby="titre-403">
      <p className="text-sm font-bold text-gris">Erreur 403</p>
      <h1 id="titre-403" className="mb-4 text-3xl font-bold">
        Accès refusé
      </h1>
      <p className="mb-6">
        Vous n&apos;avez pas les droits nécessaires pour consulter cette page. Si vous pensez
        qu&apos;il s&apos;agit d&apos;une erreur, contactez votre gestionnaire.
      </p>
      <Link href="/accueil">Retour à l&apos;accueil</Link>
    </section>
  );
}
