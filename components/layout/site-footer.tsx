export function SiteFooter() {
  return (
    <footer className="no-print mt-12 border-t-2 border-bleu">
      <div className="mx-auto max-w-5xl px-4 py-6 text-sm text-gris">
        <p>
          Ministère de l&apos;Éducation nationale — Direction des services départementaux de l&apos;Éducation
          nationale.
        </p>
        <p className="mt-2">
          Conformément à la loi « informatique et libertés » du 6 janvier 1978, vous bénéficiez d&apos;un droit
          d&apos;accès et de rectification aux informations qui vous concernent.
        </p>
      </div>
    </footer>
  );
}
