import { describe, expect, it } from "vitest";
import { lastLoginLine, previousLoginText } from "./last-login";

describe("Dernière connexion", () => {
  it("is the previous login, in Paris time, never the current one", () => {
    // 17:17 UTC in April is 19:17 in Paris (summer time).
    const user = {
      previousLoginAt: new Date("2019-04-21T17:17:00Z"),
      lastLoginAt: new Date("2026-12-02T03:00:00Z"),
    };
    expect(lastLoginLine(user)).toBe("Dernière connexion le 21/04/2019 à 19:17");
    expect(previousLoginText(user)).toBe("le 21/04/2019 à 19:17");
  });

  it("says so before any earlier login", () => {
    expect(lastLoginLine({ previousLoginAt: null })).toBe("Première connexion à ce portail.");
    expect(previousLoginText({ previousLoginAt: null })).toBeNull();
  });
});
