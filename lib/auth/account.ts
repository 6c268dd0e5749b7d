import type { Actor } from "./permissions";
import { usersInDepartements } from "./scope";
import { homeDepartementId } from "./actor";
import type { WriteResult } from "@/lib/actions/result";
import { z } from "zod";
import type { Db, DbTx } from "@/lib/db";
import { formatDateTime } from "@/lib/format";
import { writeAudit } from "@/lib/audit";
import { institutionalAddress, queueMail } from "@/lib/mail/outbox";
import { HashQueueFull, hashSecret, verifyDummy, verifySecret } from "./password";
import { generateRecoveryCodes, hashRecoveryCode } from "./recovery-codes";
import {
  clearAccountThrottle,
  clearFailures,
  LOGIN_THROTTLE,
  loginKeys,
  recordFailure,
  throttleWait,
  waitMessage,
} from "./throttle";
import { generateTotpSecret, splitPasscode, verifyTotp } from "./totp";

// Account rules shared by the password change, the reset link and the security key pages.
export const newPasswordSchema = z
  .string()
  .min(12, "Le mot de passe doit contenir au moins 12 caractères.")
  .max(128, "Le mot de passe ne doit pas dépasser 128 caractères.")
  .refine(
    (p) => /[a-zA-Z]/.test(p) && /\d/.test(p),
    "Le mot de passe doit contenir au moins une lettre et un chiffre.",
  );

export const pinSchema = z
  .string()
  .regex(/^\d{4,8}$/, "Le code PIN doit comporter de 4 à 8 chiffres.");

export type AccountResult = WriteResult<{ recoveryCodes?: string[] }>;

/**
 * PASSWORD_CHANGE_AT_FIRST_LOGIN (true unless set to "false"): an account still on its
 * initial password (the NUMEN) must choose a new one before reaching anything else. An
 * account flagged `mustChangePassword` must, whatever the setting.
 */
export function passwordChangeRequired(
  user: { passwordIsDefault: boolean; mustChangePassword: boolean },
  env: Record<string, string | undefined> = process.env,
): boolean {
  return (
    user.mustChangePassword ||
    (env.PASSWORD_CHANGE_AT_FIRST_LOGIN !== "false" && user.passwordIsDefault)
  );
}

export interface Reauth {
  password: string;
  /** Required when a security key is active: PIN followed by the 6 digits. */
  passcode?: string;
}

/**
 * Proof that the person at the keyboard is the owner, not someone with their session:
 * the current password, and the current passcode when a key is active. Guesses are
 * throttled like logins (one counter per account, since the session is the attacker's).
 */
async function reauthenticate(
  db: Db,
  userId: string,
  input: Reauth,
  now: Date,
  withPasscode = true,
): Promise<AccountResult> {
  const key = loginKeys.reauth(userId);
  const wait = await throttleWait(db, key, LOGIN_THROTTLE, now);
  if (wait > 0)
    return {
      ok: false,
      message: `Trop de saisies incorrectes : réessayez dans ${waitMessage(wait)}.`,
    };
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    omit: { passwordHash: false, totpSecret: false, pinHash: false },
  });
  let failure: AccountResult | null = null;
  try {
    if (!(await verifySecret(input.password, user.passwordHash))) {
      failure = { ok: false, field: "password", message: "Le mot de passe actuel est incorrect." };
    } else if (withPasscode && user.totpSecret && user.pinHash) {
      const parts = splitPasscode(input.passcode ?? "");
      const step = parts ? verifyTotp(user.totpSecret, parts.code, now, user.totpLastStep) : null;
      const ok =
        step !== null
          ? await verifySecret(parts!.pin, user.pinHash)
          : await verifyDummy(input.passcode ?? "");
      if (ok) await db.user.update({ where: { id: userId }, data: { totpLastStep: step } });
      else
        failure = {
          ok: false,
          field: "passcode",
          message:
            "Le passcode OTP est incorrect : saisissez votre code PIN suivi des 6 chiffres affichés maintenant.",
        };
    }
  } catch (error) {
    if (error instanceof HashQueueFull)
      return {
        ok: false,
        message: "Le service est momentanément saturé : réessayez dans quelques secondes.",
      };
    throw error;
  }
  if (failure) {
    await recordFailure(db, [key], now);
    await writeAudit(db, {
      actorId: userId,
      action: "account.reauth.failed",
      entity: "User",
      entityId: userId,
    });
    return failure;
  }
  await clearFailures(db, [key]);
  return { ok: true };
}

