// The e2e database's side of the Playwright fixtures (tests/e2e/fixtures.ts), one process per
// Playwright worker: Playwright's own TypeScript loader cannot load the generated Prisma
// client (ES module syntax in a CommonJS package), tsx can, as for scripts/run-jobs.ts in
// results.spec.ts. One JSON request per line on stdin, one JSON answer per line on stdout.
import readline from "node:readline";
import type { TeacherInput } from "@/lib/seed/factories";
import {
  createTestTeacher,
  e2eDatabase,
  openSession,
  sessionCookieName,
  sessionCookieValue,
} from "./sessions";

const db = e2eDatabase();
const date = (value: unknown) => (typeof value === "string" ? new Date(value) : undefined);

export interface SignInRequest {
  identifiant: string;
  baseURL: string;
  secret?: string;
  expiresAt?: string;
  revokedAt?: string;
  lastSeenAt?: string;
}

const operations = {
  /** A session as a sign-in opens it, and next-auth's cookie for it. */
  async signIn(request: SignInRequest) {
    const user = await db.user.findUniqueOrThrow({
      where: { identifiant: request.identifiant },
      select: { id: true, identifiant: true, displayName: true },
    });
    const sessionId = await openSession(db, user.id, {
      expiresAt: date(request.expiresAt),
      revokedAt: date(request.revokedAt) ?? null,
      lastSeenAt: date(request.lastSeenAt),
    });
    const cookie = {
      name: sessionCookieName(request.baseURL),
      value: await sessionCookieValue(user.id, sessionId, {
        baseURL: request.baseURL,
        secret: request.secret,
      }),
    };
    return {
      userId: user.id,
      identifiant: user.identifiant,
      displayName: user.displayName,
      sessionId,
      cookie,
    };
  },
  newTeacher({ worker, input }: { worker: number; input?: Partial<TeacherInput> }) {
    return createTestTeacher(db, worker, input);
  },
  loginSession({ id }: { id: string }) {
    return db.loginSession.findUnique({ where: { id } });
  },
};
export type Operations = typeof operations;

const lines = readline.createInterface({ input: process.stdin });
lines.on("line", (line) => {
  const { id, op, args } = JSON.parse(line) as { id: number; op: keyof Operations; args: never };
  Promise.resolve()
    .then((): Promise<unknown> => operations[op](args))
    .then(
      (result) => process.stdout.write(`${JSON.stringify({ id, result })}\n`),
      (error: unknown) =>
        process.stdout.write(
          `${JSON.stringify({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) })}\n`,
        ),
    );
});
lines.on("close", () => {
  void db.$disconnect().finally(() => process.exit(0));
});
