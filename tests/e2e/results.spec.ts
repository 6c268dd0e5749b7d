import { execFileSync } from "node:child_process";
import fs from "node:fs";
import { type Page } from "@playwright/test";
import { expectAccessible, logout, tick, expect, test } from "./fixtures";
import { currentCampaignYear } from "../../lib/campaigns/campaign-year";

// One journey on the demo hors classe campaign: avis, appréciations, tableau, publication.
test.describe.configure({ mode: "serial" });

const now = new Date();
const YEAR = currentCampaignYear(now);
const HC_TITLE = `Hors classe des professeurs des écoles — campagne ${YEAR}`;
const NEXT_TITLE = `Hors classe des professeurs des écoles — campagne ${YEAR + 1}`;
// Filled by the publication test, read by the next campaign's.
const promotedNames: string[] = [];
const promotedHrefs: string[] = [];
let keptName = "";

/** Decides every appréciation still open on the page's list, one by one. */
async function decideRemaining(page: Page, url: string) {
  await page.goto(`${url}?saisie=non`);
  const rows = page.getByRole("form", { name: /^Appréciation de / });
  const count = await rows.count();
  for (let i = 0; i < count; i++) {
    const row = rows.nth(i);
    await row.getByLabel("Niveau").selectOption({ label: "Satisfaisant" });
    await row.getByRole("button", { name: "Enregistrer" }).click();
    await expect(row.getByText("Appréciation enregistrée.")).toBeVisible();
  }
  return count;
}

