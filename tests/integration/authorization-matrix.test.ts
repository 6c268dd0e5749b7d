import { beforeAll, describe, expect, it } from "vitest";
import { actAs, form } from "./session-mock";
import { prisma } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/session";
import {
  FORBIDDEN_MESSAGE,
  PASSWORD_CHANGE_FIRST_MESSAGE,
  SESSION_EXPIRED_MESSAGE,
  type ActionState,
} from "@/lib/actions/safe-action";
import { ROUTE_FORBIDDEN, ROUTE_LOGIN_REQUIRED } from "@/lib/http/authed-route";
import {
  createAcademieAccount,
  createAdministrator,
  createCirconscription,
  createInspector,
  createTeacher,
} from "@/lib/seed/factories";
import { DEFAULT_DEPARTEMENT_ID, departementIdOf } from "@/lib/departements/known";

// The security gate for server actions: every action of every actions.ts is called as each
// kind of caller. Callers outside the allowed roles must be refused before anything runs;
// a new action fails this test until its row is added to ALLOWED.
type Who =
  | "anonyme"
  | "enseignant"
  | "autreEnseignant"
  | "inspecteurAutreCirco"
  | "gestionnaire"
  | "gestionnaireAutreDepartement"
  | "academie";
const ROLE_OF: Record<Exclude<Who, "anonyme">, CurrentUser["role"]> = {
  enseignant: "ENSEIGNANT",
  autreEnseignant: "ENSEIGNANT",
  inspecteurAutreCirco: "INSPECTEUR",
  gestionnaire: "GESTIONNAIRE",
  gestionnaireAutreDepartement: "GESTIONNAIRE",
  academie: "ACADEMIE",
};
const WHO = Object.keys(ROLE_OF) as Exclude<Who, "anonyme">[];
const ALL = ["ENSEIGNANT", "INSPECTEUR", "GESTIONNAIRE", "ACADEMIE"] as const;
type Role = (typeof ALL)[number];

/** Actions open to anyone, by design (login and account recovery). */
const PUBLIC = new Set([
  "(public)/connexion#login",
  "(public)/connexion#logout",
  "(public)/identifiant#lookupIdentifiant",
  "(public)/mot-de-passe-oublie#requestReset",
  "(public)/reinitialisation/[token]#resetPasswordAction",
]);

const ALLOWED: Record<string, readonly Role[]> = {
  "(portail)/compte#changePasswordAction": ALL,
  "(portail)/compte#startTotpAction": ALL,
  "(portail)/compte#confirmTotpAction": ALL,
  "(portail)/compte#disableTotpAction": ALL,
  "(gestion)/gestion#reviewFunctionAction": ["GESTIONNAIRE"],
  "(gestion)/gestion/agents/[agentId]#removeSecurityKeyAction": ["GESTIONNAIRE"],
  "(gestion)/gestion/agents/[agentId]#unblockAccountAction": ["GESTIONNAIRE"],
  "(gestion)/gestion/agents/[agentId]#deactivateAgentAction": ["GESTIONNAIRE"],
  "(gestion)/gestion/agents/[agentId]#reactivateAgentAction": ["GESTIONNAIRE"],
  "(gestion)/gestion/import/carrieres#importCareerAction": ["GESTIONNAIRE"],
  "(gestion)/gestion#treatCorrectionAction": ["GESTIONNAIRE"],
  "(gestion)/gestion/campagnes#createCampaignAction": ["GESTIONNAIRE"],
  "(gestion)/gestion/campagnes#updateCampaignAction": ["GESTIONNAIRE"],
  "(gestion)/gestion/campagnes#transitionCampaignAction": ["GESTIONNAIRE"],
  "(gestion)/gestion/campagnes#saveAppreciationAction": ["GESTIONNAIRE"],
  "(gestion)/gestion/campagnes#importAppreciationsAction": ["GESTIONNAIRE"],
  "(gestion)/gestion/campagnes#computeTableauAction": ["GESTIONNAIRE"],
  "(gestion)/gestion/campagnes#confirmProposedAppreciationsAction": ["GESTIONNAIRE"],
  "(gestion)/gestion/campagnes#deleteCampaignAction": ["GESTIONNAIRE"],
  "(gestion)/gestion/campagnes#setNotifiedContingentAction": ["GESTIONNAIRE"],
  "(gestion)/gestion/import#importAgentsAction": ["GESTIONNAIRE"],
  "(inspecteur)/inspection#saveOpinionAction": ["INSPECTEUR"],
  "(enseignant)/dossier#saveEntryAction": ["ENSEIGNANT", "GESTIONNAIRE"],
  "(enseignant)/dossier#deleteEntryAction": ["ENSEIGNANT", "GESTIONNAIRE"],
  "(enseignant)/dossier#reportErrorAction": ["ENSEIGNANT"],
  "(enseignant)/siap/[campaignId]#submitCandidatureAction": ["ENSEIGNANT"],
  "(enseignant)/siap/[campaignId]#cancelCandidatureAction": ["ENSEIGNANT"],
};

