import fs from "node:fs";
import path from "node:path";
import { type Browser, type BrowserContext, type APIRequestContext } from "@playwright/test";
import { expect, test, type SignedIn, type Who as Account } from "./fixtures";
import { currentCampaignYear } from "../../lib/campaigns/campaign-year";

// The security gate for routes: every page and file route is requested as each kind of
// caller, and only the expected ones get data. Ids come from the demo data.
type Who =
  "anonyme" | "claire" | "jean" | "ienAutreCirco" | "ien" | "admin" | "adminAriege" | "rectorat";
// Their identifiants: each caller signs in with the signedInAs fixture (the login form has
// its own tests in auth.spec.ts).
const IDENTIFIANTS: Record<Exclude<Who, "anonyme">, string> = {
  claire: "ctartemuche",
  jean: "jdupont",
  ienAutreCirco: "sgarrigues",
  ien: "pmartin",
  admin: "gestionnaire",
  // Another département's gestionnaire, and the académie (issue 12).
  adminAriege: "gestionnaire09",
  rectorat: "rectorat",
};

type SignIn = (who: Account, options: { into: BrowserContext }) => Promise<SignedIn>;

async function as(browser: Browser, signedInAs: SignIn, who: Who): Promise<APIRequestContext> {
  const context = await browser.newContext();
  if (who !== "anonyme") await signedInAs({ identifiant: IDENTIFIANTS[who] }, { into: context });
  return context.request;
}

/**
 * 200: served; 204: nothing to send; 403: refused; 404: unknown id; "login": sent to the
 * login page; "redirect": sent to another page (which has its own row); 401: file refused to anonymous.
 */
type Outcome = 200 | 204 | 401 | 403 | 404 | "login" | "redirect";

async function outcome(request: APIRequestContext, url: string): Promise<Outcome> {
  const response = await request.get(url, { maxRedirects: 0 });
  if (response.status() >= 300 && response.status() < 400)
    return /\/connexion/.test(response.headers().location ?? "") ? "login" : "redirect";
  return response.status() as Outcome;
}

/** Every page and route handler under app/, as its URL pattern ("/siap/[campaignId]/fiche"). */
function discoveredRoutes(dir = "app", prefix = ""): string[] {
  const found: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      // Route groups "(gestion)" add nothing to the URL.
      found.push(
        ...discoveredRoutes(
          path.join(dir, entry.name),
          /^\(.*\)$/.test(entry.name) ? prefix : `${prefix}/${entry.name}`,
        ),
      );
    } else if (entry.name === "page.tsx" || entry.name === "route.ts") {
      found.push(prefix || "/");
    }
  }
  return found;
}

/** Open to anyone by design: the login and the account recovery pages, next-auth's own handler. */
const PUBLIC = [
  "/",
  "/connexion",
  "/identifiant",
  "/mot-de-passe-oublie",
  "/reinitialisation/[token]",
  "/api/auth/[...nextauth]",
];

