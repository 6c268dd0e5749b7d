import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import {
  test as base,
  expect,
  type BrowserContext,
  type Locator,
  type Page,
} from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import type { CreatedTeacher, TeacherInput } from "../../lib/seed/factories";
import type { Operations, SignInRequest } from "../support/data-helper";

export { expect };

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

/** Who to sign in: a demo account of ACCOUNTS, or any account of the e2e database. */
export type Who = keyof typeof ACCOUNTS | { identifiant: string };

export interface SignedIn {
  userId: string;
  identifiant: string;
  displayName: string;
  sessionId: string;
}

export interface SignInOptions extends Omit<SignInRequest, "identifiant" | "baseURL"> {
  /** The browser context (or a page's) that gets the cookie; default the test's own. */
  into?: BrowserContext | Page;
}

/** What crosses the pipe: dates as ISO strings. */
type Json<T> = T extends Date
  ? string
  : T extends (infer U)[]
    ? Json<U>[]
    : T extends object
      ? { [K in keyof T]: Json<T[K]> }
      : T;

/** The e2e database, through the worker's tests/support/data-helper.ts process. */
export interface E2eData {
  call<K extends keyof Operations>(
    op: K,
    args: Parameters<Operations[K]>[0],
  ): Promise<Json<Awaited<ReturnType<Operations[K]>>>>;
}

function startDataHelper(): { data: E2eData; stop: () => Promise<void> } {
  const child = spawn(
    path.join("node_modules", ".bin", "tsx"),
    [path.join("tests", "support", "data-helper.ts")],
    { stdio: ["pipe", "pipe", "inherit"], env: process.env },
  );
  const waiting = new Map<number, { resolve: (v: never) => void; reject: (e: Error) => void }>();
  let next = 0;
  let buffer = "";
  child.stdout.setEncoding("utf8");
  child.stdout.on("data", (chunk: string) => {
    buffer += chunk;
    for (let end = buffer.indexOf("\n"); end >= 0; end = buffer.indexOf("\n")) {
      const answer = JSON.parse(buffer.slice(0, end)) as {
        id: number;
        result?: never;
        error?: string;
      };
      buffer = buffer.slice(end + 1);
      const call = waiting.get(answer.id);
      waiting.delete(answer.id);
      if (answer.error !== undefined) call?.reject(new Error(answer.error));
      else call?.resolve(answer.result as never);
    }
  });
  const exited = new Promise<void>((resolve) => child.on("exit", () => resolve()));
  child.on("exit", (code) => {
    for (const call of waiting.values()) call.reject(new Error(`data-helper exited (${code})`));
  });
  return {
    data: {
      call: (op, args) =>
        new Promise((resolve, reject) => {
          const id = next++;
          waiting.set(id, { resolve: resolve as (v: never) => void, reject });
          child.stdin.write(`${JSON.stringify({ id, op, args })}\n`);
        }),
    },
    stop: async () => {
      child.stdin.end();
      await exited;
    },
  };
}

interface TestFixtures {
  /**
   * Signs in without the login form, the way a sign-in does: a LoginSession row in the e2e
   * database and next-auth's session cookie for it (tests/support/sessions.ts). For the tests
   * that do not test the login itself (auth.spec.ts and account-security.spec.ts use the form).
   */
  signedInAs: (who: Who, options?: SignInOptions) => Promise<SignedIn>;
  /** A teacher of the test's own (tests/support/sessions.ts createTestTeacher), to change at will. */
  newTeacher: (input?: Partial<TeacherInput>) => Promise<Json<CreatedTeacher>>;
}

interface WorkerFixtures {
  /** The e2e server's database, one helper process per worker. */
  e2eData: E2eData;
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
  e2eData: [
    async ({}, provide) => {
      const helper = startDataHelper();
      await provide(helper.data);
      await helper.stop();
    },
    { scope: "worker" },
  ],
  signedInAs: async ({ context, e2eData, baseURL }, provide) => {
    await provide(async (who, { into: target = context, ...options } = {}) => {
      const identifiant = typeof who === "string" ? ACCOUNTS[who].identifiant : who.identifiant;
      const { cookie, ...signedIn } = await e2eData.call("signIn", {
        ...options,
        identifiant,
        baseURL: baseURL!,
      });
      const into = "context" in target ? target.context() : target;
      await into.addCookies([{ ...cookie, url: baseURL!, httpOnly: true, sameSite: "Lax" }]);
      return signedIn;
    });
  },
  newTeacher: async ({ e2eData }, provide, testInfo) => {
    await provide((input) => e2eData.call("newTeacher", { worker: testInfo.workerIndex, input }));
  },
});

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
