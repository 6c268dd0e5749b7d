// Server side of the browser tests' data: a client of the e2e server's database, sessions
// opened the way a sign-in opens them (lib/auth/login.ts authenticate, next-auth's callback),
// and teachers created with the seed's own factory. Used by tests/e2e/fixtures.ts.
import fs from "node:fs";
import path from "node:path";
import { encode } from "next-auth/jwt";
import { SESSION_HOURS, sessionExpiresAt } from "@/lib/auth/login";
import { createPrismaClient, type Db } from "@/lib/db";
import { createTeacher, type CreatedTeacher, type TeacherInput } from "@/lib/seed/factories";

const root = process.cwd();
export const E2E_PORT = process.env.E2E_PORT || "3100";

/**
 * The secret the e2e server signs its cookies with: scripts/run.mjs localEnv gives it
 * AUTH_SECRET from the environment (which Playwright's web server inherits from this
 * process) or the one kept in data/.auth-secret.
 */
export function serverSecret(): string {
  return (
    process.env.AUTH_SECRET ||
    fs.readFileSync(path.join(root, "data", ".auth-secret"), "utf8").trim()
  );
}
// The NUMEN index key (lib/crypto/numen-index.ts) derives from AUTH_SECRET: teachers created
// here must be found by the server's NUMEN search like the seeded ones.
process.env.AUTH_SECRET ||= serverSecret();

/**
 * next-auth's session cookie: `authjs.session-token`, with the `__Secure-` prefix on https
 * (@auth/core lib/utils/cookie.js). Its name is also the salt of the token's key.
 */
export function sessionCookieName(baseURL: string): string {
  return `${new URL(baseURL).protocol === "https:" ? "__Secure-" : ""}authjs.session-token`;
}

/** The e2e server's database, whose address scripts/e2e-server.mjs writes for its port. */
export function e2eDatabase(): Db {
  const url = fs.readFileSync(path.join(root, "data", `e2e-database-url-${E2E_PORT}`), "utf8");
  return createPrismaClient(url.trim());
}

export interface OpenSessionOptions {
  now?: Date;
  /** Default: SESSION_HOURS after now, as authenticate() writes it. */
  expiresAt?: Date;
  revokedAt?: Date | null;
  /** Default: now (a session idle for longer than SESSION_IDLE_MINUTES is refused). */
  lastSeenAt?: Date;
}

/**
 * The LoginSession row of a successful sign-in, with the user's login dates moved on, in one
 * transaction like lib/auth/login.ts authenticate() (without the credential check, the
 * throttles and the audit entry, which belong to the login form's tests).
 */
export async function openSession(
  db: Db,
  userId: string,
  options: OpenSessionOptions = {},
): Promise<string> {
  const now = options.now ?? new Date();
  const session = await db.$transaction(async (tx) => {
    const { lastLoginAt } = await tx.user.findUniqueOrThrow({
      where: { id: userId },
      select: { lastLoginAt: true },
    });
    await tx.user.update({
      where: { id: userId },
      data: { previousLoginAt: lastLoginAt, lastLoginAt: now },
    });
    return tx.loginSession.create({
      data: {
        userId,
        ip: "127.0.0.1",
        lastSeenAt: options.lastSeenAt ?? now,
        expiresAt: options.expiresAt ?? sessionExpiresAt(now),
        revokedAt: options.revokedAt ?? null,
      },
    });
  });
  return session.id;
}

/**
 * The value next-auth's credentials callback sets after authorize(): its default token
 * ({ sub: user id }, no name, e-mail nor picture for this provider) plus the `sid` the
 * portal's jwt callback adds (lib/auth/nextauth.ts), encrypted by next-auth's own encode
 * with the cookie's name as salt and the session's max age.
 */
export function sessionCookieValue(
  userId: string,
  sessionId: string,
  { baseURL, secret }: { baseURL: string; secret?: string | undefined },
): Promise<string> {
  return encode({
    token: { sub: userId, sid: sessionId },
    secret: secret ?? serverSecret(),
    salt: sessionCookieName(baseURL),
    maxAge: SESSION_HOURS * 3600,
  });
}

let teachers = 0;

/**
 * A teacher of her own (Agent, User whose password is the NUMEN, dossier) for a test that
 * changes her data: Toulouse Nord, classe normale 6e échelon unless told otherwise. The
 * identifiant and NUMEN are unique to the worker and the call.
 */
export async function createTestTeacher(
  db: Db,
  worker: number,
  input: Partial<TeacherInput> = {},
): Promise<CreatedTeacher> {
  teachers += 1;
  // Playwright never gives two workers of a run the same index.
  const serial = String(worker * 1000 + teachers).padStart(7, "0");
  const circonscriptionId =
    input.circonscriptionId ??
    (await db.circonscription.findFirstOrThrow({ where: { name: "Toulouse Nord" } })).id;
  return createTeacher(
    db,
    {
      identifiant: `e2e.w${worker}.${teachers}`,
      numen: `31E${serial}TST`,
      prenom: "Tess",
      nom: `Worker ${worker}-${teachers}`,
      grade: "CN",
      echelon: 6,
      echelonDate: "2022-09-01",
      ...input,
      circonscriptionId,
    },
    // Throw-away database: the seed's cheap hash cost (tests/support/e2e-seed.ts).
    { hashCost: { N: 1024, r: 8, p: 1 } },
  );
}