// The same gate for route handlers (lib/http/authed-route): every GET of every route.ts.
const ROUTES_ALLOWED: Record<string, readonly Role[]> = {
  "(gestion)/gestion/import/progression": ["GESTIONNAIRE"],
  "(gestion)/gestion/import/modele": ["GESTIONNAIRE"],
  "(gestion)/gestion/import/carrieres/modele": ["GESTIONNAIRE"],
  "(gestion)/gestion/campagnes/[campaignId]/candidatures/export": ["GESTIONNAIRE"],
  "(gestion)/gestion/campagnes/[campaignId]/export/[kind]": ["GESTIONNAIRE"],
  "(enseignant)/dossier/mes-donnees/export": ["ENSEIGNANT"],
  "(enseignant)/siap/[campaignId]/fiche": ["ENSEIGNANT"],
  // Scope (whose dossier) is checked by the handler: see the documents tests.
  "documents/[documentId]": ALL,
};
type RouteHandler = (
  request: Request,
  context?: { params: Promise<Record<string, string>> },
) => Promise<Response>;
// next-auth's own handler is public by design and tested end to end (tests/e2e/auth.spec.ts).
const routeModules = import.meta.glob<{ GET?: RouteHandler }>([
  "/app/**/route.ts",
  "!/app/api/auth/**",
]);
const routes: { key: string; GET: RouteHandler; params: Record<string, string> }[] = [];

type Action = (prev: ActionState | undefined, data: FormData) => Promise<ActionState>;
// The login module needs a Next.js request (next-auth); it is public and tested end to end.
// Loaded lazily, after ./session-mock has replaced the session module.
const modules = import.meta.glob<Record<string, unknown>>([
  "/app/**/actions.ts",
  "!/app/(public)/connexion/actions.ts",
]);
const actions: { key: string; fn: Action }[] = [];

const actors = {} as Record<Who, CurrentUser | null>;

