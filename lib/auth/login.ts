import { createHash } from "node:crypto";
import type { Db } from "@/lib/db";
import { writeAudit } from "@/lib/audit";
import {
  hashSecret,
  HashQueueFull,
  isInitialCredential,
  verifyDummy,
  verifySecret,
} from "./password";
import { hashRecoveryCode, looksLikeRecoveryCode, parseStoredCodes } from "./recovery-codes";
import {
  ACCOUNT_THROTTLE,
  ADDRESS_THROTTLE,
  clearFailures,
  LOGIN_THROTTLE,
  loginKeys,
  recordFailure,
  throttleWait,
  waitMessage,
} from "./throttle";
import { splitPasscode, verifyTotp } from "./totp";

export const SESSION_HOURS = 8;

/** When a session opened at `now` expires (the cookie's max age is the same). */
export function sessionExpiresAt(now: Date): Date {
  return new Date(now.getTime() + SESSION_HOURS * 3_600_000);
}
/** Sessions end after this long without a request (SESSION_IDLE_MINUTES, 30 by default). */
export function sessionIdleMinutes(env: Record<string, string | undefined> = process.env): number {
  const minutes = Number(env.SESSION_IDLE_MINUTES ?? 30);
  return Number.isFinite(minutes) && minutes >= 1 ? minutes : 30;
}
/** An address that logged in to an account within this many days is the owner's. */
const KNOWN_ADDRESS_DAYS = 90;

export type LoginFailureCode = "invalid" | "throttled" | "passcode_required" | "busy";

// One message per outcome, the same whether the identifiant exists or not.
export const LOGIN_MESSAGES: Record<Exclude<LoginFailureCode, "throttled"> | "missing", string> = {
  invalid: "Identifiant, mot de passe ou passcode incorrect.",
  passcode_required:
    "Votre compte est protégé par une clé de sécurité : saisissez votre passcode OTP (votre code PIN suivi des 6 chiffres affichés), ou votre mot de passe et un code de secours.",
  busy: "Le service de connexion est momentanément saturé : réessayez dans quelques secondes.",
  missing: "Saisissez votre identifiant, puis votre mot de passe ou votre passcode OTP.",
};

export function throttledMessage(retryAfterSeconds: number): string {
  return `Trop de tentatives infructueuses : réessayez dans ${waitMessage(retryAfterSeconds)}, ou utilisez « Mot de passe oublié ».`;
}

export interface LoginInput {
  identifiant: string;
  password?: string;
  passcode?: string;
}

export interface LoginContext {
  /** The caller's address (lib/auth/client-ip). */
  ip?: string;
  now?: Date;
}

export type LoginOutcome =
  | { ok: true; userId: string; sessionId: string }
  | { ok: false; code: LoginFailureCode; retryAfterSeconds?: number };

export function normalizeIdentifiant(identifiant: string): string {
  return identifiant.trim().toLowerCase();
}

/** What the audit log keeps of an unknown identifiant: never the typed text, which may be a password typed in the wrong field. */
function fingerprint(text: string): string {
  return createHash("sha256").update(text).digest("hex").slice(0, 12);
}

export async function isKnownAddress(
  db: Db,
  userId: string,
  ip: string,
  now: Date,
): Promise<boolean> {
  const since = new Date(now.getTime() - KNOWN_ADDRESS_DAYS * 86_400_000);
  return (await db.loginSession.count({ where: { userId, ip, createdAt: { gt: since } } })) > 0;
}

/**
 * The one path of every login (next-auth's credentials `authorize`, whatever the entry
 * point): throttling, credential check, counters, server-side session, audit log. Every
 * refusal costs one hash, so that timing says nothing about the account.
 */
