import { describe, expect, it } from "vitest";
import {
  generateRecoveryCodes,
  hashRecoveryCode,
  looksLikeRecoveryCode,
  parseStoredCodes,
} from "./recovery-codes";

describe("recovery codes", () => {
  it("gives ten distinct codes in groups of four", () => {
    const codes = generateRecoveryCodes();
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const c of codes) expect(looksLikeRecoveryCode(c)).toBe(true);
  });

  it("hashes per user, whatever the case and dashes", () => {
    expect(hashRecoveryCode("u1", "abcd-efgh-ijkl-mnop")).toBe(
      hashRecoveryCode("u1", "ABCDEFGHIJKLMNOP"),
    );
    expect(hashRecoveryCode("u1", "ABCDEFGHIJKLMNOP")).not.toBe(
      hashRecoveryCode("u2", "ABCDEFGHIJKLMNOP"),
    );
  });

  it("is not confused with a numeric passcode", () => {
    expect(looksLikeRecoveryCode("2468123456")).toBe(false);
  });

  it("reads a broken stored value as no codes", () => {
    expect(parseStoredCodes("not json")).toEqual([]);
    expect(parseStoredCodes(null)).toEqual([]);
  });
});
