import type { Db } from "@/lib/db";
import { writeAudit } from "@/lib/audit";
import { afterFailure, afterSuccess, isLocked, LOCKOUT_POLICY } from "./lockout";
import { hashSecret, verifySecret } from "./password";
import { splitPasscode, verifyTotp } from "./totp";

export const SESSION_HOURS = 8;

export type LoginFailureCode = "invalid" | "locked" | "passcode_required" | "passcode_not_enrolled";

export const LOGIN_MESSAGES: Record<LoginFailureCode | "missing", string> = {
  invalid: "Identifiant ou mot de passe incorrect.",
  locked: `Votre compte est temporairement verrouillé après ${LOCKOUT_POLICY.maxFailures} tentatives infructueuses. Réessayez dans ${LOCKOUT_POLICY.lockMinutes} minutes ou utilisez « Mot de passe oublié ».`,
  passcode_required:
    "Votre compte est protégé par une clé de sécurité : saisissez votre passcode OTP (votre code PIN suivi des 6 chiffres affichés).",
  passcode_not_enrolled: "Aucune clé de sécurité n'est associée à ce compte : connectez-vous avec votre mot de passe.",
  missing: "Saisissez votre identifiant, puis votre mot de passe ou votre passcode OTP.",
};

export interface LoginInput {
  identifiant: string;
  password?: string;
  passcode?: string;
}

export type LoginOutcome =
  | { ok: true; userId: string; sessionId: string }
  | { ok: false; code: LoginFailureCode };

// Verifying against a throw-away hash when the identifiant is unknown keeps the answer time
// the same, so that timing does not reveal which identifiants exist.
let dummyHash: Promise<string> | null = null;

export function normalizeIdentifiant(identifiant: string): string {
  return identifiant.trim().toLowerCase();
}

/**
 * Checks the credentials of a login attempt and records its outcome: failure counters and
 * lockout, last login dates, a server-side session, the audit log.
 */
export async function authenticate(db: Db, input: LoginInput, now = new Date()): Promise<LoginOutcome> {
  const identifiant = normalizeIdentifiant(input.identifiant);
  const user = await db.user.findUnique({
    where: { identifiant },
    omit: { passwordHash: false, totpSecret: false, pinHash: false },
  });
  if (!user || user.disabledAt) {
    dummyHash ??= hashSecret("dummy-password");
    await verifySecret(input.password || "x", await dummyHash);
    return { ok: false, code: "invalid" };
  }
  if (isLocked(user, now)) {
    await writeAudit(db, { actorId: user.id, action: "auth.login.refused_locked", entity: "User", entityId: user.id });
    return { ok: false, code: "locked" };
  }

  let verified = false;
  let totpStep: number | null = null;
  let failure: LoginFailureCode = "invalid";
  if (input.passcode) {
    const parts = splitPasscode(input.passcode);
    if (!user.totpSecret || !user.pinHash) {
      failure = "passcode_not_enrolled";
    } else if (parts) {
      totpStep = verifyTotp(user.totpSecret, parts.code, now, user.totpLastStep);
      verified = totpStep !== null && (await verifySecret(parts.pin, user.pinHash));
    }
  } else if (input.password) {
    const passwordOk = await verifySecret(input.password, user.passwordHash);
    if (passwordOk && user.totpSecret) {
      // The password alone is not enough once a security key is enrolled; this is not a
      // failed attempt, so the counters stay as they are.
      return { ok: false, code: "passcode_required" };
    }
    verified = passwordOk;
  }

  if (!verified) {
    const next = afterFailure(user, now);
    await db.user.update({ where: { id: user.id }, data: next });
    await writeAudit(db, {
      actorId: user.id,
      action: "auth.login.failed",
      entity: "User",
      entityId: user.id,
      after: { failedLoginCount: next.failedLoginCount, lockedUntil: next.lockedUntil },
    });
    return { ok: false, code: isLocked(next, now) ? "locked" : failure };
  }

  const session = await db.$transaction(async (tx) => {
    await tx.user.update({
      where: { id: user.id },
      data: {
        ...afterSuccess(),
        previousLoginAt: user.lastLoginAt,
        lastLoginAt: now,
        ...(totpStep !== null ? { totpLastStep: totpStep } : {}),
      },
    });
    return tx.loginSession.create({
      data: { userId: user.id, expiresAt: new Date(now.getTime() + SESSION_HOURS * 3_600_000) },
    });
  });
  await writeAudit(db, {
    actorId: user.id,
    action: "auth.login",
    entity: "User",
    entityId: user.id,
    after: { method: input.passcode ? "passcode" : "password" },
  });
  return { ok: true, userId: user.id, sessionId: session.id };
}

export async function revokeSession(db: Db, sessionId: string, now = new Date()): Promise<void> {
  await db.loginSession.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: now } });
}
