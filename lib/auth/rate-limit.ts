import type { Db } from "@/lib/db";

// Sliding-window rate limits kept in the database, so that they hold across server
// processes and restarts. Keys are namespaced: "login-ip:1.2.3.4", "reset-id:ctartemuche".
export const LIMITS = {
  resetPerIp: { max: 10, windowMinutes: 15 },
  // Per account *and* address: anonymous requests from elsewhere never use up the owner's.
  resetPerIdentifiantAndIp: { max: 3, windowMinutes: 60 },
  // Mail flooding of one account from many addresses; the owner's known addresses are exempt.
  resetPerIdentifiant: { max: 20, windowMinutes: 24 * 60 },
  lookupPerIp: { max: 10, windowMinutes: 15 },
} as const;

export type Limit = { max: number; windowMinutes: number };

export async function isLimited(
  db: Db,
  key: string,
  limit: Limit,
  now = new Date(),
): Promise<boolean> {
  const since = new Date(now.getTime() - limit.windowMinutes * 60_000);
  return (await db.rateLimitHit.count({ where: { key, at: { gt: since } } })) >= limit.max;
}

export async function recordHit(db: Db, key: string, now = new Date()): Promise<void> {
  await db.rateLimitHit.create({ data: { key, at: now } });
  // Old hits are useless past the longest window: prune now and then, not on every call.
  if (Math.random() < 0.01)
    await db.rateLimitHit.deleteMany({
      where: { at: { lt: new Date(now.getTime() - 24 * 3_600_000) } },
    });
}

/** Counts one attempt and tells whether it goes over the limit. */
export async function consume(
  db: Db,
  key: string,
  limit: Limit,
  now = new Date(),
): Promise<boolean> {
  if (await isLimited(db, key, limit, now)) return false;
  await recordHit(db, key, now);
  return true;
}

export const TOO_MANY = "Trop de tentatives depuis votre poste : réessayez dans quelques minutes.";
