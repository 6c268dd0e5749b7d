import { expect, test } from "@playwright/test";
import { totpCode } from "../../lib/auth/totp";
import {
  alertWith,
  expectAccessible,
  lastResetLink,
  login,
  loginAs,
  logout,
  submitAndSettle,
} from "./fixtures";

test("a teacher logs in with her NUMEN and reaches the ARENA portal, I-Prof and her dossier", async ({
  page,
}) => {
  await loginAs(page, "claire");
  await expect(
    page.getByRole("heading", { level: 1, name: "Bienvenue Claire Tartemuche" }),
  ).toBeVisible();
  await expect(page.getByText("Votre mot de passe est celui attribué par défaut")).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: "I-Prof Enseignant" }).click();
  await expect(
    page.getByRole("heading", { name: "I-Prof - Votre assistant Carrière" }),
  ).toBeVisible();
  await page.getByRole("link", { name: "Les services" }).click();
  await expect(
    page.getByText(
      "Le service SIAP n'est pas accessible pour saisir vos demandes de promotion hors corps.",
    ),
  ).toBeVisible();
  const current = page.getByRole("region", { name: "Campagnes en cours" });
  await expect(
    // .first(): candidature.spec.ts may have opened another one, three years ahead.
    current.getByText(/Classe exceptionnelle des professeurs des écoles — campagne/).first(),
  ).toBeVisible();
  await expect(
    page.getByText(/Hors classe des professeurs des écoles — campagne/).first(),
  ).toBeVisible();
  await page.goto("/iprof");
  await page.getByRole("link", { name: "Consulter votre dossier" }).click();
  await expect(page.getByRole("heading", { name: /Claire Tartemuche/ })).toBeVisible();
});

test("a wrong password gets a clear French message and keeps the identifiant", async ({ page }) => {
  await page.goto("/connexion");
  await expectAccessible(page);
  await page.getByLabel("Identifiant").fill("ctartemuche");
  await page.getByLabel("Mot de passe", { exact: true }).fill("pas-le-bon");
  await page.getByRole("button", { name: "Valider" }).click();
  await expect(alertWith(page, "Identifiant, mot de passe ou passcode incorrect.")).toBeVisible();
  await expect(page.getByLabel("Identifiant")).toHaveValue("ctartemuche");
});

test("after five failures from one address, the account is slowed down there, even for the right password", async ({
  page,
}) => {
  await page.goto("/connexion");
  for (let i = 0; i < 6; i++) {
    await page.getByLabel("Identifiant").fill("e2e.verrou");
    await page.getByLabel("Mot de passe", { exact: true }).fill(`mauvais-${i}`);
    await submitAndSettle(page);
    await expect(
      alertWith(
        page,
        i < 5
          ? "Identifiant, mot de passe ou passcode incorrect."
          : /^Trop de tentatives infructueuses : réessayez dans 1 minute/,
      ),
    ).toBeVisible();
  }
  await page.getByLabel("Mot de passe", { exact: true }).fill("31E5555555LCK");
  await submitAndSettle(page);
  await expect(
    alertWith(page, /réessayez dans 1 minute, ou utilisez « Mot de passe oublié »/),
  ).toBeVisible();
  await expect(page).toHaveURL(/\/connexion/);
  await expect(page.getByLabel("Identifiant")).toHaveValue("e2e.verrou");
});

test("Déconnexion ends the session for good", async ({ page }) => {
  await loginAs(page, "jean");
  await logout(page);
  await expect(page.getByText("Vous êtes déconnecté.")).toBeVisible();
  await page.goto("/accueil");
  await expect(page).toHaveURL(/\/connexion/);
});

test("Dernière connexion shows the previous login, not the current one", async ({ page }) => {
  await login(page, "e2e.derniere", "31E6666666DER");
  await expect(page.getByText("Première connexion à ce portail.")).toBeVisible();
  await logout(page);
  await login(page, "e2e.derniere", "31E6666666DER");
  await expect(
    page.getByText(/^Dernière connexion le \d{2}\/\d{2}\/\d{4} à \d{2}:\d{2}$/),
  ).toBeVisible();
});

test("Mes données personnelles shows the previous login as Dernière connexion, as the home page does", async ({
  page,
}) => {
  // e2e.donnees last logged in on 21/04/2019 at 19:17 (tests/support/e2e-seed.ts).
  await login(page, "e2e.donnees", "31E1212121DON");
  await expect(
    page.getByText("Dernière connexion le 21/04/2019 à 19:17", { exact: true }),
  ).toBeVisible();
  await page.goto("/dossier/mes-donnees");
  await expect(
    page.locator("dt", { hasText: "Dernière connexion" }).locator("xpath=following-sibling::dd[1]"),
  ).toHaveText("le 21/04/2019 à 19:17");
});

