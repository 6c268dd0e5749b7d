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