export async function changePassword(
  db: Db,
  userId: string,
  input: { current: string; next: string },
  context: { sessionId?: string; now?: Date } = {},
): Promise<AccountResult> {
  const now = context.now ?? new Date();
  const check = await reauthenticate(db, userId, { password: input.current }, now, false);
  if (!check.ok) return check.field === "password" ? { ...check, field: "current" } : check;
  if (input.current === input.next) {
    return {
      ok: false,
      field: "next",
      message: "Le nouveau mot de passe doit être différent de l'actuel.",
    };
  }
  await setPassword(db, userId, input.next, now);
  // Whoever else holds a session of this account (the reason for a change, often) is out.
  await db.loginSession.updateMany({
    where: {
      userId,
      revokedAt: null,
      ...(context.sessionId ? { id: { not: context.sessionId } } : {}),
    },
    data: { revokedAt: now },
  });
  return { ok: true };
}

export async function setPassword(
  db: Db,
  userId: string,
  password: string,
  now = new Date(),
): Promise<void> {
  const passwordHash = await hashSecret(password);
  await db.$transaction(async (tx) => {
    await tx.user.update({
      where: { id: userId },
      data: {
        passwordHash,
        passwordIsDefault: false,
        mustChangePassword: false,
        passwordChangedAt: now,
        failedLoginCount: 0,
        lockedUntil: null,
      },
    });
    await writeAudit(tx, {
      actorId: userId,
      action: "account.password.change",
      entity: "User",
      entityId: userId,
    });
    await notifyOwner(tx, userId, "password", now);
  });
}

type AccountChange = "password" | "totp.enable" | "totp.disable" | "totp.removedByAdmin";

const CHANGE_MAIL: Record<AccountChange, { subject: string; text: string }> = {
  password: {
    subject: "Avancement : le mot de passe de votre compte a été modifié",
    text: "Le mot de passe de votre compte {identifiant} a été modifié {date}. Les autres sessions ouvertes ont été fermées.",
  },
  "totp.enable": {
    subject: "Avancement : une clé de sécurité a été associée à votre compte",
    text: "Une clé de sécurité (OTP) a été associée à votre compte {identifiant} {date}.",
  },
  "totp.disable": {
    subject: "Avancement : la clé de sécurité de votre compte a été supprimée",
    text: "La clé de sécurité (OTP) de votre compte {identifiant} a été supprimée {date}. Vous vous connectez désormais avec votre mot de passe.",
  },
  "totp.removedByAdmin": {
    subject: "Avancement : la clé de sécurité de votre compte a été retirée",
    text: "Un gestionnaire a retiré {date} la clé de sécurité (OTP) associée à votre compte {identifiant}. Vous vous connectez désormais avec votre mot de passe ; vous pouvez associer une nouvelle clé depuis « Mon compte › Clé de sécurité ».",
  },
};

/**
 * Tells the owner that a credential of their account changed (ASVS 2.2.3, 2.5.5): if the
 * change was not theirs, the mail is how they learn it. Never carries a secret.
 */
async function notifyOwner(
  db: DbTx,
  userId: string,
  change: AccountChange,
  now: Date,
): Promise<void> {
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    include: { agent: { select: { email: true } } },
  });
  const { subject, text } = CHANGE_MAIL[change];
  const body = text
    .replace("{identifiant}", user.identifiant)
    .replace("{date}", formatDateTime(now));
  await queueMail(db, {
    to: user.email ?? user.agent?.email ?? institutionalAddress(user.identifiant),
    subject,
    body: `Bonjour ${user.displayName},\n\n${body}\n\nSi vous n'êtes pas à l'origine de ce changement, demandez sans attendre un nouveau mot de passe depuis la page de connexion (« Mot de passe oublié ») et prévenez votre gestionnaire.`,
    kind: "information",
    departementId: await homeDepartementId(db, userId),
  });
}

/**
 * Starts (or restarts) enrolment: the secret stays pending until confirmed. Replacing an
 * active key needs the current password and passcode; a first key needs them at confirmation.
 */
