import { createHash, randomBytes } from "node:crypto";
import { base32Encode } from "./totp";

// Single-use recovery codes given once at security key enrolment: whoever loses the key
// logs in with the password and one of them instead of the passcode. 80 random bits each,
// stored as salted SHA-256 (ASVS 2.6.2: a slow hash is not needed at that entropy).
export const RECOVERY_CODE_COUNT = 10;
export const RECOVERY_CODE_PATTERN = /^[A-Z2-7]{4}(-?[A-Z2-7]{4}){3}$/;

export function normalizeRecoveryCode(code: string): string {
  return code.replace(/[\s-]/g, "").toUpperCase();
}

export function looksLikeRecoveryCode(code: string): boolean {
  return RECOVERY_CODE_PATTERN.test(code.trim().toUpperCase());
}

export function generateRecoveryCodes(count = RECOVERY_CODE_COUNT): string[] {
  return Array.from({ length: count }, () =>
    base32Encode(randomBytes(10)).match(/.{4}/g)!.join("-"),
  );
}

export function hashRecoveryCode(userId: string, code: string): string {
  return createHash("sha256")
    .update(`${userId}:${normalizeRecoveryCode(code)}`)
    .digest("hex");
}

export function parseStoredCodes(stored: string | null): string[] {
  if (!stored) return [];
  try {
    const value: unknown = JSON.parse(stored);
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
  } catch {
    return [];
  }
}
