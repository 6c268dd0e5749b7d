import "server-only";
import { prisma } from "@/lib/db";
import { withDb } from "@/lib/bound";
import { writeAudit } from "@/lib/audit";
import * as account from "./account";
import { revokeSession } from "./login";
import { consume, LIMITS } from "./rate-limit";
import * as recovery from "./recovery";
import type { CurrentUser } from "./session";

// Accounts, sessions and recovery, on the application's client, for server actions and
// route handlers (docs/decisions/0009-read-boundary.md).
export const changePassword = withDb(account.changePassword);
export const startTotpEnrolment = withDb(account.startTotpEnrolment);
export const confirmTotpEnrolment = withDb(account.confirmTotpEnrolment);
export const disableTotp = withDb(account.disableTotp);
export const removeSecurityKeyByAdmin = withDb(account.removeSecurityKeyByAdmin);
export const unblockAccountByAdmin = withDb(account.unblockAccountByAdmin);
export const requestPasswordReset = withDb(recovery.requestPasswordReset);
export const resetPassword = withDb(recovery.resetPassword);

/** « Identifiant oublié » from this address: false when it asked too often. */
export async function consumeLookup(ip: string): Promise<boolean> {
  return consume(prisma, `lookup-ip:${ip}`, LIMITS.lookupPerIp);
}

/** Ends the user's server-side session (the cookie alone would stay valid), audited. */
export async function endSession(user: Pick<CurrentUser, "id" | "sessionId">): Promise<void> {
  await revokeSession(prisma, user.sessionId);
  await writeAudit(prisma, {
    actorId: user.id,
    action: "auth.logout",
    entity: "User",
    entityId: user.id,
  });
}

/** next-auth's sign-out: ends the session its cookie names, whoever it belongs to, audited. */
export async function endSessionById(sessionId: string): Promise<void> {
  const login = await prisma.loginSession.findUnique({
    where: { id: sessionId },
    select: { userId: true },
  });
  await revokeSession(prisma, sessionId);
  if (login)
    await writeAudit(prisma, {
      actorId: login.userId,
      action: "auth.logout",
      entity: "User",
      entityId: login.userId,
    });
}
