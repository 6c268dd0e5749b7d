import { expect, test, type Browser, type APIRequestContext } from "@playwright/test";
import { login } from "./fixtures";

// The security gate for routes: every page and file route is requested as each kind of
// caller, and only the expected ones get data. Ids come from the demo data.
type Who = "anonyme" | "claire" | "jean" | "ienAutreCirco" | "ien" | "admin";
const CREDENTIALS: Record<Exclude<Who, "anonyme">, [string, string]> = {
  claire: ["ctartemuche", "31E1234567ABC"],
  jean: ["jdupont", "31E7654321XYZ"],
  ienAutreCirco: ["sgarrigues", "31E3333333IEN"],
  ien: ["pmartin", "31E1111111IEN"],
  admin: ["gestionnaire", "31E2222222ADM"],
};

async function as(browser: Browser, who: Who): Promise<APIRequestContext> {
  const context = await browser.newContext();
  if (who !== "anonyme") await login(await context.newPage(), ...CREDENTIALS[who]);
  return context.request;
}

/** 200: served; 403: refused; "login": sent to the login page; 401: file refused to anonymous. */
type Outcome = 200 | 403 | 401 | "login";

async function outcome(request: APIRequestContext, url: string): Promise<Outcome> {
  const response = await request.get(url, { maxRedirects: 0 });
  if (response.status() >= 300 && response.status() < 400) {
    expect(response.headers().location, url).toMatch(/\/connexion/);
    return "login";
  }
  return response.status() as Outcome;
}

test("every route answers only to whom it may", async ({ browser }) => {
  test.setTimeout(120_000);
  const admin = await as(browser, "admin");
  // Ids of Claire's dossier and documents, and of the demo campaigns.
  const agents = await (await admin.get("/gestion/agents?q=Tartemuche")).text();
  const claireId = /\/gestion\/agents\/(\w+)"/.exec(agents)![1]!;
  const campaigns = await (await admin.get("/gestion/campagnes")).text();
  const now = new Date();
  const demoTitle = `Classe exceptionnelle des professeurs des écoles — campagne ${now.getMonth() >= 8 ? now.getFullYear() + 1 : now.getFullYear()}`;
  const campaignId = new RegExp(`/gestion/campagnes/(\\w+)">${demoTitle}<`).exec(campaigns)![1]!;
  const claire = await as(browser, "claire");
  const situation = await (await claire.get("/dossier/situation-de-carriere")).text();
  const documentId = /\/documents\/(\w+)"/.exec(situation)![1]!;

  const T = { anonyme: "login", claire: 200, jean: 200, ienAutreCirco: 403, ien: 403, admin: 403 } as const;
  const G = { anonyme: "login", claire: 403, jean: 403, ienAutreCirco: 403, ien: 403, admin: 200 } as const;
  const matrix: [string, Record<Who, Outcome>][] = [
    ["/accueil", { anonyme: "login", claire: 200, jean: 200, ienAutreCirco: 200, ien: 200, admin: 200 }],
    ["/compte", { anonyme: "login", claire: 200, jean: 200, ienAutreCirco: 200, ien: 200, admin: 200 }],
    ["/iprof", T],
    ["/iprof/services", T],
    ["/dossier/situation-de-carriere", T],
    ["/dossier/fonctions-et-missions", T],
    ["/dossier/synthese", T],
    ["/dossier/mes-donnees", T],
    ["/dossier/mes-donnees/export", { anonyme: 403, claire: 200, jean: 200, ienAutreCirco: 403, ien: 403, admin: 403 }],
    [`/siap/${campaignId}`, T],
    [`/siap/${campaignId}/candidature`, T],
    ["/inspection", { anonyme: "login", claire: 403, jean: 403, ienAutreCirco: 200, ien: 200, admin: 403 }],
    [`/inspection/agents/${claireId}`, { anonyme: "login", claire: 403, jean: 403, ienAutreCirco: 403, ien: 200, admin: 403 }],
    [`/inspection/campagnes/${campaignId}`, { anonyme: "login", claire: 403, jean: 403, ienAutreCirco: 200, ien: 200, admin: 403 }],
    ["/gestion", G],
    ["/gestion/agents", G],
    [`/gestion/agents/${claireId}`, G],
    ["/gestion/campagnes", G],
    [`/gestion/campagnes/${campaignId}`, G],
    [`/gestion/campagnes/${campaignId}/candidatures`, G],
    [`/gestion/campagnes/${campaignId}/candidatures/export`, { ...G, anonyme: 403 }],
    [`/gestion/campagnes/${campaignId}/appreciations`, G],
    [`/gestion/campagnes/${campaignId}/export/appreciations?format=csv`, { ...G, anonyme: 403 }],
    [`/gestion/campagnes/${campaignId}/export/appreciations?format=xlsx`, { ...G, anonyme: 403 }],
    [`/gestion/campagnes/${campaignId}/tableau`, G],
    ["/gestion/signalements", G],
    ["/gestion/fonctions", G],
    ["/gestion/courriels", G],
    [`/documents/${documentId}`, { anonyme: 401, claire: 200, jean: 403, ienAutreCirco: 403, ien: 200, admin: 200 }],
  ];
  const callers = {} as Record<Who, APIRequestContext>;
  for (const who of Object.keys(CREDENTIALS) as Exclude<Who, "anonyme">[]) callers[who] = who === "admin" ? admin : who === "claire" ? claire : await as(browser, who);
  callers.anonyme = await as(browser, "anonyme");

  const failures: string[] = [];
  for (const [url, expected] of matrix) {
    for (const who of Object.keys(expected) as Who[]) {
      const got = await outcome(callers[who], url);
      if (got !== expected[who]) failures.push(`${who} ${url}: ${got} (attendu ${expected[who]})`);
    }
  }
  expect(failures).toEqual([]);

  // A refused document never leaks its content, and a served one is a download.
  const refused = await callers.jean.get(`/documents/${documentId}`);
  expect(await refused.text()).not.toContain("%PDF");
  const served = await claire.get(`/documents/${documentId}`);
  expect(served.headers()["content-disposition"]).toMatch(/^attachment; filename=/);
  expect(served.headers()["content-type"]).toBe("application/pdf");
});

test("security headers are sent on every page", async ({ request }) => {
  const response = await request.get("/connexion");
  const headers = response.headers();
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["content-security-policy"]).toContain("default-src 'self'");
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("same-origin");
  expect(headers["x-powered-by"]).toBeUndefined();
});