export async function startTotpEnrolment(
  db: Db,
  userId: string,
  reauth?: Reauth,
  now = new Date(),
): Promise<AccountResult & { secret?: string }> {
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    omit: { totpSecret: false },
  });
  if (user.totpSecret) {
    const check = await reauthenticate(db, userId, reauth ?? { password: "" }, now);
    if (!check.ok) return check;
  }
  const secret = generateTotpSecret();
  await db.user.update({ where: { id: userId }, data: { totpPendingSecret: secret } });
  return { ok: true, secret };
}

export async function confirmTotpEnrolment(
  db: Db,
  userId: string,
  input: { pin: string; code: string; password: string },
  now = new Date(),
): Promise<AccountResult> {
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    omit: { totpPendingSecret: false },
  });
  if (!user.totpPendingSecret) {
    return {
      ok: false,
      message: "Aucune clé en cours d'enregistrement : recommencez l'opération.",
    };
  }
  // The password only: a key being replaced was proved when the replacement started.
  const check = await reauthenticate(db, userId, { password: input.password }, now, false);
  if (!check.ok) return check;
  const step = verifyTotp(user.totpPendingSecret, input.code.trim(), now);
  if (step === null) {
    return {
      ok: false,
      field: "code",
      message: "Code incorrect ou expiré : saisissez les 6 chiffres affichés maintenant.",
    };
  }
  const recoveryCodes = generateRecoveryCodes();
  const pinHash = await hashSecret(input.pin);
  await db.$transaction(async (tx) => {
    await tx.user.update({
      where: { id: userId },
      data: {
        totpSecret: user.totpPendingSecret,
        totpPendingSecret: null,
        totpEnabledAt: now,
        totpLastStep: step,
        pinHash,
        recoveryCodes: JSON.stringify(recoveryCodes.map((c) => hashRecoveryCode(userId, c))),
      },
    });
    await writeAudit(tx, {
      actorId: userId,
      action: "account.totp.enable",
      entity: "User",
      entityId: userId,
    });
    await notifyOwner(tx, userId, "totp.enable", now);
  });
  return { ok: true, recoveryCodes };
}

const KEY_CLEARED = {
  totpSecret: null,
  totpPendingSecret: null,
  totpEnabledAt: null,
  totpLastStep: null,
  pinHash: null,
  recoveryCodes: null,
};

export async function disableTotp(
  db: Db,
  userId: string,
  reauth: Reauth,
  now = new Date(),
): Promise<AccountResult> {
  const check = await reauthenticate(db, userId, reauth, now);
  if (!check.ok) return check;
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: KEY_CLEARED });
    await writeAudit(tx, {
      actorId: userId,
      action: "account.totp.disable",
      entity: "User",
      entityId: userId,
    });
    await notifyOwner(tx, userId, "totp.disable", now);
  });
  return { ok: true };
}

/**
 * A gestionnaire removes the security key of an account (a key lost, or enrolled by
 * someone else): audited, and the owner is told by mail.
 */
export async function removeSecurityKeyByAdmin(
  db: Db,
  admin: Actor,
  userId: string,
): Promise<AccountResult> {
  const adminId = admin.id;
  const user = await db.user.findFirst({
    where: { id: userId, ...usersInDepartements(admin) },
    select: { totpSecret: true },
  });
  if (!user) return { ok: false, message: "Compte introuvable." };
  if (!user.totpSecret) return { ok: false, message: "Ce compte n'a pas de clé de sécurité." };
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: KEY_CLEARED });
    await writeAudit(tx, {
      actorId: adminId,
      action: "admin.totp.remove",
      entity: "User",
      entityId: userId,
    });
    await notifyOwner(tx, userId, "totp.removedByAdmin", new Date());
  });
  return { ok: true };
}

/** A gestionnaire clears the login throttling of an account ("Débloquer le compte"). */
export async function unblockAccountByAdmin(
  db: Db,
  admin: Actor,
  userId: string,
): Promise<AccountResult> {
  const adminId = admin.id;
  const user = await db.user.findFirst({
    where: { id: userId, ...usersInDepartements(admin) },
    select: { identifiant: true },
  });
  if (!user) return { ok: false, message: "Compte introuvable." };
  const cleared = await clearAccountThrottle(db, user.identifiant, userId);
  await db.user.update({ where: { id: userId }, data: { failedLoginCount: 0, lockedUntil: null } });
  await writeAudit(db, {
    actorId: adminId,
    action: "admin.account.unblock",
    entity: "User",
    entityId: userId,
    after: { cleared },
  });
  return { ok: true };
}
