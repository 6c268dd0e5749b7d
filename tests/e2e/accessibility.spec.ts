import { ACCOUNTS, expectAccessible, expect, test } from "./fixtures";
import { currentCampaignYear } from "../../lib/campaigns/campaign-year";

// The accessibility gate: axe-core finds no WCAG 2.1 AA violation on any page, for any role.
const now = new Date();
const YEAR = currentCampaignYear(now);
const CE_TITLE = `Classe exceptionnelle des professeurs des écoles — campagne ${YEAR}`;

test("public pages", async ({ page }) => {
  for (const url of [
    "/connexion",
    "/identifiant",
    "/mot-de-passe-oublie",
    "/reinitialisation/jeton-inconnu",
    "/page-inexistante",
  ]) {
    await page.goto(url);
    await expectAccessible(page);
  }
});

test("teacher pages", async ({ page, signedInAs }) => {
  test.setTimeout(180_000);
  await signedInAs("jean");
  await page.goto("/iprof/services");
  const siap = await page
    .getByRole("listitem")
    .filter({ hasText: CE_TITLE })
    .getByRole("link", { name: "Accéder à la campagne" })
    .getAttribute("href");
  const pages = [
    "/accueil",
    "/compte",
    "/compte/mot-de-passe",
    "/compte/securite",
    "/iprof",
    "/iprof/services",
    "/dossier/situation-de-carriere",
    "/dossier/affectations",
    "/dossier/qualifications-et-competences",
    "/dossier/activites-professionnelles",
    "/dossier/fonctions-et-missions",
    "/dossier/distinctions-honorifiques",
    "/dossier/synthese",
    "/dossier/mes-donnees",
    siap!,
    `${siap}/candidature`,
  ];
  for (const url of pages) {
    await page.goto(url);
    await expectAccessible(page);
  }
  // Forms in their error state too.
  await page.goto("/dossier/activites-professionnelles");
  await page.getByRole("button", { name: "Ajouter" }).click();
  await expect(page.getByText("L'intitulé : champ obligatoire.")).toBeVisible();
  await expectAccessible(page);
});

test("inspector pages", async ({ page, signedInAs }) => {
  test.setTimeout(180_000);
  await signedInAs("ien");
  await page.goto("/accueil");
  await expectAccessible(page);
  await page.goto("/inspection");
  await expectAccessible(page);
  const link = page.getByRole("link", { name: "Saisir les avis" }).first();
  await link.click();
  await expect(page.getByTestId("progression")).toBeVisible();
  await expectAccessible(page);
  await page.locator('a[href^="/inspection/agents/"]').first().click();
  await expect(page.getByRole("heading", { level: 1, name: /^Dossier de / })).toBeVisible();
  await expectAccessible(page);
});

test("administrator pages", async ({ page, signedInAs }) => {
  test.setTimeout(180_000);
  await signedInAs("admin");
  await page.goto("/gestion/campagnes");
  const campaign = await page.getByRole("link", { name: CE_TITLE }).getAttribute("href");
  await page.goto("/gestion/agents?q=Tartemuche");
  const agent = await page.getByRole("link", { name: "Tartemuche Claire" }).getAttribute("href");
  const pages = [
    "/gestion",
    "/gestion/agents",
    agent!,
    "/gestion/campagnes",
    "/gestion/campagnes/nouvelle",
    campaign!,
    `${campaign}/candidatures`,
    `${campaign}/appreciations`,
    `${campaign}/tableau`,
    "/gestion/signalements",
    "/gestion/fonctions",
    "/gestion/courriels",
  ];
  for (const url of pages) {
    await page.goto(url);
    await expectAccessible(page);
  }
});

test("the login and the dossier work with the keyboard only", async ({ page }) => {
  await page.goto("/connexion");
  // Skip link first, then the form, in reading order.
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Aller au contenu" })).toBeFocused();
  await page.getByLabel("Identifiant").focus();
  await page.keyboard.type(ACCOUNTS.claire.identifiant);
  await page.keyboard.press("Tab");
  await page.keyboard.type(ACCOUNTS.claire.password);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/accueil$/);
  await page.getByRole("link", { name: "I-Prof Enseignant" }).focus();
  await page.keyboard.press("Enter");
  await page.getByRole("link", { name: "Consulter votre dossier" }).focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/dossier\/situation-de-carriere$/);
  // The dossier's side menu is links: Tab reaches «Synthèse», Enter opens it.
  const menu = page.getByRole("navigation", { name: "Onglets du dossier" });
  await menu.getByRole("link", { name: "Distinctions honorifiques" }).focus();
  await page.keyboard.press("Tab");
  await expect(menu.getByRole("link", { name: "Synthèse" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/dossier\/synthese$/);
  await expect(page.getByText("Avis IEN Circo : Très satisfaisant")).toBeVisible();
});
