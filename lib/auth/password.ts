import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from "node:crypto";

// scrypt (memory-hard, salted) from Node's own crypto: no native add-on to build. It runs on
// libuv's thread pool, which would take as many parallel hashes as logins arrive and starve
// every page of CPU: hashes go through a small queue instead (HASH_CONCURRENCY at a time,
// 1 by default), and beyond HASH_QUEUE_MAX waiting ones a new hash is refused at once.
const KEY_LENGTH = 32;
const DEFAULT_COST = { N: 16384, r: 8, p: 1 };

export class HashQueueFull extends Error {
  constructor() {
    super("Hash queue full");
  }
}

const envInt = (name: string, fallback: number) => {
  const value = Number(process.env[name]);
  return Number.isInteger(value) && value > 0 ? value : fallback;
};

export const hashPool = {
  concurrency: envInt("HASH_CONCURRENCY", 1),
  maxQueue: envInt("HASH_QUEUE_MAX", 64),
  running: 0,
  waiting: [] as (() => void)[],
  /** Hashes computed since start (a verification is one): lets tests compare paths. */
  count: 0,
};

async function inPool<T>(work: () => Promise<T>): Promise<T> {
  if (hashPool.running >= hashPool.concurrency) {
    if (hashPool.waiting.length >= hashPool.maxQueue) throw new HashQueueFull();
    await new Promise<void>((resolve) => hashPool.waiting.push(resolve));
  } else {
    hashPool.running++;
  }
  try {
    hashPool.count++;
    return await work();
  } finally {
    // Hand the slot over directly to the next in line, or free it.
    const next = hashPool.waiting.shift();
    if (next) next();
    else hashPool.running--;
  }
}

function scryptAsync(secret: string, salt: Buffer, options: ScryptOptions): Promise<Buffer> {
  return inPool(
    () =>
      new Promise((resolve, reject) =>
        scrypt(secret.normalize("NFC"), salt, KEY_LENGTH, { ...options, maxmem: 64 * 1024 * 1024 }, (err, key) =>
          err ? reject(err) : resolve(key),
        ),
      ),
  );
}

/** Hash a secret (password, NUMEN, PIN) as `scrypt$N$r$p$salt$hash` (base64). */
export async function hashSecret(secret: string, cost = DEFAULT_COST): Promise<string> {
  const salt = randomBytes(16);
  const key = await scryptAsync(secret, salt, cost);
  return ["scrypt", cost.N, cost.r, cost.p, salt.toString("base64"), key.toString("base64")].join("$");
}

export async function verifySecret(secret: string, stored: string): Promise<boolean> {
  const parts = stored.split("$");
  if (parts.length !== 6 || parts[0] !== "scrypt") return false;
  const [, n, r, p, salt, hash] = parts as [string, string, string, string, string, string];
  const expected = Buffer.from(hash, "base64");
  const key = await scryptAsync(secret, Buffer.from(salt, "base64"), { N: Number(n), r: Number(r), p: Number(p) });
  return key.length === expected.length && timingSafeEqual(key, expected);
}

// A verification against a throw-away hash where there is nothing to verify (unknown
// account, no security key), so that every refusal costs the same one hash.
let dummy: Promise<string> | null = null;
export async function verifyDummy(secret: string): Promise<false> {
  dummy ??= hashSecret("dummy-secret-never-matches");
  await verifySecret(secret || "x", await dummy);
  return false;
}

/** NUMEN are typed in any case and with stray spaces; compare them in one canonical form. */
export function normalizeNumen(numen: string): string {
  return numen.replace(/\s+/g, "").toUpperCase();
}

export const NUMEN_PATTERN = /^[0-9]{2}[A-Z0-9][0-9]{7}[A-Z]{3}$/;
