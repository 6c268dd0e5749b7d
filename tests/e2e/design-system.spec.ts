import { type Page } from "@playwright/test";
import { expect, test } from "./fixtures";

// The État's design system (DSFR, decision 0005): the official header and footer on every
// page, and every DSFR button — <button> or link styled as one — legible: its text contrasts
// at least 4.5:1 with the background it is drawn on (the global `a { color }` rule that once
// made «Candidater» blue on blue must not come back).
const now = new Date();
const YEAR = now.getMonth() >= 8 ? now.getFullYear() + 1 : now.getFullYear();
const CE_TITLE = `Classe exceptionnelle des professeurs des écoles — campagne ${YEAR}`;
const STATE_SITES = ["legifrance.gouv.fr", "gouvernement.fr", "service-public.fr", "data.gouv.fr"];

interface ButtonContrast {
  text: string;
  color: string;
  background: string;
  ratio: number;
}

/** The contrast of every visible .fr-btn, from the computed colours of the page. */
async function buttonContrasts(page: Page): Promise<ButtonContrast[]> {
  return page.locator(".fr-btn").evaluateAll((buttons) => {
    type Rgba = [number, number, number, number];
    const parse = (value: string): Rgba => {
      const m = /rgba?\(([^)]+)\)/.exec(value);
      if (!m) return [0, 0, 0, 0];
      const [r, g, b, a] = m[1]!
        .split(/[\s,/]+/)
        .filter(Boolean)
        .map(Number);
      return [r!, g!, b!, a ?? 1];
    };
    // Source-over compositing of a colour on an opaque one.
    const over = (top: Rgba, under: Rgba): Rgba =>
      [0, 1, 2].map((i) => top[i]! * top[3] + under[i]! * (1 - top[3])).concat(1) as Rgba;
    const luminance = ([r, g, b]: Rgba) => {
      const lin = (c: number) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
      return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
    };
    // The background a button is drawn on: its own and its ancestors' colours, down to white.
    const backdrop = (el: Element): Rgba => {
      const layers: Rgba[] = [];
      for (let node: Element | null = el; node; node = node.parentElement) {
        const bg = parse(getComputedStyle(node).backgroundColor);
        if (bg[3] > 0) layers.push(bg);
        if (bg[3] === 1) break;
      }
      return layers.reduceRight<Rgba>((under, top) => over(top, under), [255, 255, 255, 1]);
    };
    return buttons
      .filter((el) => {
        const box = el.getBoundingClientRect();
        const style = getComputedStyle(el);
        return (
          box.width > 0 &&
          box.height > 0 &&
          style.visibility === "visible" &&
          !(el as HTMLButtonElement).disabled
        );
      })
      .map((el) => {
        const background = backdrop(el);
        const color = over(parse(getComputedStyle(el).color), background);
        const [light, dark] = [luminance(color), luminance(background)].sort((a, b) => b - a);
        return {
          text: (el.textContent ?? "").trim() || (el.getAttribute("title") ?? ""),
          color: getComputedStyle(el).color,
          background: `rgb(${background.slice(0, 3).map(Math.round).join(", ")})`,
          ratio: Math.round(((light! + 0.05) / (dark! + 0.05)) * 100) / 100,
        };
      });
  });
}

async function expectDsfrPage(page: Page, url: string): Promise<number> {
  await page.goto(url);
  // DSFR's stylesheet and Marianne are served by the portal itself.
  expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toMatch(
    /^Marianne/,
  );
  await expect(page.getByRole("banner").locator(".fr-logo")).toHaveText(/République\s+française/i);
  const footer = page.getByRole("contentinfo");
  for (const site of STATE_SITES)
    await expect(footer.getByRole("link", { name: site })).toHaveAttribute(
      "href",
      new RegExp(`^https://(www\\.)?${site.replace(".", "\\.")}`),
    );
  await expect(footer).toContainText("Accessibilité : non conforme");
  await expect(footer).toContainText("Mentions légales");
  const contrasts = await buttonContrasts(page);
  const illegible = contrasts.filter((c) => c.ratio < 4.5);
  expect(illegible, `${url}: buttons under 4.5:1`).toEqual([]);
  return contrasts.length;
}

test("public pages: official header and footer, legible buttons, local assets", async ({
  page,
}) => {
  const external: string[] = [];
  page.on("request", (request) => {
    if (
      !request.url().startsWith(new URL(page.url() || "http://localhost").origin) &&
      !request.url().startsWith("data:")
    )
      external.push(request.url());
  });
  const cspViolations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to (load|apply)/i.test(message.text()))
      cspViolations.push(message.text());
  });
  const fonts: string[] = [];
  page.on("response", (response) => {
    if (response.url().includes("/dsfr/fonts/"))
      fonts.push(`${response.status()} ${new URL(response.url()).pathname}`);
  });
  expect(await expectDsfrPage(page, "/connexion")).toBeGreaterThan(0);
  await page.evaluate(() => document.fonts.ready);
  expect(
    fonts.some((f) => /^200 \/dsfr\/fonts\/Marianne-/.test(f)),
    fonts.join(", "),
  ).toBe(true);
  expect(
    external.filter((u) => !u.startsWith("http://localhost") && !u.startsWith("http://127.0.0.1")),
  ).toEqual([]);
  // The strict CSP (style-src/font-src 'self') lets DSFR's stylesheet, fonts and icons in.
  expect(cspViolations).toEqual([]);
  // The DSFR favicons, from the portal.
  for (const icon of ["/favicon.ico", "/favicon.svg", "/apple-touch-icon.png"])
    expect((await page.request.get(icon)).status(), icon).toBe(200);
  await expect(page.locator('link[rel="icon"][href="/favicon.svg"]')).toHaveCount(1);
  // The check itself catches the old bug: a global link colour on a blue button.
  await page.addStyleTag({ content: ".fr-btn { color: #000091 !important; }" });
  expect((await buttonContrasts(page)).filter((c) => c.ratio < 4.5).length).toBeGreaterThan(0);
});

