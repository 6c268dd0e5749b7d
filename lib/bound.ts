import "server-only";
import { prisma, type Db } from "@/lib/db";
import { writeAudit } from "@/lib/audit";

/**
 * A lib function that takes the database first (so that tests and transactions can hand it
 * theirs), bound to the application's client: what pages, actions and route handlers call,
 * since they never import @/lib/db themselves (docs/decisions/0009-read-boundary.md).
 */
export function withDb<A extends unknown[], R>(fn: (db: Db, ...args: A) => R): (...args: A) => R {
  return (...args) => fn(prisma, ...args);
}

/** lib/audit writeAudit on the application's client (for lib modules; pages use their domain's commands). */
export const recordAudit = withDb(writeAudit);
