import { type Page } from "@playwright/test";
import { expectAccessible, logout, expect, test } from "./fixtures";

const PDF = {
  name: "justificatif.pdf",
  mimeType: "application/pdf",
  buffer: Buffer.from("%PDF-1.4\n% justificatif de test\n"),
};

// The dossier's sections are pages behind a side menu of links (DSFR fr-sidemenu), not an ARIA tablist.
function dossierMenu(page: Page) {
  return page.getByRole("navigation", { name: "Onglets du dossier" });
}

async function openTab(page: Page, label: string) {
  await dossierMenu(page).getByRole("link", { name: label, exact: true }).click();
  await expect(dossierMenu(page).getByRole("link", { name: label, exact: true })).toHaveAttribute(
    "aria-current",
    "page",
  );
  await expect(
    page.getByRole("main").getByRole("heading", { level: 2, name: label }),
  ).toBeVisible();
}

test("a teacher opens every tab, completes her dossier and reports an error that the administrator accepts", async ({
  page,
  signedInAs,
}) => {
  await signedInAs("claire");
  await page.goto("/dossier");
  await expect(page).toHaveURL(/\/dossier\/situation-de-carriere$/);
  await expect(page.getByText("Ancienneté dans l'échelon au")).toBeVisible();
  await expectAccessible(page);
  for (const label of [
    "Affectations",
    "Qualifications et compétences",
    "Activités professionnelles",
    "Fonctions et missions",
    "Distinctions honorifiques",
    "Synthèse",
    "Situation de carrière",
  ]) {
    await openTab(page, label);
  }
  // The menu's links are reached with Tab, in order, and opened with Enter.
  await dossierMenu(page).getByRole("link", { name: "Situation de carrière" }).focus();
  await page.keyboard.press("Tab");
  await expect(dossierMenu(page).getByRole("link", { name: "Affectations" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/dossier\/affectations$/);

  await openTab(page, "Activités professionnelles");
  await page.getByLabel("Intitulé").fill("Coordination du projet chorale");
  await page.getByLabel("Date de début").fill("2023-09-01");
  await page.getByLabel("Date de fin").fill("2022-06-30");
  await page.getByRole("button", { name: "Ajouter" }).click();
  await expect(
    page.getByText("La date de fin doit être postérieure à la date de début."),
  ).toBeVisible();
  await expect(page.getByLabel("Intitulé")).toHaveValue("Coordination du projet chorale");
  await page.getByLabel("Date de fin").fill("2024-06-30");
  await page.getByRole("button", { name: "Ajouter" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: "Entrée ajoutée à votre dossier." }),
  ).toBeVisible();
  await expect(
    page.getByRole("cell", { name: "Coordination du projet chorale", exact: true }),
  ).toBeVisible();

  await openTab(page, "Qualifications et compétences");
  await page.getByLabel("Type").selectOption("Certification");
  await page.getByLabel("Intitulé").fill("Certification complémentaire en anglais");
  await page.getByLabel("Date d'obtention").fill("2019-06-15");
  await page.getByRole("button", { name: "Ajouter" }).click();
  await expect(
    page.getByRole("cell", { name: "Certification complémentaire en anglais", exact: true }),
  ).toBeVisible();

  await openTab(page, "Affectations");
  await page.getByText("Signaler une erreur").click();
  await page.getByLabel("Affectation concernée").selectOption({ index: 1 });
  await page
    .getByLabel("Description de l'erreur")
    .fill("La date de début de cette affectation est erronée : voir l'arrêté joint.");
  await page.getByLabel("Pièce justificative").setInputFiles(PDF);
  await page.getByRole("button", { name: "Envoyer le signalement" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: "Votre signalement a été transmis" }),
  ).toBeVisible();
  await expect(page.getByRole("cell", { name: "En attente de traitement" })).toBeVisible();
  await logout(page);

  await signedInAs("admin");
  await page.goto("/gestion/signalements");
  await page
    .getByRole("row")
    .filter({ hasText: "La date de début de cette affectation" })
    .getByRole("link", { name: /Traiter/ })
    .click();
  await expect(page.getByRole("link", { name: /justificatif\.pdf/ })).toBeVisible();
  await page
    .getByLabel("Réponse à l'agent (obligatoire en cas de rejet)")
    .fill("Date corrigée d'après l'arrêté.");
  await page.getByLabel("Date de début de l'affectation").fill("2006-09-01");
  await page.getByRole("button", { name: "Accepter et corriger" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Signalement accepté" })).toBeVisible();
  await logout(page);

  await signedInAs("claire");
  await page.goto("/dossier/affectations");
  await expect(page.getByRole("cell", { name: "Acceptée" })).toBeVisible();
  await expect(page.getByRole("cell", { name: "Date corrigée d'après l'arrêté." })).toBeVisible();
});

test("Synthèse shows the IEN opinion and prints on one clean A4 page", async ({
  page,
  signedInAs,
}) => {
  await signedInAs("claire");
  await page.goto("/dossier/synthese");
  await expect(
    page.getByText(/^Dossier de promotion de grade de Claire Tartemuche \d{2}\/\d{2}\/\d{4}$/),
  ).toBeVisible();
  await expect(page.getByRole("heading", { name: "Avis et Appréciation" })).toBeVisible();
  await expect(page.getByText("Avis IEN Circo : Très satisfaisant")).toBeVisible();
  await expect(page.getByRole("button", { name: "Imprimer" })).toBeVisible();
  await expectAccessible(page);
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("button", { name: "Imprimer" })).toBeHidden();
  await expect(page.getByRole("navigation", { name: "Onglets du dossier" })).toBeHidden();
  await expect(page.getByRole("banner")).toBeHidden();
  await expect(page.getByRole("contentinfo")).toBeHidden();
  await page.screenshot({
    path: test.info().outputPath("synthese-impression.png"),
    fullPage: true,
  });
  const pdf = await page.pdf({ format: "A4", printBackground: true });
  const pages = pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? [];
  expect(pages).toHaveLength(1);
});

test("a fonction with a proof counts once the administrator validates it", async ({
  page,
  signedInAs,
}) => {
  await signedInAs("jean");
  await page.goto("/dossier/fonctions-et-missions");
  const duration = page.getByRole("heading", { level: 2 }).first();
  await expect(duration).toBeVisible();
  const before = await page.getByText(/^Durée de fonctions éligibles retenue au/).textContent();
  await page
    .getByRole("combobox", { name: "Fonction ou mission" })
    .selectOption("MAITRE_FORMATEUR");
  await page.getByLabel("Précisions").fill("Maître formateur, école d'application");
  await page.getByLabel("Date de début").fill("2008-09-01");
  await page.getByLabel("Date de fin").fill("2012-08-31");
  await page.getByRole("button", { name: "Ajouter" }).click();
  await expect(
    page.getByText("La pièce justificative est obligatoire.", { exact: true }).last(),
  ).toBeVisible();
  await page.getByLabel("Pièce justificative").setInputFiles(PDF);
  await page.getByRole("button", { name: "Ajouter" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Fonction ajoutée" })).toBeVisible();
  await expect(page.getByRole("cell", { name: "À vérifier" })).toBeVisible();
  await expect(page.getByText(/^Durée de fonctions éligibles retenue au/)).toHaveText(before!);
  await logout(page);

  await signedInAs("admin");
  await page.goto("/gestion/fonctions");
  await page.getByLabel("Nom de l'agent").fill("Dupont");
  await page.getByRole("button", { name: "Filtrer" }).click();
  const item = page.getByRole("article").filter({ hasText: "Jean Dupont — Maître formateur" });
  await item.getByRole("button", { name: "Valider" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Fonction validée" })).toBeVisible();
  await logout(page);

  await signedInAs("jean");
  await page.goto("/dossier/fonctions-et-missions");
  await expect(page.getByText(/^Durée de fonctions éligibles retenue au/)).not.toHaveText(before!);
  const years = (t: string | null) => Number(/: (\d+) année/.exec(t ?? "")?.[1]);
  expect(
    years(await page.getByText(/^Durée de fonctions éligibles retenue au/).textContent()),
  ).toBe(years(before) + 4);
});

test("a teacher cannot reach another teacher's dossier, documents or entries", async ({
  page,
  signedInAs,
}) => {
  await signedInAs("claire");
  await page.goto("/dossier/qualifications-et-competences");
  const editHref = await page
    .getByRole("link", { name: /^Modifier/ })
    .first()
    .getAttribute("href");
  await page.goto("/dossier/situation-de-carriere");
  const documentHref = await page
    .getByRole("link", { name: "releve-de-carriere.pdf" })
    .getAttribute("href");
  expect((await page.request.get(documentHref!)).status()).toBe(200);
  await logout(page);

  await signedInAs("jean");
  await page.goto(editHref!);
  await expect(
    page.getByRole("heading", { name: "Ajouter une qualification ou compétence" }),
  ).toBeVisible();
  await expect(page.getByRole("heading", { name: /^Modifier/ })).toHaveCount(0);
  const response = await page.request.get(documentHref!);
  expect(response.status()).toBe(403);
  expect(await response.text()).not.toContain("%PDF");
  expect((await page.goto("/gestion/agents"))?.status()).toBe(403);
  expect((await page.goto("/inspection"))?.status()).toBe(403);
});
