import { expectAccessible, expect, test } from "./fixtures";

// Issue 15: a campaign in preparation, its parameters as a form (French messages on the
// field, nothing typed lost), then deleted behind a confirmation whose safe choice has the focus.
test("the gestionnaire edits a draft's parameters field by field, then deletes the draft", async ({
  page,
  signedInAs,
}) => {
  test.setTimeout(120_000);
  await signedInAs("admin");
  await page.goto("/gestion/campagnes/nouvelle");
  await page.getByLabel("Règle de gestion").selectOption("ES_JUSQU_2023");
  await page.getByLabel("Année de la campagne").fill("2023");
  await page.getByRole("button", { name: "Créer la campagne" }).click();
  const title =
    "Échelon spécial de la classe exceptionnelle des professeurs des écoles — campagne 2023";
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();

  const rate = page.getByLabel("Taux de promotion (%)");
  await expect(rate).toHaveValue("20");
  await rate.fill("");
  await page.getByLabel("Nombre de promotions notifié").fill("3");
  await page.getByRole("button", { name: "Enregistrer la campagne" }).click();
  await expect(page.getByText("Renseignez ce champ.")).toBeVisible();
  await expect(page.getByLabel("Nombre de promotions notifié")).toHaveValue("3");
  await expectAccessible(page);

  await page.getByLabel("Taux de promotion (%)").fill("20");
  await page.getByRole("button", { name: "Enregistrer la campagne" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Campagne enregistrée." })).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Nombre de promotions notifié")).toHaveValue("3");

  await page.getByRole("button", { name: "Supprimer la campagne" }).click();
  const dialog = page.getByRole("dialog", { name: "Supprimer cette campagne en préparation ?" });
  await expect(dialog.getByRole("button", { name: "Annuler" })).toBeFocused();
  await dialog.getByRole("button", { name: "Supprimer la campagne" }).click();
  await expect(page.getByText("La campagne en préparation a été supprimée.")).toBeVisible();
  await expect(page.getByRole("link", { name: title })).toHaveCount(0);
});

// The ministry notifies the number of promotions while the campaign runs (domain.md: the
// notified number overrides the computed one): entered on the tableau page, refused on the
// field when it is not a number, and flagged as making the computed tableau stale.
test("the notified contingent is entered on the tableau page of a running campaign", async ({
  page,
  signedInAs,
}) => {
  await signedInAs("adminAriege");
  await page.goto("/gestion/campagnes");
  // Ariège's last hors classe: closed, its tableau computed, not published.
  await page
    .getByRole("link", { name: /^Hors classe/ })
    .first()
    .click();
  await page.getByRole("link", { name: "Tableau d'avancement" }).first().click();
  const field = page.getByLabel("Nombre de promotions notifié");
  const save = page.getByRole("button", { name: "Enregistrer le contingent notifié" });
  await field.fill("douze");
  await save.click();
  await expect(
    page.getByText("Saisissez un nombre entier de promotions, ou laissez vide.").first(),
  ).toBeVisible();
  await expect(field).toBeFocused();
  await expect(field).toHaveValue("douze");

  await field.fill("4");
  await save.click();
  await expect(
    page.getByRole("status").filter({ hasText: "Contingent notifié enregistré : 4 promotions." }),
  ).toBeVisible();
  await expect(page.getByText(/contingent notifié modifié depuis son calcul/)).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Nombre de promotions notifié")).toHaveValue("4");
  await expectAccessible(page);

  // Back to the computed contingent, as the demo had it.
  await page.getByLabel("Nombre de promotions notifié").fill("");
  await page.getByRole("button", { name: "Enregistrer le contingent notifié" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: "Contingent notifié effacé" }),
  ).toBeVisible();
});