test("teacher pages: legible buttons, «Candidater» included", async ({ page, signedInAs }) => {
  test.setTimeout(120_000);
  await signedInAs("jean");
  await page.goto("/iprof/services");
  const siap = await page
    .getByRole("listitem")
    .filter({ hasText: CE_TITLE })
    .getByRole("link", { name: "Accéder à la campagne" })
    .getAttribute("href");
  for (const url of [
    "/accueil",
    "/iprof/services",
    "/dossier/activites-professionnelles",
    "/dossier/synthese",
    siap!,
    `${siap}/candidature`,
  ])
    await expectDsfrPage(page, url);
  await page.goto(siap!);
  const candidater = page.getByRole("link", { name: "Candidater" });
  if (await candidater.count()) await expect(candidater).toHaveClass(/\bfr-btn\b/);
  // The quick-access links of the header.
  await expect(page.getByRole("banner").getByRole("link", { name: "Mon compte" })).toBeVisible();
  await expect(page.getByRole("banner").getByRole("button", { name: "Déconnexion" })).toBeVisible();
});

test("inspector pages: legible buttons", async ({ page, signedInAs }) => {
  test.setTimeout(120_000);
  await signedInAs("ien");
  await expectDsfrPage(page, "/inspection");
  const link = await page
    .getByRole("link", { name: "Saisir les avis" })
    .first()
    .getAttribute("href");
  await expectDsfrPage(page, link!);
});

test("administrator pages: legible buttons", async ({ page, signedInAs }) => {
  test.setTimeout(120_000);
  await signedInAs("admin");
  for (const url of [
    "/gestion",
    "/gestion/campagnes",
    "/gestion/agents",
    "/gestion/campagnes/nouvelle",
    "/gestion/signalements",
  ])
    await expectDsfrPage(page, url);
});

test("a confirmation dialog (fr-modal) focuses «Annuler», closes on Escape and gives the focus back", async ({
  page,
  signedInAs,
}) => {
  await signedInAs("jean");
  await page.goto("/dossier/qualifications-et-competences");
  const opener = page
    .getByRole("main")
    .getByRole("button", { name: "Supprimer", exact: true })
    .first();
  await opener.click();
  const dialog = page.getByRole("dialog", { name: "Supprimer cette entrée ?" });
  await expect(dialog).toBeVisible();
  await expect(dialog).toHaveClass(/\bfr-modal--opened\b/);
  await expect(dialog.getByRole("button", { name: "Annuler" })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();
});

test("on a small screen the header's links are in its menu dialog", async ({
  page,
  signedInAs,
}) => {
  await page.setViewportSize({ width: 400, height: 800 });
  await signedInAs("jean");
  await page.goto("/accueil");
  const header = page.getByRole("banner");
  await expect(header.locator(".fr-header__tools-links")).toBeHidden();
  await header.getByRole("button", { name: "Menu" }).click();
  const menu = page.getByRole("dialog", { name: "Menu" });
  await expect(menu.getByRole("link", { name: "Mon compte" })).toBeVisible();
  await expect(menu.getByRole("button", { name: "Fermer" })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(menu).toBeHidden();
  await header.getByRole("button", { name: "Menu" }).click();
  await menu.getByRole("button", { name: "Déconnexion" }).click();
  await expect(page).toHaveURL(/\/connexion/);
});

// The page shows the fiche while the dépôt is open; other tests close the campaign meanwhile,
// so the page is checked in whichever state it is in.
test("the candidature page, with its fiche, prints on one A4 page, without header, footer or buttons", async ({
  page,
  signedInAs,
}) => {
  await signedInAs("jean");
  await page.goto("/iprof/services");
  const siap = await page
    .getByRole("listitem")
    .filter({ hasText: CE_TITLE })
    .getByRole("link", { name: "Accéder à la campagne" })
    .getAttribute("href");
  await page.goto(`${siap}/candidature`);
  await expect(page.getByRole("heading", { level: 1, name: /^Candidater/ })).toBeVisible();
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("banner")).toBeHidden();
  await expect(page.getByRole("contentinfo")).toBeHidden();
  await expect(page.getByRole("navigation", { name: "vous êtes ici :" })).toBeHidden();
  await expect(page.locator(".fr-btn:visible")).toHaveCount(0);
  const pdf = await page.pdf({ format: "A4", printBackground: true });
  expect(pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).toHaveLength(1);
});
