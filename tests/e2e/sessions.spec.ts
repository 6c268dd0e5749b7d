import { randomBytes } from "node:crypto";
import { expect, logout, test } from "./fixtures";

// The signedInAs fixture (tests/e2e/fixtures.ts) stands in for the login form in most
// journeys: its sessions must be the portal's own, checked like any other, and impossible to
// make without the server's secret.

const welcome = (name: string) => ({ level: 1 as const, name: `Bienvenue ${name}` });

test("a fixture session is a real one: the portal knows the user, and signing out revokes its row", async ({
  page,
  signedInAs,
  newTeacher,
  e2eData,
}) => {
  const teacher = await newTeacher();
  const { sessionId, displayName } = await signedInAs({ identifiant: teacher.identifiant });
  await page.goto("/accueil");
  await expect(page.getByRole("heading", welcome(displayName))).toBeVisible();
  const cookies = await page.context().cookies();
  await logout(page);
  const row = await e2eData.call("loginSession", { id: sessionId });
  expect(row?.revokedAt).not.toBeNull();
  // The cookie of before the sign-out, put back, no longer opens anything.
  await page.context().addCookies(cookies);
  await page.goto("/accueil");
  await expect(page).toHaveURL(/\/connexion/);
});

test("a revoked, expired or idle session row is refused, with a cookie the server signed", async ({
  browser,
  signedInAs,
  e2eData,
  baseURL,
}) => {
  const now = Date.now();
  const cases = {
    revoked: { revokedAt: new Date(now - 60_000).toISOString() },
    expired: { expiresAt: new Date(now - 60_000).toISOString() },
    // Idle for longer than SESSION_IDLE_MINUTES (30): refused, and revoked on the way.
    idle: { lastSeenAt: new Date(now - 2 * 3_600_000).toISOString() },
  };
  for (const [name, options] of Object.entries(cases)) {
    const context = await browser.newContext({ baseURL });
    const page = await context.newPage();
    const { sessionId } = await signedInAs("claire", { ...options, into: context });
    await page.goto("/accueil");
    await expect(page, name).toHaveURL(/\/connexion/);
    if (name === "idle") {
      const row = await e2eData.call("loginSession", { id: sessionId });
      expect(row?.revokedAt, name).not.toBeNull();
    }
    await context.close();
  }
});

test("a cookie for a live session row, encrypted with another secret, is refused", async ({
  page,
  signedInAs,
}) => {
  await signedInAs("claire", { secret: randomBytes(32).toString("base64url") });
  await page.goto("/accueil");
  await expect(page).toHaveURL(/\/connexion/);
  // The same fixture with the server's secret opens the page: only the secret differed.
  await signedInAs("claire");
  await page.goto("/accueil");
  await expect(page.getByRole("heading", welcome("Claire Tartemuche"))).toBeVisible();
});
