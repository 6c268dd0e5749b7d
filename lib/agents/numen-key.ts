import { createHmac } from "node:crypto";
import { normalizeNumen, verifySecret } from "@/lib/auth/password";
import type { Db } from "@/lib/db";
import { authSecret } from "@/lib/env";

// Agent.numenKey: a keyed HMAC-SHA256 of the NUMEN, a "blind index". It lets an import or a
// search find the agent of a NUMEN with one indexed lookup instead of one scrypt
// verification per candidate (0.1 s each: minutes for a département). The NUMEN itself is
// still never stored, and without the key (NUMEN_INDEX_KEY, or derived from AUTH_SECRET,
// neither in the database) the column cannot be brute-forced from a copy of the database.
// Changing the key only makes the next import take the slow path once: agents found by
// their numenHash get their numenKey rewritten.

let cachedKey: { source: string; key: Buffer } | null = null;

function indexKey(): Buffer {
  const source = process.env.NUMEN_INDEX_KEY || authSecret();
  if (cachedKey?.source !== source) cachedKey = { source, key: createHmac("sha256", source).update("avancement/numen-index/v1").digest() };
  return cachedKey.key;
}

/** The numenKey of a NUMEN (normalized first: spaces dropped, upper case). */
export function numenKey(numen: string): string {
  return createHmac("sha256", indexKey()).update(normalizeNumen(numen)).digest("base64url");
}

/**
 * The agent of a NUMEN, among those of `scope` (a gestionnaire's départements): by numenKey, else (agents whose key is not set yet) by the last
 * three characters and a verification of numenHash; the key is then filled in.
 */
export async function findAgentIdByNumen(db: Db, rawNumen: string, scope: { departementId?: { in: string[] } } = {}): Promise<string | null> {
  const numen = normalizeNumen(rawNumen);
  const key = numenKey(numen);
  const byKey = await db.agent.findFirst({ where: { numenKey: key, ...scope }, select: { id: true }, orderBy: { createdAt: "asc" } });
  if (byKey) return byKey.id;
  const candidates = await db.agent.findMany({ where: { numenHint: numen.slice(-3), numenKey: null, ...scope }, select: { id: true, numenHash: true } });
  for (const c of candidates) {
    if (await verifySecret(numen, c.numenHash)) {
      await db.agent.update({ where: { id: c.id }, data: { numenKey: key } });
      return c.id;
    }
  }
  return null;
}
