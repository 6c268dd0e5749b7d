import { createHash, randomBytes } from "node:crypto";
import type { Db } from "@/lib/db";
import { writeAudit } from "@/lib/audit";
import { appUrl } from "@/lib/env";
import { institutionalAddress, queueMail } from "@/lib/mail/outbox";
import { setPassword } from "./account";
import { normalizeNumen, verifySecret } from "./password";
import { normalizeIdentifiant } from "./login";

export const RESET_TOKEN_MINUTES = 60;

/** Case, accents, spaces and hyphens do not matter when a person types a name. */
export function foldName(name: string): string {
  return name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[^a-zA-Z]/g, "")
    .toLowerCase();
}

/**
 * "Rechercher son identifiant": name, birth date and NUMEN must all match. The NUMEN is
 * only stored hashed, so candidates are narrowed by birth date first.
 */
export async function findIdentifiant(
  db: Db,
  input: { nom: string; prenom: string; birthDate: Date; numen: string },
): Promise<string | null> {
  const candidates = await db.agent.findMany({
    where: { birthDate: input.birthDate },
    select: { nom: true, prenom: true, numenHash: true, user: { select: { identifiant: true } } },
  });
  const nom = foldName(input.nom);
  const prenom = foldName(input.prenom);
  const numen = normalizeNumen(input.numen);
  for (const agent of candidates) {
    if (foldName(agent.nom) !== nom || foldName(agent.prenom) !== prenom || !agent.user) continue;
    if (await verifySecret(numen, agent.numenHash)) return agent.user.identifiant;
  }
  return null;
}

function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/**
 * Sends a one-time reset link to the account's address. Says nothing about whether the
 * identifiant exists: the caller shows the same message either way.
 */
export async function requestPasswordReset(db: Db, identifiantInput: string, now = new Date()): Promise<void> {
  const identifiant = normalizeIdentifiant(identifiantInput);
  const user = await db.user.findUnique({ where: { identifiant }, include: { agent: { select: { email: true } } } });
  if (!user || user.disabledAt) return;
  const token = randomBytes(32).toString("base64url");
  const link = `${appUrl()}/reinitialisation/${token}`;
  await db.$transaction(async (tx) => {
    await tx.passwordResetToken.create({
      data: { userId: user.id, tokenHash: hashToken(token), expiresAt: new Date(now.getTime() + RESET_TOKEN_MINUTES * 60_000) },
    });
    await queueMail(tx, {
      to: user.email ?? user.agent?.email ?? institutionalAddress(identifiant),
      subject: "Avancement : réinitialisation de votre mot de passe",
      body: `Bonjour ${user.displayName},\n\nPour choisir un nouveau mot de passe, ouvrez ce lien dans les ${RESET_TOKEN_MINUTES} minutes :\n${link}\n\nSi vous n'êtes pas à l'origine de cette demande, ignorez ce message : votre mot de passe reste inchangé.`,
      kind: "reinitialisation",
    });
    await writeAudit(tx, { actorId: user.id, action: "account.password.reset_requested", entity: "User", entityId: user.id });
  });
}

export type ResetCheck = { ok: true; userId: string; tokenId: string } | { ok: false; message: string };

export async function checkResetToken(db: Db, token: string, now = new Date()): Promise<ResetCheck> {
  const record = await db.passwordResetToken.findUnique({ where: { tokenHash: hashToken(token) } });
  if (!record || record.usedAt || record.expiresAt <= now) {
    return { ok: false, message: "Ce lien de réinitialisation n'est plus valable : faites une nouvelle demande." };
  }
  return { ok: true, userId: record.userId, tokenId: record.id };
}

export async function resetPassword(db: Db, token: string, password: string, now = new Date()): Promise<ResetCheck> {
  const check = await checkResetToken(db, token, now);
  if (!check.ok) return check;
  // Mark the token used first: a second submission of the same link then fails.
  const { count } = await db.passwordResetToken.updateMany({ where: { id: check.tokenId, usedAt: null }, data: { usedAt: now } });
  if (count === 0) return { ok: false, message: "Ce lien de réinitialisation a déjà été utilisé." };
  await setPassword(db, check.userId, password, now);
  // Every open session ends: whoever knew the old password is out.
  await db.loginSession.updateMany({ where: { userId: check.userId, revokedAt: null }, data: { revokedAt: now } });
  return check;
}
