import { describe, expect, it } from "vitest";
import { seal, unseal } from "./seal";

describe("seal", () => {
  it("opens only what it sealed, for the same purpose", () => {
    const sealed = seal("https://portail/reinitialisation/abc", "mail");
    expect(sealed).not.toContain("reinitialisation");
    expect(unseal(sealed, "mail")).toBe("https://portail/reinitialisation/abc");
    expect(unseal(sealed, "autre")).toBeNull();
    const [iv, tag, data] = sealed.split(".");
    expect(
      unseal([iv, tag, data!.slice(0, -2) + (data!.endsWith("A") ? "BB" : "AA")].join("."), "mail"),
    ).toBeNull();
  });
});
