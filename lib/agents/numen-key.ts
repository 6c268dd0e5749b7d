import { verifySecret } from "@/lib/auth/password";
import { normalizeNumen, numenKey } from "@/lib/crypto/numen-index";
import type { Db } from "@/lib/db";

// Agent.numenKey: the keyed HMAC of the NUMEN (lib/crypto/numen-index.ts), a "blind index".
// It lets an import or a search find the agent of a NUMEN with one indexed lookup instead of
// one scrypt verification per candidate (0.1 s each: minutes for a département). The NUMEN
// itself is never stored. Changing the key only makes the next import take the slow path
// once: agents found by their numenHash get their numenKey rewritten.

export { numenKey };

/**
 * The agent of a NUMEN, among those of `scope` (a gestionnaire's départements): by numenKey, else (agents whose key is not set yet) by the last
 * three characters and a verification of numenHash; the key is then filled in.
 */
export async function findAgentIdByNumen(
  db: Db,
  rawNumen: string,
  scope: { departementId?: { in: string[] } } = {},
): Promise<string | null> {
  const numen = normalizeNumen(rawNumen);
  const key = numenKey(numen);
  const byKey = await db.agent.findFirst({
    where: { numenKey: key, ...scope },
    select: { id: true },
    orderBy: { createdAt: "asc" },
  });
  if (byKey) return byKey.id;
  const candidates = await db.agent.findMany({
    where: { numenHint: numen.slice(-3), numenKey: null, ...scope },
    select: { id: true, numenHash: true },
  });
  for (const c of candidates) {
    if (await verifySecret(numen, c.numenHash)) {
      await db.agent.update({ where: { id: c.id }, data: { numenKey: key } });
      return c.id;
    }
  }
  return null;
}
