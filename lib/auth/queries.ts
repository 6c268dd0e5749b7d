import "server-only";
import { prisma } from "@/lib/db";
import type { Actor } from "./permissions";
import * as recovery from "./recovery";
import { userScope } from "./scope";

// The reads of the account and public pages (docs/decisions/0009-read-boundary.md).

/** The secret of a security key being enrolled, shown once as a QR code; null if none. */
export async function pendingTotpSecret(actor: Actor): Promise<string | null> {
  const user = await prisma.user.findFirstOrThrow({
    where: { AND: [{ id: actor.id }, userScope(actor)] },
    select: { totpPendingSecret: true },
  });
  return user.totpPendingSecret;
}

/** Public reset page: whether the link's token still works. */
export async function resetTokenState(token: string) {
  return recovery.checkResetToken(prisma, token);
}

/** Public « identifiant oublié »: the identifiant of the one agent matching all four, or null. */
export async function findIdentifiant(input: Parameters<typeof recovery.findIdentifiant>[1]) {
  return recovery.findIdentifiant(prisma, input);
}
