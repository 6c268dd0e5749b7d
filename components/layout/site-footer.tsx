// The DSFR footer: the bloc-marque, the mandatory links to the État's sites, and the
// accessibility and legal mentions. External links open in a new window, as DSFR prescribes,
// and say so in their title. «Accessibilité : non conforme» is the mention RGAA requires
// until an audit is made; the accessibility statement and the legal notices are mentions
// without pages for now (their text is the DSDEN's to write).
const STATE_SITES = [
  "legifrance.gouv.fr",
  "gouvernement.fr",
  "service-public.fr",
  "data.gouv.fr",
] as const;

export function SiteFooter() {
  return (
    <footer className="fr-footer" role="contentinfo" id="pied-de-page">
      <div className="fr-container">
        <div className="fr-footer__body">
          <div className="fr-footer__brand">
            <p className="fr-logo">
              République <br />
              française
            </p>
          </div>
          <div className="fr-footer__content">
            <p className="fr-footer__content-desc">
              Ministère de l&apos;Éducation nationale — Direction des services départementaux de
              l&apos;Éducation nationale. Conformément à la loi « informatique et libertés » du 6
              janvier 1978, vous bénéficiez d&apos;un droit d&apos;accès et de rectification aux
              informations qui vous concernent.
            </p>
            <ul className="fr-footer__content-list">
              {STATE_SITES.map((site) => (
                <li key={site} className="fr-footer__content-item">
                  <a
                    className="fr-footer__content-link"
                    href={`https://www.${site}`}
                    target="_blank"
                    rel="noopener external"
                    title={`${site} - nouvelle fenêtre`}
                  >
                    {site}
                  </a>
                </li>
              ))}
            </ul>
          </div>
        </div>
        <div className="fr-footer__bottom">
          <ul className="fr-footer__bottom-list">
            <li className="fr-footer__bottom-item">
              <span className="fr-footer__bottom-link">Accessibilité : non conforme</span>
            </li>
            <li className="fr-footer__bottom-item">
              <span className="fr-footer__bottom-link">Mentions légales</span>
            </li>
          </ul>
          <div className="fr-footer__bottom-copy">
            <p>
              Sauf mention explicite de propriété intellectuelle détenue par des tiers, les contenus
              de ce site sont proposés sous{" "}
              <a
                href="https://github.com/etalab/licence-ouverte/blob/master/LO.md"
                target="_blank"
                rel="noopener external"
                title="licence etalab-2.0 - nouvelle fenêtre"
              >
                licence etalab-2.0
              </a>
            </p>
          </div>
        </div>
      </div>
    </footer>
  );
}