test("a user enrols a security key, then logs in with PIN + passcode", async ({ page }) => {
  await login(page, "e2e.otp", "31E7777777OTP");
  await page.goto("/compte/securite");
  await page.getByRole("button", { name: "Associer une clé de sécurité" }).click();
  const secret = (await page.getByTestId("totp-secret").textContent())!.trim();
  await expect(page.getByRole("img", { name: "QR code de la clé de sécurité" })).toBeVisible();
  await page.getByLabel("Mot de passe actuel").fill("31E7777777OTP");
  await page.getByLabel("Code PIN").fill("2468");
  await page.getByLabel("Code affiché par la clé").fill(totpCode(secret, new Date()));
  await page.getByRole("button", { name: "Confirmer la clé" }).click();
  await expect(page.getByText(/Votre clé de sécurité est/)).toContainText("activée");
  // Recovery codes, shown once.
  await expect(page.getByTestId("recovery-codes").getByRole("listitem")).toHaveCount(10);
  await expectAccessible(page);
  await page.getByRole("link", { name: "J'ai noté mes codes de secours" }).click();
  await expect(page.getByRole("heading", { name: "Remplacer la clé" })).toBeVisible();
  await logout(page);

  // The password alone is no longer enough.
  await page.getByLabel("Identifiant").fill("e2e.otp");
  await page.getByLabel("Mot de passe", { exact: true }).fill("31E7777777OTP");
  await page.getByRole("button", { name: "Valider" }).click();
  await expect(alertWith(page, /saisissez votre passcode OTP/)).toBeVisible();

  // A code of the next time step: the enrolment consumed the current one.
  const next = new Date(Math.ceil(Date.now() / 30_000) * 30_000 + 1_000);
  await page
    .getByLabel("Passcode OTP (Code PIN + clé de sécurité)")
    .fill(`2468${totpCode(secret, next)}`);
  await page.getByRole("button", { name: "Valider" }).click();
  await expect(page).toHaveURL(/\/accueil$/);
});

test("a teacher finds her identifiant from her name, birth date and NUMEN", async ({ page }) => {
  await page.goto("/connexion");
  await page.getByRole("link", { name: "Rechercher votre identifiant" }).click();
  await page.getByRole("button", { name: "Rechercher" }).click();
  await expect(page.getByText("Nom : champ obligatoire.", { exact: true })).toBeVisible();
  await page.getByRole("textbox", { name: "Nom", exact: true }).fill("TARTEMUCHE");
  await page.getByLabel("Prénom").fill("Claire");
  await page.getByLabel("Date de naissance").fill("1981-05-14");
  await page.getByLabel("NUMEN").fill("31e1234567abc");
  await page.getByRole("button", { name: "Rechercher" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: "Votre identifiant est : ctartemuche" }),
  ).toBeVisible();
});

test("a refused identifiant lookup keeps the four fields as typed", async ({ page }) => {
  await page.goto("/identifiant");
  await page.getByRole("textbox", { name: "Nom", exact: true }).fill("Tartemuche");
  await page.getByLabel("Prénom").fill("Claire");
  await page.getByLabel("Date de naissance").fill("1981-05-15");
  await page.getByLabel("NUMEN").fill("31E1234567ABC");
  await page.getByRole("button", { name: "Rechercher" }).click();
  await expect(alertWith(page, "Aucun compte ne correspond à ces informations.")).toBeVisible();
  await expect(page.getByRole("textbox", { name: "Nom", exact: true })).toHaveValue("Tartemuche");
  await expect(page.getByLabel("Prénom")).toHaveValue("Claire");
  await expect(page.getByLabel("Date de naissance")).toHaveValue("1981-05-15");
  await expect(page.getByLabel("NUMEN")).toHaveValue("31E1234567ABC");
  // A field error keeps the others too.
  await page.getByLabel("Prénom").fill("");
  await page.getByRole("button", { name: "Rechercher" }).click();
  await expect(page.getByText("Prénom : champ obligatoire.", { exact: true })).toBeVisible();
  await expect(page.getByRole("textbox", { name: "Nom", exact: true })).toHaveValue("Tartemuche");
  await expect(page.getByLabel("Date de naissance")).toHaveValue("1981-05-15");
  await expect(page.getByLabel("NUMEN")).toHaveValue("31E1234567ABC");
});

test("a forgotten password is reset through the link in the outbox", async ({ page }) => {
  await page.goto("/mot-de-passe-oublie");
  await page.getByLabel("Identifiant").fill("e2e.oubli");
  await page.getByRole("button", { name: "Envoyer le lien" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Si ce compte existe" })).toBeVisible();

  // « Courriels envoyés » shows the mail, its link masked: only the addressee gets it.
  await loginAs(page, "admin");
  await page.goto("/gestion/courriels");
  const mail = page.getByRole("article").filter({ hasText: "e2e.oubli" }).first();
  await expect(mail).toContainText("[lien masqué : seul le destinataire le reçoit]");
  expect(await mail.textContent()).not.toMatch(/reinitialisation\/[\w-]+/);
  await logout(page);
  const link = await lastResetLink("e2e.oubli");

  await page.goto(new URL(link).pathname);
  await page.getByLabel("Nouveau mot de passe").fill("MonNouveauMotDePasse1");
  await page.getByLabel("Confirmation").fill("MonNouveauMotDePasse1");
  await page.getByRole("button", { name: "Enregistrer" }).click();
  await expect(page.getByText("Votre mot de passe a été modifié")).toBeVisible();
  await login(page, "e2e.oubli", "MonNouveauMotDePasse1");
});

test("a teacher is refused on the administrator's pages", async ({ page }) => {
  await loginAs(page, "claire");
  const response = await page.goto("/gestion");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "Accès refusé" })).toBeVisible();
  await page.goto("/inspection");
  await expect(page.getByRole("heading", { name: "Accès refusé" })).toBeVisible();
});

test("the inspector and the administrator land on their own workspaces", async ({ page }) => {
  await loginAs(page, "ien");
  await page.getByRole("link", { name: /I-Prof Inspecteur/ }).click();
  await expect(page.getByRole("heading", { name: "Espace inspecteur" })).toBeVisible();
  await expect(page.getByText("Toulouse Nord")).toBeVisible();
  await expectAccessible(page);
  await logout(page);
  await loginAs(page, "admin");
  await page.getByRole("link", { name: /I-Prof Gestionnaire/ }).click();
  await expect(page.getByRole("heading", { name: "Espace gestionnaire" })).toBeVisible();
  await expectAccessible(page);
});
