import fs from "node:fs";
import path from "node:path";
import { expect, type Locator, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";

// Demo accounts (README) and the accounts the e2e seed adds for tests that change them.
export const ACCOUNTS = {
  claire: { identifiant: "ctartemuche", password: "31E1234567ABC", name: "Claire Tartemuche" },
  jean: { identifiant: "jdupont", password: "31E7654321XYZ", name: "Jean Dupont" },
  ien: { identifiant: "pmartin", password: "31E1111111IEN", name: "Paul Martin" },
  admin: { identifiant: "gestionnaire", password: "31E2222222ADM", name: "Gestionnaire DSDEN 31" },
  adminAriege: {
    identifiant: "gestionnaire09",
    password: "09E2222222ADM",
    name: "Gestionnaire DSDEN 09",
  },
  rectorat: {
    identifiant: "rectorat",
    password: "ACA2222222TLS",
    name: "Rectorat de l'académie de Toulouse",
  },
} as const;

export async function login(page: Page, identifiant: string, password: string): Promise<void> {
  await page.goto("/connexion");
  await page.getByLabel("Identifiant").fill(identifiant);
  await page.getByLabel("Mot de passe", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Valider" }).click();
  await expect(page).toHaveURL(/\/accueil$/);
}

export async function loginAs(page: Page, account: keyof typeof ACCOUNTS): Promise<void> {
  await login(page, ACCOUNTS[account].identifiant, ACCOUNTS[account].password);
}

export async function logout(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Déconnexion" }).click();
  await expect(page).toHaveURL(/\/connexion/);
}

/** The page has no WCAG 2.1 AA violation that axe-core can detect. */
export async function expectAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
  ).toEqual([]);
}

/**
 * Ticks a DSFR checkbox as a user does, on its label: DSFR draws the box on the label, which
 * covers the (transparent) native input and takes the clicks, so Playwright's check() on the
 * input sees it intercepted.
 */
export async function tick(box: Locator): Promise<void> {
  const id = await box.getAttribute("id");
  await box.page().locator(`label[for="${id}"]`).click();
  await expect(box).toBeChecked();
}

/** Next renders an empty alert region of its own: find ours by its text. */
export function alertWith(page: Page, text: string | RegExp) {
  return page.getByRole("alert").filter({ hasText: text });
}

/**
 * Submits the form with its main button and waits until the answer is rendered: a stale
 * message from the previous submission must not satisfy the next assertion.
 */
export async function submitAndSettle(page: Page, name = "Valider"): Promise<void> {
  const button = page.getByRole("button", { name });
  await Promise.all([page.waitForResponse((r) => r.request().method() === "POST"), button.click()]);
  await expect(page.getByRole("button", { name })).toBeEnabled();
}

/**
 * The last reset link mailed to an account, read from its mailbox (the folder where the
 * test server drops mail, scripts/e2e-server.mjs); « Courriels envoyés » masks it.
 */
export async function lastResetLink(identifiant: string): Promise<string> {
  const dir = path.join("data", `e2e-mail-${process.env.E2E_PORT || 3100}`);
  let link: string | undefined;
  await expect
    .poll(() => {
      // The newest mail that carries a link: notices (« mot de passe modifié ») come between.
      const files = fs.existsSync(dir)
        ? fs
            .readdirSync(dir)
            .filter((f) => f.includes(identifiant))
            .sort()
            .reverse()
        : [];
      link = files
        .map(
          (f) =>
            /http:\/\/\S+\/reinitialisation\/[\w-]+/.exec(
              fs.readFileSync(path.join(dir, f), "utf8"),
            )?.[0],
        )
        .find(Boolean);
      return link;
    })
    .toBeTruthy();
  return link!;
}
