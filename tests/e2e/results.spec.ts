import { expect, test } from "@playwright/test";
import { expectAccessible, loginAs, logout } from "./fixtures";

// One journey on the demo hors classe campaign: avis, appréciations, tableau, publication.
test.describe.configure({ mode: "serial" });

const now = new Date();
const HC_TITLE = `Hors classe des professeurs des écoles — campagne ${now.getMonth() >= 8 ? now.getFullYear() + 1 : now.getFullYear()}`;

test("the inspector gives Claire Tartemuche's avis, then five more with the keyboard only", async ({ page }) => {
  await loginAs(page, "ien");
  await page.goto("/inspection");
  await page.getByRole("listitem").filter({ hasText: HC_TITLE }).getByRole("link", { name: "Saisir les avis" }).click();
  const progress = page.getByTestId("progression");
  const before = Number(/^(\d+) \//.exec((await progress.textContent()) ?? "")?.[1]);
  await expectAccessible(page);

  await page.getByLabel("Nom", { exact: true }).fill("Tartemuche");
  await page.getByRole("button", { name: "Filtrer" }).click();
  const claire = page.getByRole("form", { name: "Avis sur Claire Tartemuche" });
  await claire.getByLabel("Niveau").selectOption({ label: "Très satisfaisant" });
  await claire.getByRole("button", { name: "Enregistrer" }).click();
  await expect(claire.getByText("Avis enregistré.")).toBeVisible();

  await page.goto(`${new URL(page.url()).pathname}?saisi=non`);
  const firstSelect = page.getByLabel("Niveau").first();
  await firstSelect.focus();
  for (let i = 0; i < 5; i++) {
    // Level, Tab to the reason field, Enter saves; the focus moves on to the next agent.
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await expect(page.getByText("Avis enregistré.")).toHaveCount(i + 1);
    await expect(page.locator("select:focus")).toHaveCount(1);
  }
  await page.reload();
  await expect(progress).toHaveText(new RegExp(`^${before + 5} / \\d+ avis saisis$`));
});

test("Claire Tartemuche reads the avis under Synthèse", async ({ page }) => {
  await loginAs(page, "claire");
  await page.goto("/dossier/synthese");
  await expect(page.getByRole("listitem").filter({ hasText: HC_TITLE }).getByText("Avis IEN Circo : Très satisfaisant")).toBeVisible();
});

test("the administrator sets appréciations, computes, previews and publishes the tableau", async ({ page }) => {
  await loginAs(page, "admin");
  await page.goto("/gestion/campagnes");
  await page.getByRole("link", { name: HC_TITLE }).click();
  await expect(page.getByRole("heading", { level: 1, name: HC_TITLE })).toBeVisible();
  const campaignUrl = page.url();
  await page.getByRole("link", { name: "Appréciations" }).click();
  await page.getByLabel("Nom", { exact: true }).fill("Tartemuche");
  await page.getByRole("button", { name: "Filtrer" }).click();
  const row = page.getByRole("form", { name: "Appréciation de Claire Tartemuche" });
  await expect(row.getByLabel("Niveau")).toHaveValue("TRES_SATISFAISANT"); // proposed from the IEN avis
  await row.getByRole("button", { name: "Enregistrer" }).click();
  await expect(row.getByText("Appréciation enregistrée.")).toBeVisible();

  await page.goto(campaignUrl);
  await page.getByRole("button", { name: "Clore la campagne" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Clore la campagne" }).click();
  await expect(page.getByText("La campagne est close")).toBeVisible();
  await page.getByRole("link", { name: "Tableau d'avancement" }).click();
  await page.getByRole("button", { name: "Calculer le tableau d'avancement" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Tableau d'avancement calculé" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Aperçu avant publication" })).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: "Claire Tartemuche" })).toBeVisible();
  await expect(page.getByText("Barre (barème du dernier promu)")).toBeVisible();
  await expectAccessible(page);

  await page.goto(campaignUrl);
  await page.getByRole("button", { name: "Publier les résultats" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Publier les résultats" }).click();
  await expect(page.getByText("Les résultats sont publiés.")).toBeVisible();
  await logout(page);
});

test("Claire Tartemuche sees her result with the barème detail", async ({ page }) => {
  await loginAs(page, "claire");
  await page.goto("/iprof/services");
  await page.getByRole("link", { name: `Consulter les résultats de la campagne d'avancement — ${HC_TITLE}` }).click();
  await expect(page.getByRole("heading", { name: "Consulter les résultats de la campagne d'avancement" })).toBeVisible();
  await expect(page.getByText(/^Vous (êtes inscrit\(e\) au tableau d'avancement|n'êtes pas promu\(e\) cette année)$/)).toBeVisible();
  const detail = page.getByRole("table", { name: "Détail du barème" });
  await expect(detail.getByRole("rowheader", { name: /Appréciation/ })).toBeVisible();
  await expect(detail.getByRole("rowheader", { name: "Barème total" })).toBeVisible();
  await expectAccessible(page);
});