test("every route answers only to whom it may, and every route under app/ is declared", async ({
  browser,
  signedInAs,
}) => {
  test.setTimeout(180_000);
  const admin = await as(browser, signedInAs, "admin");
  // Ids of Claire's dossier, documents and signalement, and of the demo campaigns.
  const agents = await (await admin.get("/gestion/agents?q=Tartemuche")).text();
  const claireId = /\/gestion\/agents\/(\w+)"/.exec(agents)![1]!;
  const campaigns = await (await admin.get("/gestion/campagnes")).text();
  const now = new Date();
  const year = currentCampaignYear(now);
  const campaignOf = (title: string) =>
    new RegExp(`/gestion/campagnes/(\\w+)">${title}<`).exec(campaigns)![1]!;
  const campaignId = campaignOf(
    `Classe exceptionnelle des professeurs des écoles — campagne ${year}`,
  );
  const published = campaignOf(`Hors classe des professeurs des écoles — campagne ${year - 1}`);
  const signalements = await (await admin.get("/gestion/signalements")).text();
  const correctionId = /\/gestion\/signalements\/(\w+)"/.exec(signalements)![1]!;
  const claire = await as(browser, signedInAs, "claire");
  const situation = await (await claire.get("/dossier/situation-de-carriere")).text();
  const documentId = /\/documents\/(\w+)"/.exec(situation)![1]!;

  const ALL = {
    anonyme: "login",
    claire: 200,
    jean: 200,
    ienAutreCirco: 200,
    ien: 200,
    admin: 200,
    adminAriege: 200,
    rectorat: 200,
  } as const;
  const T = {
    anonyme: "login",
    claire: 200,
    jean: 200,
    ienAutreCirco: 403,
    ien: 403,
    admin: 403,
    adminAriege: 403,
    rectorat: 403,
  } as const;
  const G = {
    anonyme: "login",
    claire: 403,
    jean: 403,
    ienAutreCirco: 403,
    ien: 403,
    admin: 200,
    adminAriege: 200,
    rectorat: 403,
  } as const;
  // A page of one of Haute-Garonne's agents, campaigns or signalements: unknown in Ariège.
  const G31 = { ...G, adminAriege: 404 } as const;
  const I = {
    anonyme: "login",
    claire: 403,
    jean: 403,
    ienAutreCirco: 200,
    ien: 200,
    admin: 403,
    adminAriege: 403,
    rectorat: 403,
  } as const;
  const A = {
    anonyme: "login",
    claire: 403,
    jean: 403,
    ienAutreCirco: 403,
    ien: 403,
    admin: 403,
    adminAriege: 403,
    rectorat: 200,
  } as const;
  // Route handlers answer 401 to anonymous callers instead of sending them to the login page.
  const file = (expected: Record<Who, Outcome>) => ({ ...expected, anonyme: 401 as const });
  // Each pattern, the URL it is tried at, and what each caller gets.
  const declared: Record<string, [string, Record<Who, Outcome>][]> = {
    "/accueil": [["/accueil", ALL]],
    "/compte": [["/compte", ALL]],
    "/compte/mot-de-passe": [["/compte/mot-de-passe", ALL]],
    "/compte/securite": [["/compte/securite", ALL]],
    "/iprof": [["/iprof", T]],
    "/iprof/services": [["/iprof/services", T]],
    "/dossier": [["/dossier", { ...T, claire: "redirect", jean: "redirect" }]],
    "/dossier/situation-de-carriere": [["/dossier/situation-de-carriere", T]],
    "/dossier/affectations": [["/dossier/affectations", T]],
    "/dossier/qualifications-et-competences": [["/dossier/qualifications-et-competences", T]],
    "/dossier/activites-professionnelles": [["/dossier/activites-professionnelles", T]],
    "/dossier/fonctions-et-missions": [["/dossier/fonctions-et-missions", T]],
    "/dossier/distinctions-honorifiques": [["/dossier/distinctions-honorifiques", T]],
    "/dossier/synthese": [["/dossier/synthese", T]],
    "/dossier/mes-donnees": [["/dossier/mes-donnees", T]],
    "/dossier/mes-donnees/export": [["/dossier/mes-donnees/export", file(T)]],
    "/siap/[campaignId]": [[`/siap/${campaignId}`, T]],
    "/siap/[campaignId]/candidature": [[`/siap/${campaignId}/candidature`, T]],
    "/siap/[campaignId]/fiche": [[`/siap/${campaignId}/fiche`, file(T)]],
    "/siap/[campaignId]/resultats": [
      [`/siap/${published}/resultats`, T],
      // Not published: nothing to show yet.
      [`/siap/${campaignId}/resultats`, { ...T, claire: 404, jean: 404 }],
    ],
    "/inspection": [["/inspection", I]],
    "/inspection/agents/[agentId]": [
      [`/inspection/agents/${claireId}`, { ...I, ienAutreCirco: 403 }],
    ],
    "/inspection/campagnes/[campaignId]": [[`/inspection/campagnes/${campaignId}`, I]],
    "/inspection/campagnes/[campaignId]/resultats": [
      [`/inspection/campagnes/${published}/resultats`, I],
    ],
    "/gestion": [["/gestion", G]],
    "/gestion/agents": [["/gestion/agents", G]],
    // The agent page refuses an agent out of scope (403, audited) rather than hiding it.
    "/gestion/agents/[agentId]": [[`/gestion/agents/${claireId}`, { ...G, adminAriege: 403 }]],
    "/gestion/campagnes": [["/gestion/campagnes", G]],
    "/gestion/campagnes/nouvelle": [["/gestion/campagnes/nouvelle", G]],
    "/gestion/campagnes/[campaignId]": [[`/gestion/campagnes/${campaignId}`, G31]],
    "/gestion/campagnes/[campaignId]/candidatures": [
      [`/gestion/campagnes/${campaignId}/candidatures`, G31],
    ],
    "/gestion/campagnes/[campaignId]/candidatures/export": [
      [`/gestion/campagnes/${campaignId}/candidatures/export`, file(G31)],
    ],
    "/gestion/campagnes/[campaignId]/appreciations": [
      [`/gestion/campagnes/${campaignId}/appreciations`, G31],
    ],
    "/gestion/campagnes/[campaignId]/export/[kind]": [
      [`/gestion/campagnes/${published}/export/appreciations?format=csv`, file(G31)],
      [`/gestion/campagnes/${published}/export/tableau?format=xlsx`, file(G31)],
    ],
    "/gestion/campagnes/[campaignId]/tableau": [[`/gestion/campagnes/${campaignId}/tableau`, G31]],
    "/gestion/signalements": [["/gestion/signalements", G]],
    "/gestion/signalements/[correctionId]": [[`/gestion/signalements/${correctionId}`, G31]],
    "/gestion/fonctions": [["/gestion/fonctions", G]],
    "/gestion/courriels": [["/gestion/courriels", G]],
    "/gestion/import": [["/gestion/import", G]],
    "/gestion/import/modele": [["/gestion/import/modele", file(G)]],
    "/gestion/import/carrieres": [["/gestion/import/carrieres", G]],
    "/gestion/import/carrieres/modele": [["/gestion/import/carrieres/modele", file(G)]],
    // Without an import of one's own under way there is nothing to report.
    "/gestion/import/progression": [
      [
        `/gestion/import/progression?id=${"0".repeat(32)}`,
        file({ ...G, admin: 204, adminAriege: 204 }),
      ],
    ],
    "/documents/[documentId]": [
      [
        `/documents/${documentId}`,
        file({
          anonyme: 401,
          claire: 200,
          jean: 403,
          ienAutreCirco: 403,
          ien: 200,
          admin: 200,
          adminAriege: 403,
          rectorat: 200,
        }),
      ],
    ],
    "/academie": [["/academie", A]],
  };
  // A new page or route fails here until its callers are declared above (or it is PUBLIC).
  const routes = discoveredRoutes();
  expect(
    routes.filter((r) => !declared[r] && !PUBLIC.includes(r)),
    "routes sans droits déclarés",
  ).toEqual([]);
  expect(
    Object.keys(declared).filter((r) => !routes.includes(r)),
    "routes déclarées inexistantes",
  ).toEqual([]);
  const matrix = Object.values(declared).flat();
  const callers = {} as Record<Who, APIRequestContext>;
  for (const who of Object.keys(IDENTIFIANTS) as Exclude<Who, "anonyme">[])
    callers[who] =
      who === "admin" ? admin : who === "claire" ? claire : await as(browser, signedInAs, who);
  callers.anonyme = await as(browser, signedInAs, "anonyme");

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
