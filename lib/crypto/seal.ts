import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { authSecret } from "@/lib/env";

// Symmetric sealing of what must wait in the database for a short while and be readable
// only by the portal (a mail's reset link until the outbox worker delivers it). AES-256-GCM
// with a key derived from AUTH_SECRET for this one purpose.
function key(purpose: string): Buffer {
  return Buffer.from(hkdfSync("sha256", authSecret(), "avancement", purpose, 32));
}

export function seal(plain: string, purpose: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key(purpose), iv);
  const data = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return [iv, cipher.getAuthTag(), data].map((b) => b.toString("base64url")).join(".");
}

/** The sealed text, or null when it was sealed under another secret or tampered with. */
export function unseal(sealed: string, purpose: string): string | null {
  try {
    const [iv, tag, data] = sealed.split(".").map((p) => Buffer.from(p, "base64url"));
    const decipher = createDecipheriv("aes-256-gcm", key(purpose), iv!);
    decipher.setAuthTag(tag!);
    return Buffer.concat([decipher.update(data!), decipher.final()]).toString("utf8");
  } catch {
    return null;
  }
}
