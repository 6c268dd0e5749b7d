import { describe, expect, it } from "vitest";
import { hashSecret, normalizeNumen, NUMEN_PATTERN, verifySecret } from "./password";

const FAST = { N: 1024, r: 8, p: 1 };

describe("secret hashing", () => {
  it("verifies the right secret and refuses others", async () => {
    const hash = await hashSecret("31E1234567ABC", FAST);
    expect(await verifySecret("31E1234567ABC", hash)).toBe(true);
    expect(await verifySecret("31E1234567ABD", hash)).toBe(false);
    expect(await verifySecret("", hash)).toBe(false);
  });

  it("salts: the same secret never gives the same hash, and the secret is not in it", async () => {
    const [a, b] = await Promise.all([
      hashSecret("31E1234567ABC", FAST),
      hashSecret("31E1234567ABC", FAST),
    ]);
    expect(a).not.toBe(b);
    expect(a).not.toContain("31E1234567ABC");
  });

  it("uses a slow default cost", async () => {
    expect(await hashSecret("x")).toMatch(/^scrypt\$16384\$8\$1\$/);
  });

  it("refuses malformed stored hashes", async () => {
    expect(await verifySecret("x", "md5$abc")).toBe(false);
  });

  it("normalizes NUMEN typing", () => {
    expect(normalizeNumen(" 31e1234567abc ")).toBe("31E1234567ABC");
    expect(NUMEN_PATTERN.test("31E1234567ABC")).toBe(true);
    expect(NUMEN_PATTERN.test("31E123456ABC")).toBe(false);
  });
});

describe("hash pool", () => {
  it("runs at most HASH_CONCURRENCY hashes at once and refuses verifications beyond its queue", async () => {
    const { hashPool, HashQueueFull } = await import("./password");
    const saved = { concurrency: hashPool.concurrency, maxQueue: hashPool.maxQueue };
    Object.assign(hashPool, { concurrency: 1, maxQueue: 2 });
    let peak = 0;
    const timer = setInterval(() => (peak = Math.max(peak, hashPool.running)), 1);
    try {
      const stored = await hashSecret("x", FAST);
      const jobs = [1, 2, 3].map(() => verifySecret("x", stored));
      await expect(verifySecret("x", stored)).rejects.toBeInstanceOf(HashQueueFull);
      // A new hash (an import, a password change) waits instead.
      jobs.push(hashSecret("y", FAST).then(Boolean));
      expect(await Promise.all(jobs)).toEqual([true, true, true, true]);
      expect(peak).toBe(1);
      expect(hashPool.running).toBe(0);
    } finally {
      clearInterval(timer);
      Object.assign(hashPool, saved);
    }
  });
});
