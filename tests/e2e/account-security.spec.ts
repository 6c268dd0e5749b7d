import http from "node:http";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { expectAccessible, login, logout } from "./fixtures";

// Issue 9, the attacks that only a running server shows: next-auth's own routes, forged
// forwarded headers, bodies, the first-login change, the login page's guidance.

/** Logs in through next-auth's credentials callback directly, as a script would. */
async function callbackLogin(
  request: APIRequestContext,
  identifiant: string,
  password: string,
  forwardedFor: string,
) {
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as {
    csrfToken: string;
  };
  const response = await request.post("/api/auth/callback/credentials", {
    form: { identifiant, password, csrfToken, callbackUrl: "/accueil" },
    headers: { "X-Forwarded-For": forwardedFor },
    maxRedirects: 0,
  });
  return response.headers().location ?? "";
}

test("next-auth's own callback goes through the same throttling, whatever X-Forwarded-For says", async ({
  playwright,
}) => {
  const request = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL });
  for (let i = 0; i < 5; i++) {
    expect(await callbackLogin(request, "e2e.api", `mauvais-${i}`, `10.9.${i}.${i + 1}`)).toMatch(
      /code=invalid/,
    );
  }
  // A sixth try, with the right password and yet another forged address: still refused.
  const location = await callbackLogin(request, "e2e.api", "31E3333333API", "10.9.99.99");
  expect(location).toMatch(/code=throttled/);
  expect(location).not.toMatch(/\/accueil/);
  expect((await request.get("/accueil", { maxRedirects: 0 })).headers().location).toMatch(
    /\/connexion/,
  );
  await request.dispose();
});

test("POST /api/auth/signout ends the session on the server, not only the cookie", async ({
  browser,
}) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await login(page, "e2e.sortie", "31E2222222SOR");
  const stolen = await context.storageState();
  const { csrfToken } = (await (await context.request.get("/api/auth/csrf")).json()) as {
    csrfToken: string;
  };
  await context.request.post("/api/auth/signout", {
    form: { csrfToken, callbackUrl: "/connexion" },
    maxRedirects: 0,
  });
  // The cookie copied before the sign-out no longer opens anything.
  const thief = await browser.newContext({ storageState: stolen });
  const response = await thief.request.get("/accueil", { maxRedirects: 0 });
  expect(response.headers().location).toMatch(/\/connexion/);
  await Promise.all([context.close(), thief.close()]);
});

test("at the first login with the NUMEN, the user chooses a new password before anything else", async ({
  page,
}) => {
  await page.goto("/connexion");
  await page.getByLabel("Identifiant").fill("e2e.premiere");
  await page.getByLabel("Mot de passe", { exact: true }).fill("31E4444444PRE");
  await page.getByRole("button", { name: "Valider" }).click();
  await expect(page).toHaveURL(/\/compte\/mot-de-passe\?premiere=1$/);
  await expect(
    page.getByText(/Première connexion : votre mot de passe est encore celui attribué par défaut/),
  ).toBeVisible();
  await expectAccessible(page);
  for (const path of ["/accueil", "/dossier/synthese", "/compte/securite"]) {
    await page.goto(path);
    await expect(page, path).toHaveURL(/\/compte\/mot-de-passe\?premiere=1$/);
  }
  // Downloads refuse too.
  expect((await page.request.get("/dossier/mes-donnees/export")).status()).toBe(403);
  await page.goto("/compte/mot-de-passe");
  await page.getByLabel("Mot de passe actuel").fill("31E4444444PRE");
  await page.locator("input[name=next]").fill("MonPremierSecret2026");
  await page.getByLabel("Confirmation du nouveau mot de passe").fill("MonPremierSecret2026");
  await page.getByRole("button", { name: "Enregistrer" }).click();
  await expect(page).toHaveURL(/\/accueil/);
  await page.goto("/dossier/synthese");
  await expect(page).toHaveURL(/\/dossier\/synthese/);
  await logout(page);
  await login(page, "e2e.premiere", "MonPremierSecret2026");
});

test("the login page says where to go with and without a security key", async ({ page }) => {
  await page.goto("/connexion");
  const infos = page.getByRole("complementary", { name: "Informations importantes" });
  await expect(
    infos.getByText(
      /^Vous disposez d'une clé de sécurité \(OTP\), nous vous conseillons fortement de l'utiliser pour vous authentifier/,
    ),
  ).toBeVisible();
  await expect(
    infos.getByText(
      /^Vous ne disposez pas d'une clé de sécurité \(OTP\) et vous devez vous authentifier avec votre identifiant et votre mot de passe/,
    ),
  ).toBeVisible();
  await expect(infos.getByRole("link", { name: "Clé de sécurité" })).toHaveAttribute(
    "href",
    "/compte/securite",
  );
});

/** Sends headers announcing `length` bytes and only a first chunk, then waits for the answer. */
function postHuge(
  baseURL: string,
  path: string,
  length: number,
): Promise<{ status: number; ms: number }> {
  const url = new URL(path, baseURL);
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded", "content-length": length },
      },
      (res) => {
        res.resume();
        resolve({ status: res.statusCode ?? 0, ms: Date.now() - started });
      },
    );
    req.on("error", reject);
    req.write(Buffer.alloc(64 * 1024, "a"));
  });
}

test("a 100 MB body is refused before it is read, on /api/auth and every route handler", async ({
  request,
}) => {
  const baseURL = test.info().project.use.baseURL!;
  for (const path of [
    "/api/auth/callback/credentials",
    "/api/auth/signout",
    "/dossier/mes-donnees/export",
    "/connexion",
  ]) {
    const { status, ms } = await postHuge(baseURL, path, 100 * 1024 * 1024);
    expect(status, path).toBe(413);
    expect(ms, path).toBeLessThan(5_000);
  }
  // The server is still there for everyone else.
  expect((await request.get("/connexion")).status()).toBe(200);
});

test("scripts run only with the page's nonce, a new one per view, and the pages still work", async ({
  page,
}) => {
  const errors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error" && /Content Security Policy/i.test(m.text())) errors.push(m.text());
  });
  const first = await page.goto("/connexion");
  const policy = first!.headers()["content-security-policy"]!;
  const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
  expect(nonce).toBeTruthy();
  expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  // Every script of the page carries it, and a new page view gets a new one.
  const scripts = await page
    .locator("script")
    .evaluateAll((nodes) => nodes.map((n) => (n as HTMLScriptElement).nonce));
  expect(scripts.length).toBeGreaterThan(0);
  expect(scripts.every((n) => n === nonce)).toBe(true);
  const second = await page.request.get("/connexion");
  expect(second.headers()["content-security-policy"]).not.toContain(nonce!);
  // The client side still works under the policy: a refused login shows its message.
  await page.getByLabel("Identifiant").fill("personne");
  await page.getByLabel("Mot de passe", { exact: true }).fill("x");
  await page.getByRole("button", { name: "Valider" }).click();
  await expect(
    page.getByRole("alert").filter({ hasText: "Identifiant, mot de passe ou passcode incorrect." }),
  ).toBeVisible();
  expect(errors).toEqual([]);
});