beforeAll(async () => {
  for (const [file, load] of Object.entries(modules)) {
    const route = file.replace(/^\/app\//, "").replace(/\/actions\.ts$/, "");
    for (const [name, fn] of Object.entries(await load()))
      if (typeof fn === "function") actions.push({ key: `${route}#${name}`, fn: fn as Action });
  }
  for (const [file, load] of Object.entries(routeModules)) {
    const key = file.replace(/^\/app\//, "").replace(/\/route\.ts$/, "");
    // Every dynamic segment gets a value that matches nothing: the gate answers before any read.
    const params = Object.fromEntries(
      [...key.matchAll(/\[(\w+)\]/g)].map((m) => [m[1]!, "inconnu"]),
    );
    const { GET } = await load();
    if (GET) routes.push({ key, GET, params });
  }
  const nord = await createCirconscription(prisma, { code: "N", name: "Nord", departement: "31" });
  const sud = await createCirconscription(prisma, { code: "S", name: "Sud", departement: "31" });
  const teacher = (identifiant: string, numen: string) =>
    createTeacher(prisma, {
      identifiant,
      numen,
      nom: identifiant,
      prenom: "Test",
      grade: "CN",
      echelon: 5,
      echelonDate: "2022-09-01",
      circonscriptionId: nord.id,
    });
  const [a, b] = [await teacher("ens1", "31E1000001AAA"), await teacher("ens2", "31E1000002AAA")];
  const ien = await createInspector(prisma, {
    identifiant: "ien-sud",
    password: "x".repeat(12),
    circonscriptionIds: [sud.id],
  });
  const admin = await createAdministrator(prisma, {
    identifiant: "gest",
    password: "x".repeat(12),
  });
  const ariege = await createAdministrator(prisma, {
    identifiant: "gest-09",
    password: "x".repeat(12),
    departements: ["09"],
  });
  const rectorat = await createAcademieAccount(prisma, {
    identifiant: "rectorat",
    password: "x".repeat(12),
  });
  const make = (
    who: Exclude<Who, "anonyme">,
    id: string,
    agentId: string | null,
    circos: string[] = [],
    departementIds = [DEFAULT_DEPARTEMENT_ID],
  ): CurrentUser => ({
    id,
    role: ROLE_OF[who],
    agentId,
    circonscriptionIds: circos,
    departementIds,
    sessionId: "s",
    identifiant: id,
    displayName: id,
    passwordIsDefault: false,
    previousLoginAt: null,
    totpEnabled: false,
  });
  actors.anonyme = null;
  actors.enseignant = make("enseignant", a.userId, a.agentId);
  actors.autreEnseignant = make("autreEnseignant", b.userId, b.agentId);
  actors.inspecteurAutreCirco = make("inspecteurAutreCirco", ien.id, null, [sud.id]);
  actors.gestionnaire = make("gestionnaire", admin.id, null);
  actors.gestionnaireAutreDepartement = make(
    "gestionnaireAutreDepartement",
    ariege.id,
    null,
    [],
    [departementIdOf("09")],
  );
  actors.academie = make(
    "academie",
    rectorat.id,
    null,
    [],
    [departementIdOf("09"), DEFAULT_DEPARTEMENT_ID],
  );
});

describe("authorization matrix of the server actions", () => {
  it("knows every action", () => {
    expect(actions.length).toBeGreaterThanOrEqual(19);
    const undeclared = actions.map((a) => a.key).filter((k) => !ALLOWED[k] && !PUBLIC.has(k));
    expect(undeclared).toEqual([]);
  });

  for (const who of ["anonyme", ...WHO] as const) {
    it(`refuses ${who} wherever the role is not allowed, before any write`, async () => {
      const changes = { action: { not: "access.refused" } };
      const auditBefore = await prisma.auditLog.count({ where: changes });
      const refusedBy = { action: "access.refused", actorId: actors[who]?.id ?? null };
      const refusedBefore = await prisma.auditLog.count({ where: refusedBy });
      let refusals = 0;
      for (const { key, fn } of actions.filter((a) => ALLOWED[a.key])) {
        actAs(actors[who]);
        const state = await fn(undefined, form({})).catch(
          (e: unknown) => ({ thrown: String(e) }) as unknown as ActionState,
        );
        const allowed = who !== "anonyme" && ALLOWED[key]!.includes(ROLE_OF[who]);
        if (who === "anonyme") expect(state.message, key).toBe(SESSION_EXPIRED_MESSAGE);
        else if (!allowed) {
          expect(state.message, key).toBe(FORBIDDEN_MESSAGE);
          refusals++;
        } else expect(state.message, key).not.toBe(FORBIDDEN_MESSAGE);
      }
      // An empty form never gets past validation: refused or invalid, nothing is written.
      expect(await prisma.auditLog.count({ where: changes })).toBe(auditBefore);
      // Each refusal of a signed-in caller is recorded, with that caller as actor (ASVS 7.1.3).
      expect(await prisma.auditLog.count({ where: refusedBy })).toBe(refusedBefore + refusals);
    });
  }
});

describe("authorization matrix of the route handlers", () => {
  const call = (r: (typeof routes)[number]) =>
    r.GET(new Request(`http://localhost/${r.key}?format=csv&id=${"0".repeat(32)}`), {
      params: Promise.resolve(r.params),
    });

  it("knows every route handler", () => {
    expect(routes.length).toBeGreaterThanOrEqual(7);
    expect(routes.map((r) => r.key).filter((k) => !ROUTES_ALLOWED[k])).toEqual([]);
  });

  for (const who of ["anonyme", ...WHO] as const) {
    it(`answers ${who} 401 or 403 wherever the role is not allowed, audited`, async () => {
      const refusedBy = { action: "access.refused", actorId: actors[who]?.id ?? null };
      const refusedBefore = await prisma.auditLog.count({ where: refusedBy });
      let refusals = 0;
      for (const route of routes) {
        actAs(actors[who]);
        const response = await call(route);
        const body = response.status === 204 ? "" : await response.text();
        if (who === "anonyme") {
          expect([response.status, body], route.key).toEqual([401, ROUTE_LOGIN_REQUIRED]);
        } else if (!ROUTES_ALLOWED[route.key]!.includes(ROLE_OF[who])) {
          expect([response.status, body], route.key).toEqual([403, ROUTE_FORBIDDEN]);
          refusals++;
        } else {
          expect(response.status, route.key).not.toBe(401);
          expect(body, route.key).not.toBe(ROUTE_FORBIDDEN);
        }
      }
      if (who !== "anonyme")
        expect(await prisma.auditLog.count({ where: refusedBy }), who).toBeGreaterThanOrEqual(
          refusedBefore + refusals,
        );
    });
  }

  it("refuses every route to an account that must first change its password", async () => {
    for (const route of routes) {
      actAs({ ...actors.gestionnaire!, passwordChangeRequired: true });
      const response = await call(route);
      expect([response.status, await response.text()], route.key).toEqual([
        403,
        PASSWORD_CHANGE_FIRST_MESSAGE,
      ]);
    }
  });
});
