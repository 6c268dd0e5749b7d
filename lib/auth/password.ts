import { normalizeNumen, numenKey } from "@/lib/crypto/numen-index";
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from "node:crypto";
import os from "node:os";

// scrypt (memory-hard, salted) from Node's own crypto: no native add-on to build. Left to
// libuv's thread pool it would take as many parallel hashes as logins arrive and starve
// every page of CPU: hashes go through a small queue instead (HASH_CONCURRENCY at a time),
// and beyond HASH_QUEUE_MAX waiting ones a new hash is refused at once.
// In the server (NEXT_RUNTIME), they run in a child process at a lower CPU priority
// (HASH_NICE), so that pages get the processor first and logins wait (HASH_WORKER=off: in
// process).
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
  // As many hashes as cores (at most 4, libuv's default threads): at the lowest priority in
  // the server they take only the CPU that pages leave.
  concurrency: envInt("HASH_CONCURRENCY", Math.min(4, os.cpus().length)),
  maxQueue: envInt("HASH_QUEUE_MAX", 64),
  running: 0,
  waiting: [] as (() => void)[],
  /** Hashes computed since start (a verification is one): lets tests compare paths. */
  count: 0,
};

/** `refuseWhenFull`: verifications (what anonymous logins cause) are refused past the queue; new hashes (imports, password changes) wait. */
async function inPool<T>(work: () => Promise<T>, refuseWhenFull: boolean): Promise<T> {
  if (hashPool.running >= hashPool.concurrency) {
    if (refuseWhenFull && hashPool.waiting.length >= hashPool.maxQueue) throw new HashQueueFull();
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

const MAXMEM = 64 * 1024 * 1024;

// The hashing process: reads { id, secret, salt, options } messages, answers { id, key }.
const WORKER_SOURCE = `
const { scrypt } = require("node:crypto");
process.on("message", (m) => {
  scrypt(m.secret, Buffer.from(m.salt, "base64"), ${KEY_LENGTH}, { ...m.options, maxmem: ${MAXMEM} }, (err, key) =>
    process.send(err ? { id: m.id, error: String(err) } : { id: m.id, key: key.toString("base64") }));
});
process.on("disconnect", () => process.exit(0));
`;

let worker: ChildProcess | null = null;
let nextId = 0;
const pending = new Map<
  number,
  { resolve: (key: Buffer) => void; reject: (error: Error) => void }
>();

function hashWorker(): ChildProcess {
  if (worker && worker.connected) return worker;
  const child = spawn(process.execPath, ["-e", WORKER_SOURCE], {
    stdio: ["ignore", "ignore", "inherit", "ipc"],
  });
  try {
    if (child.pid) os.setPriority(child.pid, hashNice());
  } catch {}
  child.on("message", (m: { id: number; key?: string; error?: string }) => {
    const job = pending.get(m.id);
    pending.delete(m.id);
    if (pending.size === 0) channel(child)?.unref?.();
    if (m.key) job?.resolve(Buffer.from(m.key, "base64"));
    else job?.reject(new Error(m.error ?? "scrypt failed"));
  });
  child.on("exit", () => {
    if (worker === child) worker = null;
    for (const [id, job] of pending) {
      pending.delete(id);
      job.reject(new Error("hash worker exited"));
    }
  });
  // The server may exit whenever it likes (the worker follows when the channel closes); only
  // a hash in progress keeps it alive.
  child.unref();
  channel(child)?.unref?.();
  worker = child;
  return child;
}

const channel = (child: ChildProcess) =>
  child.channel as { ref?: () => void; unref?: () => void } | undefined;

/** HASH_NICE (0–19, 10 by default): how far below the pages the hashing process runs. */
const hashNice = () => {
  const nice = Number(process.env.HASH_NICE ?? 10);
  return Number.isInteger(nice) ? Math.min(19, Math.max(0, nice)) : 10;
};

const useWorker = () => process.env.NEXT_RUNTIME === "nodejs" && process.env.HASH_WORKER !== "off";

function scryptAsync(
  secret: string,
  salt: Buffer,
  options: ScryptOptions,
  refuseWhenFull = false,
): Promise<Buffer> {
  const text = secret.normalize("NFC");
  return inPool(
    () =>
      new Promise<Buffer>((resolve, reject) => {
        if (useWorker()) {
          const id = nextId++;
          pending.set(id, { resolve, reject });
          const child = hashWorker();
          channel(child)?.ref?.();
          child.send({
            id,
            secret: text,
            salt: salt.toString("base64"),
            options: { N: options.N, r: options.r, p: options.p },
          });
          return;
        }
        scrypt(text, salt, KEY_LENGTH, { ...options, maxmem: MAXMEM }, (err, key) =>
          err ? reject(err) : resolve(key),
        );
      }),
    refuseWhenFull,
  );
}

/** Hash a secret (password, NUMEN, PIN) as `scrypt$N$r$p$salt$hash` (base64). */
export async function hashSecret(secret: string, cost = DEFAULT_COST): Promise<string> {
  const salt = randomBytes(16);
  const key = await scryptAsync(secret, salt, cost);
  return ["scrypt", cost.N, cost.r, cost.p, salt.toString("base64"), key.toString("base64")].join(
    "$",
  );
}

/**
 * The credential an imported account starts with: the keyed HMAC of its NUMEN, no slow hash
 * (an import of 330,000 agents would spend hours in scrypt). Useless without the server's key;
 * replaced by a scrypt hash at the first login (rehashAfterLogin), which must then choose a
 * password (passwordIsDefault). Decision 0010.
 */
export function initialCredential(numen: string): string {
  return `${INITIAL_PREFIX}${numenKey(numen)}`;
}

const INITIAL_PREFIX = "numen-hmac$v1$";

export function isInitialCredential(stored: string): boolean {
  return stored.startsWith(INITIAL_PREFIX);
}

export async function verifySecret(secret: string, stored: string): Promise<boolean> {
  if (isInitialCredential(stored)) {
    // One scrypt all the same: a refusal or a success costs what a hashed account's does.
    await verifyDummy(secret);
    const expected = Buffer.from(stored.slice(INITIAL_PREFIX.length));
    const given = Buffer.from(numenKey(secret));
    return given.length === expected.length && timingSafeEqual(given, expected);
  }
  const parts = stored.split("$");
  if (parts.length !== 6 || parts[0] !== "scrypt") return false;
  const [, n, r, p, salt, hash] = parts as [string, string, string, string, string, string];
  const expected = Buffer.from(hash, "base64");
  const key = await scryptAsync(
    secret,
    Buffer.from(salt, "base64"),
    { N: Number(n), r: Number(r), p: Number(p) },
    true,
  );
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

export { normalizeNumen };

export const NUMEN_PATTERN = /^[0-9]{2}[A-Z0-9][0-9]{7}[A-Z]{3}$/;
