import { homeDepartementId } from "./actor";
import type { WriteResult } from "@/lib/actions/result";
import { createHash, randomBytes } from "node:crypto";
import type { Db } from "@/lib/db";
import { writeAudit } from "@/lib/audit";
import { appUrl } from "@/lib/env";
import { institutionalAddress, queueMail } from "@/lib/mail/outbox";
import { setPassword } from "./account";
import { normalizeNumen, verifyDummy, verifySecret } from "./password";
import { isKnownAddress, normalizeIdentifiant, revokeOtherSessions } from "./login";
import { consume, LIMITS } from "./rate-limit";
import { clearAccountThrottle } from "./throttle";

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
 * only stored hashed, so candidates are narrowed by birth date and name first; one hash is
 * verified whatever matched (a dummy one when nothing did), so that the answer time does
 * not tell whether a person with that name and birth date exists.
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
  const matching = candidates.filter(
    (a) => a.user && foldName(a.nom) === nom && foldName(a.prenom) === prenom,
  );
  if (matching.length === 0) await verifyDummy(numen);
  for (const agent of matching) {
    if (await verifySecret(numen, agent.numenHash)) return agent.user!.identifiant;
  }
  return null;
}

function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

const idKey = (identifiant: string) => encodeURIComponent(identifiant);

/**
 * Sends a one-time reset link to the account's address; the newest link is the only one
 * that works. Says nothing about whether the identifiant exists: the caller shows the same
 * message either way. Refused (false) past the rate limits, keyed on the typed identifiant
 * so that unknown ones are refused alike.
 */
export async function requestPasswordReset(
  db: Db,
  identifiantInput: string,
  context: { ip?: string; now?: Date } = {},
): Promise<boolean> {
  const now = context.now ?? new Date();
  const ip = context.ip ?? "inconnue";
  const identifiant = normalizeIdentifiant(identifiantInput);
  const user = await db.user.findUnique({
    where: { identifiant },
    include: { agent: { select: { email: true } } },
  });
  const account = user && !user.disabledAt ? user : null;
  if (!(await consume(db, `reset-ip:${ip}`, LIMITS.resetPerIp, now))) return false;
  if (
    !(await consume(
      db,
      `reset-id:${idKey(identifiant)}:${ip}`,
      LIMITS.resetPerIdentifiantAndIp,
      now,
    ))
  )
    return false;
  const known = account ? await isKnownAddress(db, account.id, ip, now) : false;
  if (
    !known &&
    !(await consume(db, `reset-id:${idKey(identifiant)}`, LIMITS.resetPerIdentifiant, now))
  )
    return false;
  if (!account) return true;

  const token = randomBytes(32).toString("base64url");
  const link = `${appUrl()}/reinitialisation/${token}`;
  await db.$transaction(async (tx) => {
    // A newer link replaces every older one still outstanding.
    await tx.passwordResetToken.updateMany({
      where: { userId: account.id, usedAt: null },
      data: { usedAt: now },
    });
    await tx.passwordResetToken.create({
      data: {
        userId: account.id,
        tokenHash: hashToken(token),
        expiresAt: new Date(now.getTime() + RESET_TOKEN_MINUTES * 60_000),
      },
    });
    await queueMail(tx, {
      to: account.email ?? account.agent?.email ?? institutionalAddress(identifiant),
      subject: "Avancement : réinitialisation de votre mot de passe",
      body: `Bonjour ${account.displayName},\n\nPour choisir un nouveau mot de passe, ouvrez ce lien dans les ${RESET_TOKEN_MINUTES} minutes :\n${link}\n\nSi vous n'êtes pas à l'origine de cette demande, ignorez ce message : votre mot de passe reste inchangé.`,
      kind: "reinitialisation",
      secrets: [link],
      departementId: await homeDepartementId(tx, account.id),
    });
    await writeAudit(tx, {
      actorId: null,
      action: "account.password.reset_requested",
      entity: "User",
      entityId: account.id,
      ip,
    });
  });
  return true;
}

export type ResetCheck = WriteResult<{ userId: string; tokenId: string }>;

export async function checkResetToken(
  db: Db,
  token: string,
  now = new Date(),
): Promise<ResetCheck> {
  const record = await db.passwordResetToken.findUnique({ where: { tokenHash: hashToken(token) } });
  if (!record || record.usedAt || record.expiresAt <= now) {
    return {
      ok: false,
      message: "Ce lien de réinitialisation n'est plus valable : faites une nouvelle demande.",
    };
  }
  return { ok: true, userId: record.userId, tokenId: record.id };
}

export async function resetPassword(
  db: Db,
  token: string,
  password: string,
  now = new Date(),
): Promise<ResetCheck> {
  const check = await checkResetToken(db, token, now);
  if (!check.ok) return check;
  // Mark the token used first: a second submission of the same link then fails. Every
  // other outstanding link of the account goes with it.
  const { count } = await db.passwordResetToken.updateMany({
    where: { id: check.tokenId, usedAt: null },
    data: { usedAt: now },
  });
  if (count === 0) return { ok: false, message: "Ce lien de réinitialisation a déjà été utilisé." };
  await db.passwordResetToken.updateMany({
    where: { userId: check.userId, usedAt: null },
    data: { usedAt: now },
  });
  await setPassword(db, check.userId, password, now);
  // Every open session ends: whoever knew the old password is out. The owner proved who
  // they are through the mail: the login counters start afresh.
  await revokeOtherSessions(db, check.userId, null, now);
  const user = await db.user.findUniqueOrThrow({
    where: { id: check.userId },
    select: { identifiant: true },
  });
  await clearAccountThrottle(db, user.identifiant, check.userId);
  return check;
}
