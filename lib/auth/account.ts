import { z } from "zod";
import type { Db } from "@/lib/db";
import { writeAudit } from "@/lib/audit";
import { hashSecret, verifySecret } from "./password";
import { generateTotpSecret, verifyTotp } from "./totp";

// Account rules shared by the password change, the reset link and the security key pages.
export const newPasswordSchema = z
  .string()
  .min(12, "Le mot de passe doit contenir au moins 12 caractères.")
  .max(128, "Le mot de passe ne doit pas dépasser 128 caractères.")
  .refine((p) => /[a-zA-Z]/.test(p) && /\d/.test(p), "Le mot de passe doit contenir au moins une lettre et un chiffre.");

export const pinSchema = z.string().regex(/^\d{4,8}$/, "Le code PIN doit comporter de 4 à 8 chiffres.");

export type AccountResult = { ok: true } | { ok: false; field?: string; message: string };

export async function changePassword(
  db: Db,
  userId: string,
  input: { current: string; next: string },
  now = new Date(),
): Promise<AccountResult> {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, omit: { passwordHash: false } });
  if (!(await verifySecret(input.current, user.passwordHash))) {
    return { ok: false, field: "current", message: "Le mot de passe actuel est incorrect." };
  }
  if (input.current === input.next) {
    return { ok: false, field: "next", message: "Le nouveau mot de passe doit être différent de l'actuel." };
  }
  await setPassword(db, userId, input.next, now);
  return { ok: true };
}

export async function setPassword(db: Db, userId: string, password: string, now = new Date()): Promise<void> {
  const passwordHash = await hashSecret(password);
  await db.user.update({
    where: { id: userId },
    data: { passwordHash, passwordIsDefault: false, passwordChangedAt: now, failedLoginCount: 0, lockedUntil: null },
  });
  await writeAudit(db, { actorId: userId, action: "account.password.change", entity: "User", entityId: userId });
}

/** Starts (or restarts) enrolment: the secret stays pending until a code confirms it. */
export async function startTotpEnrolment(db: Db, userId: string): Promise<string> {
  const secret = generateTotpSecret();
  await db.user.update({ where: { id: userId }, data: { totpPendingSecret: secret } });
  return secret;
}

export async function confirmTotpEnrolment(
  db: Db,
  userId: string,
  input: { pin: string; code: string },
  now = new Date(),
): Promise<AccountResult> {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, omit: { totpPendingSecret: false } });
  if (!user.totpPendingSecret) {
    return { ok: false, message: "Aucune clé en cours d'enregistrement : recommencez l'opération." };
  }
  const step = verifyTotp(user.totpPendingSecret, input.code.trim(), now);
  if (step === null) {
    return { ok: false, field: "code", message: "Code incorrect ou expiré : saisissez les 6 chiffres affichés maintenant." };
  }
  await db.user.update({
    where: { id: userId },
    data: {
      totpSecret: user.totpPendingSecret,
      totpPendingSecret: null,
      totpEnabledAt: now,
      totpLastStep: step,
      pinHash: await hashSecret(input.pin),
    },
  });
  await writeAudit(db, { actorId: userId, action: "account.totp.enable", entity: "User", entityId: userId });
  return { ok: true };
}

export async function disableTotp(db: Db, userId: string, password: string): Promise<AccountResult> {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, omit: { passwordHash: false } });
  if (!(await verifySecret(password, user.passwordHash))) {
    return { ok: false, field: "password", message: "Le mot de passe est incorrect." };
  }
  await db.user.update({
    where: { id: userId },
    data: { totpSecret: null, totpPendingSecret: null, totpEnabledAt: null, totpLastStep: null, pinHash: null },
  });
  await writeAudit(db, { actorId: userId, action: "account.totp.disable", entity: "User", entityId: userId });
  return { ok: true };
}