export async function authenticate(
  db: Db,
  input: LoginInput,
  context: LoginContext = {},
): Promise<LoginOutcome> {
  const now = context.now ?? new Date();
  const ip = context.ip ?? "inconnue";
  const identifiant = normalizeIdentifiant(input.identifiant);
  const user = await db.user.findUnique({
    where: { identifiant },
    omit: { passwordHash: false, totpSecret: false, pinHash: false, recoveryCodes: false },
  });
  const account = user && !user.disabledAt ? user : null;
  const audit = (action: string, after?: unknown) =>
    writeAudit(db, {
      actorId: null,
      action,
      entity: "User",
      entityId: account?.id ?? null,
      after: account
        ? after
        : { ...(after as object), identifiant: `empreinte ${fingerprint(identifiant)}` },
      ip,
    });

  // The throttles, keyed on the typed identifiant so that unknown ones answer alike.
  const keys = [
    loginKeys.accountAddress(identifiant, ip),
    loginKeys.account(identifiant),
    loginKeys.address(ip),
  ];
  const accountWait = await throttleWait(db, keys[1]!, ACCOUNT_THROTTLE, now);
  const waits = [
    await throttleWait(db, keys[0]!, LOGIN_THROTTLE, now),
    accountWait > 0 && account && (await isKnownAddress(db, account.id, ip, now)) ? 0 : accountWait,
    await throttleWait(db, keys[2]!, ADDRESS_THROTTLE, now),
  ];
  const wait = Math.max(...waits);
  if (wait > 0) {
    await audit("auth.login.throttled", { retryAfterSeconds: wait });
    return { ok: false, code: "throttled", retryAfterSeconds: wait };
  }

  let verified = false;
  let totpStep: number | null = null;
  let recoveryCodes: string[] | null = null;
  let method = "password";
  try {
    const passcode = input.passcode?.trim() ?? "";
    if (!account) {
      await verifyDummy(input.password || passcode);
    } else if (passcode && looksLikeRecoveryCode(passcode)) {
      // Lost key: the password plus one single-use recovery code.
      method = "recovery_code";
      const stored = parseStoredCodes(account.recoveryCodes);
      const hash = hashRecoveryCode(account.id, passcode);
      verified =
        (await verifySecret(input.password ?? "", account.passwordHash)) && stored.includes(hash);
      if (verified) recoveryCodes = stored.filter((h) => h !== hash);
    } else if (passcode) {
      method = "passcode";
      const parts = splitPasscode(passcode);
      totpStep =
        parts && account.totpSecret
          ? verifyTotp(account.totpSecret, parts.code, now, account.totpLastStep)
          : null;
      verified =
        totpStep !== null && account.pinHash
          ? await verifySecret(parts!.pin, account.pinHash)
          : await verifyDummy(passcode);
    } else {
      const passwordOk = await verifySecret(input.password ?? "", account.passwordHash);
      if (passwordOk && account.totpSecret) {
        // The password alone is not enough once a security key is enrolled. Not a failure:
        // the counters stay as they are.
        return { ok: false, code: "passcode_required" };
      }
      verified = passwordOk;
    }
  } catch (error) {
    if (error instanceof HashQueueFull) return { ok: false, code: "busy" };
    throw error;
  }

  if (!verified || !account) {
    await recordFailure(db, keys, now);
    await audit("auth.login.failed", { method });
    return { ok: false, code: "invalid" };
  }

  // An imported account's initial credential (a keyed HMAC) becomes a scrypt hash at its
  // first login: the one slow hash the import did not pay (decision 0010).
  const rehashed =
    isInitialCredential(account.passwordHash) && input.password
      ? await hashSecret(input.password)
      : null;
  const session = await db.$transaction(async (tx) => {
    await tx.user.update({
      where: { id: account.id },
      data: {
        ...(rehashed ? { passwordHash: rehashed } : {}),
        failedLoginCount: 0,
        lockedUntil: null,
        previousLoginAt: account.lastLoginAt,
        lastLoginAt: now,
        ...(totpStep !== null ? { totpLastStep: totpStep } : {}),
        ...(recoveryCodes ? { recoveryCodes: JSON.stringify(recoveryCodes) } : {}),
      },
    });
    return tx.loginSession.create({
      data: {
        userId: account.id,
        ip,
        lastSeenAt: now,
        expiresAt: sessionExpiresAt(now),
      },
    });
  });
  // The owner's success clears this address's counter only: a guesser's elsewhere stays.
  await clearFailures(db, [keys[0]!]);
  await writeAudit(db, {
    actorId: account.id,
    action: "auth.login",
    entity: "User",
    entityId: account.id,
    after: { method, ...(recoveryCodes ? { recoveryCodesLeft: recoveryCodes.length } : {}) },
    ip,
  });
  return { ok: true, userId: account.id, sessionId: session.id };
}

export async function revokeSession(db: Db, sessionId: string, now = new Date()): Promise<void> {
  await db.loginSession.updateMany({
    where: { id: sessionId, revokedAt: null },
    data: { revokedAt: now },
  });
}

/** Ends every session of a user but `keep` (the one that made the change, if any). */
export async function revokeOtherSessions(
  db: Db,
  userId: string,
  keep: string | null,
  now = new Date(),
): Promise<void> {
  await db.loginSession.updateMany({
    where: { userId, revokedAt: null, ...(keep ? { id: { not: keep } } : {}) },
    data: { revokedAt: now },
  });
}

// lastSeenAt is written at most once a minute per session, not on every request.
const TOUCH_EVERY_MS = 60_000;

/**
 * The live session `sessionId` with its user, or null once revoked, expired, idle for
 * longer than sessionIdleMinutes() (it is then revoked) or its account disabled.
 */
export async function loadSession(db: Db, sessionId: string, now = new Date()) {
  const login = await db.loginSession.findUnique({
    where: { id: sessionId },
    select: {
      id: true,
      expiresAt: true,
      revokedAt: true,
      lastSeenAt: true,
      user: {
        select: {
          id: true,
          role: true,
          agentId: true,
          identifiant: true,
          displayName: true,
          passwordIsDefault: true,
          mustChangePassword: true,
          previousLoginAt: true,
          disabledAt: true,
          totpSecret: true,
        },
      },
    },
  });
  if (!login || login.revokedAt || login.expiresAt <= now || login.user.disabledAt) return null;
  const idle = now.getTime() - login.lastSeenAt.getTime();
  if (idle > sessionIdleMinutes() * 60_000) {
    await revokeSession(db, login.id, now);
    return null;
  }
  if (idle > TOUCH_EVERY_MS)
    await db.loginSession.update({ where: { id: login.id }, data: { lastSeenAt: now } });
  return login;
}
