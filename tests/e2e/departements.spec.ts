import { expectAccessible, logout, expect, test } from "./fixtures";

// One portal for the académie (issue 12): each DSDEN's gestionnaire works in their own
// département only, and the rectorat reads the figures of both side by side.

test("the Ariège gestionnaire sees Ariège's agents and campaigns, none of Haute-Garonne's", async ({
  page,
  signedInAs,
}) => {
  await signedInAs("adminAriege");
  await page.goto("/gestion/agents?q=Tartemuche");
  await expect(page.getByRole("link", { name: /Tartemuche/ })).toHaveCount(0);
  await page.goto("/gestion/agents");
  await expect(page.getByRole("cell", { name: "Pamiers" }).first()).toBeVisible();
  await expect(page.getByText(/Toulouse Nord/)).toHaveCount(0);
  await page.goto("/gestion/campagnes");
  // Its own classe exceptionnelle, and its hors classe of last year, closed but not published.
  await expect(page.getByRole("link", { name: /Classe exceptionnelle/ })).toHaveCount(1);
  await expect(page.getByRole("link", { name: /Hors classe/ })).toHaveCount(1);
  await expectAccessible(page);
  await logout(page);
});

test("the rectorat reads each campaign's figures département by département, and nothing else", async ({
  page,
  signedInAs,
}) => {
  await signedInAs("rectorat");
  await page.goto("/accueil");
  await page.getByRole("link", { name: /I-Prof Rectorat/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Espace académique" })).toBeVisible();
  // Last year's hors classe: published in Haute-Garonne, computed in Ariège.
  const hc = page.getByRole("table", { name: /Hors classe/ }).filter({ hasText: "Ariège (09)" });
  await expect(hc.getByRole("row", { name: /Ariège \(09\)/ })).toBeVisible();
  await expect(hc.getByRole("row", { name: /Haute-Garonne \(31\)/ })).toBeVisible();
  await expect(hc.getByRole("row", { name: /Académie/ })).toBeVisible();
  await expectAccessible(page);
  const refused = await page.goto("/gestion/campagnes");
  expect(refused?.status()).toBe(403);
  await page.goto("/accueil");
  await logout(page);
});