test("the inspector gives Claire Tartemuche's avis, a newcomer's, then five more with the keyboard only", async ({
  page,
  signedInAs,
  newTeacher,
}) => {
  // Promouvable for the first time (10th échelon for two years at the observation date):
  // no appréciation of an earlier campaign, so her avis is expected.
  await newTeacher({
    prenom: "Nina",
    nom: "Nouvelle",
    grade: "CN",
    echelon: 10,
    echelonDate: `${YEAR - 2}-09-01`,
  });
  await signedInAs("ien");
  await page.goto("/inspection");
  await page
    .getByRole("listitem")
    .filter({ hasText: HC_TITLE })
    .getByRole("link", { name: "Saisir les avis" })
    .click();
  await expect(page).toHaveURL(/\/inspection\/campagnes\/[^/]+$/);
  const list = new URL(page.url()).pathname;
  const progress = page.getByTestId("progression");
  const before = Number(/^(\d+) \//.exec((await progress.textContent()) ?? "")?.[1]);
  await expectAccessible(page);

  await page.getByLabel("Nom", { exact: true }).fill("Tartemuche");
  await page.getByRole("button", { name: "Filtrer" }).click();
  // Her appréciation of last year is kept until she is promoted (domain.md): the row says so.
  await expect(
    page.getByText(/conservée jusqu.à la promotion : Satisfaisant\. Aucun avis n.est attendu/),
  ).toBeVisible();
  const claire = page.getByRole("form", { name: "Avis sur Claire Tartemuche" });
  await claire.getByLabel("Niveau").selectOption({ label: "Très satisfaisant" });
  await claire.getByRole("button", { name: "Enregistrer" }).click();
  await expect(claire.getByText("Avis enregistré.")).toBeVisible();
  // Not an expected avis: the counter stays.
  await expect(progress).toHaveText(new RegExp(`^${before} / \\d+ avis saisis$`));

  // « À saisir »: the expected avis not given yet, the newcomer's among them.
  await page.goto(`${list}?saisi=non`);
  const nina = page.getByRole("form", { name: "Avis sur Nina Nouvelle" });
  await nina.getByLabel("Niveau").focus();
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  await expect(nina.getByText("Avis enregistré.")).toBeVisible();
  // The counter moved with the new avis, without a reload (issue 15).
  await expect(progress).toHaveText(new RegExp(`^${before + 1} / \\d+ avis saisis$`));

  await page.goto(list);
  await page.getByLabel("Niveau").first().focus();
  for (let i = 0; i < 5; i++) {
    // Level, Tab to the reason field, Enter saves; the focus moves on to the next agent.
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await expect(page.getByText("Avis enregistré.")).toHaveCount(i + 1);
    await expect(page.locator("select:focus")).toHaveCount(1);
  }
  // The counter the page moved says the same after a reload.
  const live = (await progress.textContent()) ?? "";
  expect(Number(/^(\d+) \//.exec(live)?.[1])).toBeGreaterThanOrEqual(before + 1);
  await page.reload();
  await expect(progress).toHaveText(live);
});

test("Claire Tartemuche reads the avis under Synthèse", async ({ page, signedInAs }) => {
  await signedInAs("claire");
  await page.goto("/dossier/synthese");
  await expect(
    page
      .getByRole("listitem")
      .filter({ hasText: HC_TITLE })
      .getByText("Avis IEN Circo : Très satisfaisant"),
  ).toBeVisible();
});

test("the administrator sets appréciations, computes, previews and publishes the tableau", async ({
  page,
  signedInAs,
}) => {
  // A whole campaign's decisions, row by row where nothing is proposed.
  test.setTimeout(150_000);
  await signedInAs("admin");
  await page.goto("/gestion/campagnes");
  await page.getByRole("link", { name: HC_TITLE }).click();
  await expect(page.getByRole("heading", { level: 1, name: HC_TITLE })).toBeVisible();
  const campaignUrl = page.url();
  await page.getByRole("link", { name: "Appréciations" }).click();
  await page.getByLabel("Nom", { exact: true }).fill("Tartemuche");
  await page.getByRole("button", { name: "Filtrer" }).click();
  const row = page.getByRole("form", { name: "Appréciation de Claire Tartemuche" });
  // Kept from last year's published campaign (domain.md: kept until promoted), over this year's avis.
  await expect(row.getByLabel("Niveau")).toHaveValue("SATISFAISANT");
  await expect(
    page.getByText(
      /Appréciation reprise d'une campagne antérieure : Satisfaisant \(Hors classe des professeurs des écoles — campagne \d{4}\)/,
    ),
  ).toBeVisible();
  await row.getByRole("button", { name: "Enregistrer" }).click();
  await expect(row.getByText("Appréciation enregistrée.")).toBeVisible();

  // Publication waits for every appréciation: the proposed ones in one decision, the others one by one.
  const appreciationsUrl = page.url().split("?")[0]!;
  await page.getByRole("button", { name: /^Arrêter les \d+ appréciations proposées$/ }).click();
  const bulk = page.getByRole("dialog", { name: "Arrêter les appréciations proposées ?" });
  await expect(bulk.getByRole("button", { name: "Annuler" })).toBeFocused();
  await bulk.getByRole("button", { name: "Arrêter les appréciations proposées" }).click();
  // Every proposed appréciation is now decided; those without a proposal remain.
  await expect(page.getByText(/^À arrêter : 0 proposée\(s\)/)).toBeVisible();
  while ((await decideRemaining(page, appreciationsUrl)) > 0);
  await page.goto(appreciationsUrl);
  await expect(page.getByTestId("arretees")).toHaveText(/^(\d+) \/ \1 appréciations arrêtées$/);

  await page.goto(campaignUrl);
  await page.getByRole("button", { name: "Clore la campagne" }).click();
  // The avis window runs on: the confirmation says so and asks for it.
  const closing = page.getByRole("dialog");
  await expect(
    closing.getByText(/^Clôture anticipée : la saisie des avis devait durer jusqu'au/),
  ).toBeVisible();
  await tick(closing.getByLabel("Je confirme la clôture anticipée, avec ces conséquences."));
  await closing.getByRole("button", { name: "Clore la campagne" }).click();
  await expect(page.getByText("La campagne est close")).toBeVisible();
  await page.getByRole("link", { name: "Tableau d'avancement" }).click();
  await page.getByRole("button", { name: "Calculer le tableau d'avancement" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: "Tableau d'avancement calculé" }),
  ).toBeVisible();
  await expect(page.getByRole("heading", { name: "Aperçu avant publication" })).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: "Claire Tartemuche" })).toBeVisible();
  await expect(page.getByText("Barre (barème du dernier promu)")).toBeVisible();
  await expectAccessible(page);

  await expect(page.getByText(/^Calculé le \d{2}\/\d{2}\/\d{4} à \d{2}:\d{2}\.$/)).toBeVisible();

  await page.goto(campaignUrl);
  await page.getByRole("button", { name: "Publier les résultats" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Publier les résultats" }).click();
  await expect(page.getByText("Les résultats sont publiés.")).toBeVisible();

  await page.getByRole("link", { name: "Tableau d'avancement" }).click();
  const table = page.getByRole("table", { name: "Tableau d'avancement" });
  await expect(table.getByRole("row").filter({ hasText: "Promu(e)" }).first()).toBeVisible();
  // Each rank is read with the number examined: « 1 sur N ».
  const examined = (await table.getByRole("row").count()) - 1;
  await expect(table.getByRole("row").nth(1).locator("td, th").first()).toHaveText(
    `1 sur ${examined}`,
  );
  await expect(page.getByText("Barre (barème du dernier promu)")).toBeVisible();
  for (const row of await table.getByRole("row").filter({ hasText: "Promu(e)" }).all()) {
    promotedNames.push((await row.getByRole("link").textContent())!.trim());
    promotedHrefs.push((await row.getByRole("link").getAttribute("href"))!);
  }
  keptName = (await table
    .getByRole("row")
    .filter({ hasText: "Au-delà du contingent" })
    .first()
    .getByRole("link")
    .textContent())!.trim();
  expect(promotedNames.length).toBeGreaterThan(0);
  await logout(page);
});

test("Claire Tartemuche sees her result with the barème detail", async ({ page, signedInAs }) => {
  await signedInAs("claire");
  await page.goto("/iprof/services");
  await page
    .getByRole("link", {
      name: `Consulter les résultats de la campagne d'avancement — ${HC_TITLE}`,
    })
    .click();
  await expect(
    page.getByRole("heading", { name: "Consulter les résultats de la campagne d'avancement" }),
  ).toBeVisible();
  await expect(
    page.getByText(
      /^Vous (êtes inscrit\(e\) au tableau d'avancement|n'êtes pas promu\(e\) cette année)$/,
    ),
  ).toBeVisible();
  await expect(
    page.locator("dt", { hasText: "Votre rang" }).locator("xpath=following-sibling::dd[1]"),
  ).toHaveText(/^\d+ sur \d+ agent\(s\) examiné\(s\)/);
  const detail = page.getByRole("table", { name: "Détail du barème" });
  await expect(detail.getByRole("rowheader", { name: /Appréciation/ })).toBeVisible();
  await expect(detail.getByRole("rowheader", { name: "Barème total" })).toBeVisible();
  await expectAccessible(page);
});

test("the promotions take effect on 1 September, and the next campaign examines none of the promoted", async ({
  page,
  signedInAs,
}) => {
  test.setTimeout(120_000);
  // Play 1 September instead of waiting for it: the server's job, run once at that date.
  const port = process.env.E2E_PORT || "3100";
  const databaseUrl = fs.readFileSync(`data/e2e-database-url-${port}`, "utf8");
  execFileSync("npx", ["tsx", "scripts/run-jobs.ts", "--now", `${YEAR}-09-01T06:00:00Z`], {
    env: { ...process.env, DATABASE_URL: databaseUrl, AVANCEMENT_JOBS: "off" },
    stdio: "pipe",
  });

  await signedInAs("admin");
  await page.goto(promotedHrefs[0]!);
  await expect(page.getByText(`Promotion de grade (${HC_TITLE})`)).toBeVisible();

  await page.goto("/gestion/campagnes/nouvelle");
  await page.getByLabel("Règle de gestion").selectOption("HC_PE");
  await page.getByLabel("Année de la campagne").fill(String(YEAR + 1));
  await page.getByRole("button", { name: "Créer la campagne" }).click();
  await expect(page.getByRole("heading", { level: 1, name: NEXT_TITLE })).toBeVisible();
  await page.getByRole("button", { name: "Ouvrir la campagne" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Ouvrir la campagne" }).click();
  await expect(page.getByText("La campagne est ouverte.")).toBeVisible();
  await page.getByRole("link", { name: "Appréciations" }).click();
  await expect(page).toHaveURL(/\/appreciations$/);
  const url = page.url();
  for (const name of promotedNames) {
    await page.goto(`${url}?q=${encodeURIComponent(name.split(" ").slice(1).join(" "))}`);
    await expect(
      page.getByRole("heading", { level: 1, name: `Appréciations — ${NEXT_TITLE}` }),
    ).toBeVisible();
    await expect(page.getByRole("form", { name: `Appréciation de ${name}` })).toHaveCount(0);
  }
  await page.goto(`${url}?q=${encodeURIComponent(keptName.split(" ").slice(1).join(" "))}`);
  await expect(
    page
      .getByRole("listitem")
      .filter({ hasText: keptName })
      .getByText(
        new RegExp(`Appréciation reprise d'une campagne antérieure : .+ \\(${HC_TITLE}\\)`),
      ),
  ).toBeVisible();
});
