import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";
import { databaseUrl } from "@/lib/env";

// Secrets never leave the data layer unless a query asks for them explicitly.
const secretOmit = {
  user: { passwordHash: true, totpSecret: true, totpPendingSecret: true, pinHash: true },
  agent: { numenHash: true },
  document: { content: true },
} as const;

function adapterFor(url: string) {
  return url.startsWith("postgres") ? new PrismaPg({ connectionString: url }) : new PrismaBetterSqlite3({ url });
}

export function createPrismaClient(url = databaseUrl()) {
  return new PrismaClient({ adapter: adapterFor(url), omit: secretOmit });
}

export type Db = ReturnType<typeof createPrismaClient>;
/** The client or an interactive transaction of it. */
export type DbTx = Omit<Db, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

// One client per process; in development, Next's hot reload would otherwise open a new
// connection on every edit.
const globalForPrisma = globalThis as unknown as { prisma?: Db };
export const prisma: Db = globalForPrisma.prisma ?? createPrismaClient();
if (process.env.NODE_ENV !== "production") globalForPrisma.prisma = prisma;
