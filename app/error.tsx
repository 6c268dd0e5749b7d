"use client";

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <section aria-labelledby="titre-erreur">
      <h1 id="titre-erreur" className="mb-4 text-3xl font-bold">
        Une erreur est survenue
      </h1>
      <p className="mb-6">
        Le service n&apos;a pas pu traiter votre demande. Vos données enregistrées ne sont pas
        perdues : réessayez dans un instant.
      </p>
      <button type="button" onClick={reset} className="fr-btn">
        Réessayer
      </button>
    </section>
  );
}
