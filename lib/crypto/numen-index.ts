import { createHmac } from "node:crypto";
import { authSecret } from "@/lib/env";

// A keyed HMAC-SHA256 of a NUMEN: Agent.numenKey (a "blind index", lib/agents/numen-key.ts)
// and the initial credential of an imported account (lib/auth/password.ts). Without the key
// (NUMEN_INDEX_KEY, or derived from AUTH_SECRET, neither in the database) a copy of the
// database cannot be brute-forced.

let cachedKey: { source: string; key: Buffer } | null = null;

function indexKey(): Buffer {
  const source = process.env.NUMEN_INDEX_KEY || authSecret();
  if (cachedKey?.source !== source)
    cachedKey = {
      source,
      key: createHmac("sha256", source).update("avancement/numen-index/v1").digest(),
    };
  return cachedKey.key;
}

/** NUMEN are typed in any case and with stray spaces; compare them in one canonical form. */
export function normalizeNumen(numen: string): string {
  return numen.replace(/\s+/g, "").toUpperCase();
}

/** The keyed HMAC of a NUMEN (normalized first: spaces dropped, upper case). */
export function numenKey(numen: string): string {
  return createHmac("sha256", indexKey()).update(normalizeNumen(numen)).digest("base64url");
}
