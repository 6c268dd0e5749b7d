import { type Page } from "@playwright/test";
import { alertWith, expect, expectAccessible, logout, test } from "./fixtures";

// Issue 15, items 1–3: the gestionnaire's agents list (search ignoring accents, filters,
// pages past the end), an agent who left marked inactive and back, the career-history import.
// A login hashes on a shared machine and axe reads whole pages: both get more time here. The
// gestionnaire signs in with the signedInAs fixture; the agents marked inactive or re-imported
// are the tests' own (newTeacher), so that the tests run side by side.
test.describe.configure({ timeout: 180_000 });

async function login(page: Page, identifiant: string, password: string): Promise<void> {
  await page.goto("/connexion");
  await page.getByLabel("Identifiant").fill(identifiant);
  await page.getByLabel("Mot de passe", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Valider" }).click();
  await expect(page).toHaveURL(/\/accueil$/, { timeout: 60_000 });
}

test("the gestionnaire searches the agents whatever the accents, filters them, and a page past the end shows the last", async ({
  page,
  signedInAs,
}) => {
  await signedInAs("admin");
  await page.goto("/gestion/agents");
  const search = page.getByRole("search", { name: "Rechercher un agent" });
  await search.getByLabel("Nom, prénom, identifiant ou NUMEN").fill("eloise LEFEVRE");
  await search.getByRole("button", { name: "Filtrer" }).click();
  await expect(page.getByText("1 agent(s).")).toBeVisible();
  await expect(page.getByRole("link", { name: "Lefèvre Éloïse" })).toBeVisible();

  // By NUMEN.
  await search.getByLabel("Nom, prénom, identifiant ou NUMEN").fill("31e7654321xyz");
  await search.getByRole("button", { name: "Filtrer" }).click();
  await expect(page.getByRole("link", { name: "Dupont Jean" })).toBeVisible();
  await expect(page.getByText("1 agent(s).")).toBeVisible();

  // Filters: hors classe only.
  await page.goto("/gestion/agents?grade=HC");
  const rows = page.getByRole("table", { name: "Agents" }).getByRole("row");
  await expect(rows.nth(1)).toContainText("Hors classe");
  await expect(page.getByRole("table", { name: "Agents" })).not.toContainText("Classe normale");

  await page.goto("/gestion/agents?page=999");
  await expect(
    page.getByText(/La page 999 n'existe pas : voici la dernière page \(\d+\)\./),
  ).toBeVisible();
  await expect(rows.nth(1)).toBeVisible();
  await expectAccessible(page);
});

test("an agent who left is marked inactive (confirmed, cannot log in, listed as inactive), then reactivated", async ({
  page,
  signedInAs,
  newTeacher,
}) => {
  const agent = await newTeacher({ prenom: "Léonie", nom: `Départ ${test.info().workerIndex}` });
  const listed = `Départ ${test.info().workerIndex} Léonie`;
  await signedInAs("admin");
  await page.goto(`/gestion/agents?q=${agent.identifiant}`);
  await page.getByRole("link", { name: listed }).click();
  await page.getByLabel("Motif").selectOption("Départ à la retraite");
  await page.getByRole("button", { name: "Marquer l'agent inactif" }).click();
  const dialog = page.getByRole("dialog", { name: "Marquer cet agent inactif ?" });
  await expect(dialog).toContainText("son compte ne pourra plus se connecter");
  await dialog.getByRole("button", { name: "Marquer inactif" }).click();
  await expect(page.getByText("L'agent est marqué inactif").first()).toBeVisible();
  await page.reload();
  await expect(page.getByText(/Agent inactif depuis le .* \(Départ à la retraite\)/)).toBeVisible();
  await page.goto(`/gestion/agents?statut=inactif&q=${agent.identifiant}`);
  await expect(page.getByRole("link", { name: listed })).toBeVisible();
  await expect(page.getByRole("table", { name: "Agents" })).toContainText("Inactif depuis le");
  await logout(page);

  // The account is refused like a wrong password.
  await page.goto("/connexion");
  await page.getByLabel("Identifiant").fill(agent.identifiant);
  await page.getByLabel("Mot de passe", { exact: true }).fill(agent.numen);
  await page.getByRole("button", { name: "Valider" }).click();
  await expect(alertWith(page, /incorrect/i)).toBeVisible({ timeout: 60_000 });
  await expect(page).toHaveURL(/\/connexion/);

  await signedInAs("admin");
  await page.goto(`/gestion/agents?q=${agent.identifiant}`);
  await page.getByRole("link", { name: listed }).click();
  await page.getByRole("button", { name: "Réactiver l'agent" }).click();
  await page
    .getByRole("dialog", { name: "Réactiver cet agent ?" })
    .getByRole("button", { name: "Réactiver l'agent" })
    .click();
  await expect(page.getByText("L'agent est de nouveau actif").first()).toBeVisible();
  await logout(page);
  await login(page, agent.identifiant, agent.numen);
});

test("the gestionnaire checks then imports a career history, twice with the same result", async ({
  page,
  signedInAs,
  newTeacher,
}) => {
  // Classe normale 6e échelon since 01/09/2022, her history derived by the factory.
  const agent = await newTeacher();
  await signedInAs("admin");
  await page.goto("/gestion/import");
  await page.getByRole("link", { name: "l'import des carrières" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Import des carrières (CSV)" }),
  ).toBeVisible();
  const template = await page.request.get("/gestion/import/carrieres/modele");
  expect(template.status()).toBe(200);
  expect(await template.text()).toContain("identifiant;numen;grade;echelon;date_effet;nature");

  const file = (text: string) => ({
    name: "carrieres.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(text, "utf8"),
  });
  const header = "identifiant;numen;grade;echelon;date_effet;nature";
  await page
    .getByLabel("Fichier CSV des carrières")
    .setInputFiles(
      file(
        `${header}\n${agent.identifiant};;CN;1;01/09/2008;\n${agent.identifiant};;CN;12;01/09/2015;\ninconnu;;CN;2;01/09/2010;\n`,
      ),
    );
  await page.getByRole("button", { name: "Vérifier le fichier" }).click();
  await expect(alertWith(page, "2 erreurs dans le fichier")).toBeVisible();
  const errors = page.getByRole("table", { name: "Erreurs du fichier, par ligne" });
  await expect(errors).toContainText("le grade CN a 11 échelons, pas 12.");
  await expect(errors).toContainText("aucun agent n'a l'identifiant « inconnu ».");
  await expect(page.getByRole("button", { name: "Importer" })).toHaveCount(0);

  const good = file(
    `${header}\n${agent.identifiant};;CN;1;01/09/2008;\n${agent.identifiant};;CN;5;01/09/2014;\n;${agent.numen};CN;6;01/09/2022;\n`,
  );
  await page.getByLabel("Fichier CSV des carrières").setInputFiles(good);
  await page.getByRole("button", { name: "Vérifier le fichier" }).click();
  await expect(
    page.getByText("Fichier valide (3 lignes) : 1 agent, 1 carrière à mettre à jour, 0 inchangée."),
  ).toBeVisible();
  await page.getByRole("button", { name: "Importer" }).click();
  await expect(
    page.getByText("Import terminé : 1 agent, 1 carrière mise à jour, 0 inchangée."),
  ).toBeVisible();

  // The same file again changes nothing.
  await page
    .getByLabel("Fichier CSV des carrières")
    .setInputFiles({ ...good, name: "carrieres-bis.csv" });
  await page.getByRole("button", { name: "Vérifier le fichier" }).click();
  await expect(
    page.getByText("Fichier valide (3 lignes) : 1 agent, 0 carrière à mettre à jour, 1 inchangée."),
  ).toBeVisible();
  await expectAccessible(page);
});
