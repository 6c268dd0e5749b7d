import { describe, expect, it } from "vitest";
import {
  base32Decode,
  base32Encode,
  hotp,
  otpauthUri,
  splitPasscode,
  totpCode,
  verifyTotp,
} from "./totp";

// RFC 6238 appendix B: the ASCII secret "12345678901234567890", SHA-1, 8 digits.
const RFC_SECRET = base32Encode(Buffer.from("12345678901234567890"));

describe("TOTP (RFC 6238)", () => {
  it.each([
    [59, "94287082"],
    [1111111109, "07081804"],
    [1111111111, "14050471"],
    [1234567890, "89005924"],
    [2000000000, "69279037"],
  ])("gives the RFC vector at t=%i", (seconds, expected) => {
    expect(totpCode(RFC_SECRET, new Date(seconds * 1000), 8)).toBe(expected);
  });

  it("matches RFC 4226 HOTP vectors", () => {
    const key = Buffer.from("12345678901234567890");
    expect([0, 1, 9].map((c) => hotp(key, c))).toEqual(["755224", "287082", "520489"]);
  });

  it("round-trips base32", () => {
    const bytes = Buffer.from([0, 1, 2, 250, 255, 17, 99]);
    expect(base32Decode(base32Encode(bytes))).toEqual(bytes);
    expect(() => base32Decode("not base32!")).toThrow();
  });

  it("accepts the current code and one step of drift, not two", () => {
    const now = new Date("2026-11-29T10:00:00Z");
    const at = (s: number) => new Date(now.getTime() + s * 1000);
    expect(verifyTotp(RFC_SECRET, totpCode(RFC_SECRET, now), now)).not.toBeNull();
    expect(verifyTotp(RFC_SECRET, totpCode(RFC_SECRET, at(-30)), now)).not.toBeNull();
    expect(verifyTotp(RFC_SECRET, totpCode(RFC_SECRET, at(30)), now)).not.toBeNull();
    expect(verifyTotp(RFC_SECRET, totpCode(RFC_SECRET, at(-90)), now)).toBeNull();
    expect(verifyTotp(RFC_SECRET, "12345", now)).toBeNull();
  });

  it("refuses a replayed code", () => {
    const now = new Date("2026-11-29T10:00:00Z");
    const step = verifyTotp(RFC_SECRET, totpCode(RFC_SECRET, now), now);
    expect(step).not.toBeNull();
    expect(verifyTotp(RFC_SECRET, totpCode(RFC_SECRET, now), now, step)).toBeNull();
  });

  it("splits the ARENA passcode into PIN and code", () => {
    expect(splitPasscode("1234 567890")).toEqual({ pin: "1234", code: "567890" });
    expect(splitPasscode("12345678901234")).toEqual({ pin: "12345678", code: "901234" });
    expect(splitPasscode("123456")).toBeNull();
    expect(splitPasscode("abcd123456")).toBeNull();
  });

  it("builds an otpauth URI for authenticator apps", () => {
    expect(otpauthUri("ABC", "ctartemuche")).toBe(
      "otpauth://totp/Avancement%3Actartemuche?secret=ABC&issuer=Avancement&algorithm=SHA1&digits=6&period=30",
    );
  });
});
