import { expectAccessible, logout, tick, expect, test } from "./fixtures";
import { currentCampaignYear } from "../../lib/campaigns/campaign-year";

// The demo campaign's year: that of the next 31 August.
const now = new Date();
const DEMO_TITLE = `Classe exceptionnelle des professeurs des écoles — campagne ${currentCampaignYear(now)}`;

test("the administrator creates and opens a classe exceptionnelle campaign", async ({
  page,
  signedInAs,
}) => {
  await signedInAs("admin");
  await page.goto("/gestion/campagnes");
  await page.getByRole("link", { name: "Créer une campagne" }).click();
  await page.getByLabel("Règle de gestion").selectOption("CE_2017_2023");
  const year = new Date().getFullYear() + 3;
  await page.getByLabel("Année de la campagne").fill(String(year));
  await page.getByRole("button", { name: "Créer la campagne" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Campagne créée" })).toBeVisible();
  // From 2021 the rule set asks no candidature by default: this campaign asks it explicitly,
  // which then requires the candidature window.
  const asksCandidature = page.getByRole("checkbox", { name: /Acte de candidature au vivier 1/ });
  await expect(asksCandidature).not.toBeChecked();
  await tick(asksCandidature);
  await page
    .getByRole("group", { name: /Dépôt des candidatures/ })
    .getByLabel("Du")
    .fill(`${year}-03-02`);
  await page
    .getByRole("group", { name: /Dépôt des candidatures/ })
    .getByLabel("Au (inclus)")
    .fill(`${year}-03-23`);
  await page.getByRole("button", { name: "Enregistrer la campagne" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Campagne enregistrée." })).toBeVisible();
  await expect(
    page.getByRole("checkbox", { name: /Acte de candidature au vivier 1/ }),
  ).toBeChecked();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Ouvrir la campagne" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Ouvrir la campagne" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: "La campagne est ouverte." }),
  ).toBeVisible();
  await page.reload();
  await expect(page.getByText("Ouverte", { exact: true })).toBeVisible();
  // Parameters can no longer be edited once the campaign is open.
  await expect(page.getByRole("checkbox", { name: /Acte de candidature au vivier 1/ })).toHaveCount(
    0,
  );
});

// One journey on the demo classe exceptionnelle campaign, closed at the end: Jean's
// candidature and Claire's refusal while it is open, then Jean's receipt. The campaign
// created above is another one, and runs beside it.
test.describe("the demo campaign's candidature window", () => {
  test.describe.configure({ mode: "serial" });

  test("Jean Dupont applies, downloads his fiche, cancels and applies again", async ({
    page,
    signedInAs,
  }) => {
    await signedInAs("jean");
    await page.goto("/iprof/services");
    await page
      .getByRole("listitem")
      .filter({ hasText: DEMO_TITLE })
      .getByRole("link", { name: "Accéder à la campagne" })
      .click();
    // The seeds' words (iprof-avis-ien-hors-classe.txt, iprof-candidature-classe-exceptionnelle.txt).
    await expect(
      page.getByText(
        "Vous êtes connecté sur SIAP/Iprof (Système d'Information et d'Aide pour les Promotions), site Internet sécurisé destiné à la campagne d'avancement :",
      ),
    ).toBeVisible();
    await expect(
      page.getByText(
        "SIAP/Iprof met à votre disposition les informations utiles pour compléter les dossiers pour les avancements de grade.",
      ),
    ).toBeVisible();
    await expect(
      page.getByText(
        "Rappel : seuls les collègues relevant du 1er vivier* doivent faire acte de candidature.",
      ),
    ).toBeVisible();
    await expect(
      page.getByText("* voir « 2. Conditions d'inscription aux tableaux d'avancement » dans le BO"),
    ).toBeVisible();
    await page
      .getByRole("link", { name: "2. Conditions d'inscription aux tableaux d'avancement" })
      .click();
    await expect(page).toHaveURL(/#conditions$/);
    const conditions = page.getByRole("region", {
      name: "2. Conditions d'inscription aux tableaux d'avancement",
    });
    await expect(
      conditions.getByText(
        /^1er vivier \(fonctions particulières\) : être au moins au 3e échelon de la hors classe/,
      ),
    ).toBeVisible();
    await expect(page.getByText(/1er vivier/).first()).toBeVisible();
    await page.getByRole("link", { name: "Candidater" }).click();
    await expect(
      page.getByText("Affichez et vérifiez votre candidature avant de la valider"),
    ).toBeVisible();
    await expect(
      page.getByText(
        "Avant de procéder à cette opération assurez vous que votre dossier de candidature soit bien à jour.",
      ),
    ).toBeVisible();
    await expect(
      page.getByText(
        'Afin de constituer votre dossier, vous pouvez, si vous le désirez, saisir des informations qui ne sont pas encore dans votre dossier via le bouton "Compléter votre dossier".',
      ),
    ).toBeVisible();
    await expect(
      page.getByText(
        /^La saisie de ces données qualitatives ainsi que leur mise à jour sont laissées à votre libre appréciation\./,
      ),
    ).toBeVisible();
    await expect(
      page.getByText(
        /Ces informations seront consultables par votre gestionnaire ainsi que par les corps d'inspection\./,
      ),
    ).toBeVisible();
    await expect(
      page.getByRole("link", { name: 'loi "informatique et libertés" du 6 janvier 1978' }),
    ).toBeVisible();
    await expect(
      page.getByText(
        /vous bénéficiez d'un droit d'accès et de rectification aux informations qui vous concernent\. Si vous souhaitez exercer ce droit et obtenir communication des informations vous concernant, veuillez vous adresser à votre gestionnaire\.$/,
      ),
    ).toBeVisible();
    await expect(page.getByRole("link", { name: "Compléter votre dossier" })).toHaveAttribute(
      "href",
      "/dossier",
    );
    await expect(page.getByText("Directeur d'école", { exact: false }).first()).toBeVisible();
    await expectAccessible(page);
    await page.getByRole("button", { name: "Valider ma candidature" }).click();
    await expect(
      page.getByText("Votre demande de candidature a bien été enregistrée."),
    ).toBeVisible();
    await expect(
      page.getByText(
        "A la date de fermeture de dépôt des candidatures vous recevrez un accusé de réception de votre demande.",
      ),
    ).toBeVisible();

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Afficher votre fiche de candidature" }).click(),
    ]);
    const pdf = await download.createReadStream().then(async (stream) => {
      const chunks: Buffer[] = [];
      for await (const chunk of stream) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks);
    });
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");

    await page.getByRole("button", { name: "Annuler votre candidature" }).click();
    await page
      .getByRole("dialog")
      .getByRole("button", { name: "Oui, annuler ma candidature" })
      .click();
    // The cancellation is said, with its date and time, and kept in the history.
    await expect(
      page.getByText(/^Votre candidature a été annulée le \d{2}\/\d{2}\/\d{4} à \d{2}:\d{2}\.$/),
    ).toBeVisible();
    const history = page
      .getByRole("region", { name: "Historique de votre candidature" })
      .getByRole("listitem");
    await expect(history).toHaveText([
      /^Candidature enregistrée le \d{2}\/\d{2}\/\d{4} à \d{2}:\d{2}$/,
      /^Candidature annulée le \d{2}\/\d{2}\/\d{4} à \d{2}:\d{2}$/,
    ]);
    await expect(page.getByRole("button", { name: "Valider ma candidature" })).toBeVisible();
    await page.getByRole("button", { name: "Valider ma candidature" }).click();
    await expect(
      page.getByText("Votre demande de candidature a bien été enregistrée."),
    ).toBeVisible();
    await expect(history).toHaveText([
      /^Candidature enregistrée/,
      /^Candidature annulée/,
      /^Candidature enregistrée/,
    ]);
    // The text of the candidature paragraph is also there once recorded.
    await expect(
      page.getByText(
        /Ces informations seront consultables par votre gestionnaire ainsi que par les corps d'inspection\./,
      ),
    ).toBeVisible();
  });

  test("Claire Tartemuche is told why she cannot apply", async ({ page, signedInAs }) => {
    await signedInAs("claire");
    await page.goto("/iprof/services");
    await page
      .getByRole("listitem")
      .filter({ hasText: DEMO_TITLE })
      .getByRole("link", { name: "Accéder à la campagne" })
      .click();
    await expect(page.getByText("Vous n'êtes pas promouvable")).toBeVisible();
    await expect(page.getByText(/hors classe/i).first()).toBeVisible();
    await expect(page.getByRole("link", { name: "Candidater" })).toHaveCount(0);
    await expect(page.getByText("Vous ne relevez pas du 1er vivier")).toBeVisible();
  });

  test("closing the campaign gives Jean a numbered receipt, also in the outbox", async ({
    page,
    signedInAs,
  }) => {
    await signedInAs("admin");
    await page.goto("/gestion/campagnes");
    await page.getByRole("link", { name: DEMO_TITLE }).click();
    await page.waitForURL(/\/gestion\/campagnes\/[^/]+$/);
    const campaignPage = page.url();
    await page.getByRole("link", { name: "Candidatures" }).click();
    await page.getByLabel("Nom ou identifiant").fill("jdupont");
    await page.getByRole("button", { name: "Filtrer" }).click();
    await expect(page.getByRole("link", { name: "Jean Dupont" })).toBeVisible();
    // Back to the campaign by its address: history steps race the filter's client navigation.
    await page.goto(campaignPage);
    await page.getByRole("button", { name: "Clore la campagne" }).click();
    // The windows run on: closing early is confirmed with its consequences.
    await tick(
      page
        .getByRole("dialog")
        .getByLabel("Je confirme la clôture anticipée, avec ces conséquences."),
    );
    await page.getByRole("dialog").getByRole("button", { name: "Clore la campagne" }).click();
    await expect(
      page.getByRole("status").filter({ hasText: "les accusés de réception ont été émis" }),
    ).toBeVisible();
    await page.goto("/gestion/courriels");
    await expect(
      page
        .getByRole("article")
        .filter({ hasText: "Jean Dupont" })
        .filter({ hasText: /CE-\d{4}-031-\d{5}/ }),
    ).toBeVisible();
    await logout(page);

    await signedInAs("jean");
    await page.goto("/iprof/services");
    await page
      .getByRole("listitem")
      .filter({ hasText: DEMO_TITLE })
      .getByRole("link", { name: "Accéder à la campagne" })
      .click();
    await page.getByRole("link", { name: "Voir votre candidature" }).click();
    await expect(
      page.getByText(/^Accusé de réception n° CE-\d{4}-031-\d{5} du \d{2}\/\d{2}\/\d{4}$/),
    ).toBeVisible();
    await expect(page.getByRole("button", { name: "Annuler votre candidature" })).toHaveCount(0);
  });
});
