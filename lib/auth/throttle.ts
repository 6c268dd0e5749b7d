import type { Db } from "@/lib/db";

// Throttling of guesses (OWASP authentication cheat sheet): no hard lock that anyone could
// set off against an account's owner, but growing delays between attempts, counted per
// account *and* address. A guesser from one address gets a handful of tries a day per
// account; the owner, from another address, is not slowed down; the reset link, which
// proves the owner's identity another way, clears the counters.
export interface ThrottlePolicy {
  /** Failures allowed before any delay. */
  free: number;
  /** Delay after the first failure past `free`, doubled at each further failure. */
  firstDelaySeconds: number;
  maxDelaySeconds: number;
  /** Failures older than this are forgotten. */
  windowHours: number;
}

export const LOGIN_THROTTLE: ThrottlePolicy = {
  free: 5,
  firstDelaySeconds: 60,
  maxDelaySeconds: 3600,
  windowHours: 24,
};
/**
 * Guesses on one account from every address together (a guesser spread over many
 * addresses). Addresses that logged in to the account before are exempt, so that this
 * cannot shut the owner out.
 */
export const ACCOUNT_THROTTLE: ThrottlePolicy = {
  free: 50,
  firstDelaySeconds: 60,
  maxDelaySeconds: 3600,
  windowHours: 24,
};
/** Failures from one address over every account (one guesser, many identifiants). */
export const ADDRESS_THROTTLE: ThrottlePolicy = {
  free: 100,
  firstDelaySeconds: 60,
  maxDelaySeconds: 900,
  windowHours: 1,
};

/** Seconds to wait before the next attempt, given the failures in the window (0: go ahead). */
export function retryAfterSeconds(
  failures: number,
  lastFailure: Date | null,
  now: Date,
  policy: ThrottlePolicy,
): number {
  if (failures < policy.free || !lastFailure) return 0;
  const delay = Math.min(
    policy.maxDelaySeconds,
    policy.firstDelaySeconds * 2 ** (failures - policy.free),
  );
  return Math.max(0, Math.ceil((lastFailure.getTime() + delay * 1000 - now.getTime()) / 1000));
}

export async function throttleWait(
  db: Db,
  key: string,
  policy: ThrottlePolicy,
  now = new Date(),
): Promise<number> {
  const since = new Date(now.getTime() - policy.windowHours * 3_600_000);
  const where = { key, at: { gt: since } };
  const failures = await db.rateLimitHit.count({ where });
  if (failures < policy.free) return 0;
  const last = await db.rateLimitHit.findFirst({
    where,
    orderBy: { at: "desc" },
    select: { at: true },
  });
  return retryAfterSeconds(failures, last?.at ?? null, now, policy);
}

export async function recordFailure(db: Db, keys: string[], now = new Date()): Promise<void> {
  await db.rateLimitHit.createMany({ data: keys.map((key) => ({ key, at: now })) });
}

export async function clearFailures(db: Db, keys: string[]): Promise<void> {
  await db.rateLimitHit.deleteMany({ where: { key: { in: keys } } });
}

/** Minutes to tell the user, rounded up: « réessayez dans 2 minutes ». */
export function waitMessage(seconds: number): string {
  const minutes = Math.max(1, Math.ceil(seconds / 60));
  return `${minutes} minute${minutes > 1 ? "s" : ""}`;
}

// Keys of the login counters. The identifiant is typed by anyone: encoded, so that no
// typed value can reach into another key's prefix.
const id = (identifiant: string) => encodeURIComponent(identifiant);
export const loginKeys = {
  accountAddress: (identifiant: string, ip: string) => `login-fail:${id(identifiant)}:${ip}`,
  account: (identifiant: string) => `login-acct:${id(identifiant)}`,
  address: (ip: string) => `login-ip:${ip}`,
  accountPrefix: (identifiant: string) => `login-fail:${id(identifiant)}:`,
  /** Wrong current passwords or passcodes typed in a signed-in session. */
  reauth: (userId: string) => `reauth:${userId}`,
};

/** Clears every login counter of an account: after a reset by mail, or by a gestionnaire. */
export async function clearAccountThrottle(
  db: Db,
  identifiant: string,
  userId: string,
): Promise<number> {
  const { count } = await db.rateLimitHit.deleteMany({
    where: {
      OR: [
        { key: { startsWith: loginKeys.accountPrefix(identifiant) } },
        { key: loginKeys.account(identifiant) },
        { key: loginKeys.reauth(userId) },
        { key: { startsWith: `reset-id:${id(identifiant)}` } },
      ],
    },
  });
  return count;
}
