import { describe, expect, it } from "vitest";
import { baseIdentifiant, foldName, makeIdentifiant } from "./identifiant";

describe("makeIdentifiant", () => {
  it("takes the first initial and the surname, lower case", () => {
    expect(makeIdentifiant("Claire", "Tartemuche", new Set())).toBe("ctartemuche");
    expect(makeIdentifiant("JEAN", "DUPONT", new Set())).toBe("jdupont");
  });

  it("removes accents, spaces, hyphens and apostrophes", () => {
    expect(makeIdentifiant("Élodie", "Lefèvre", new Set())).toBe("elefevre");
    expect(makeIdentifiant("Jean-Pierre", "Le Goff", new Set())).toBe("jlegoff");
    expect(makeIdentifiant("Aïcha", "N'Diaye", new Set())).toBe("andiaye");
    expect(makeIdentifiant("Anne", "Saint-Exupéry", new Set())).toBe("asaintexupery");
    expect(makeIdentifiant("Noël", "D’Arcy", new Set())).toBe("ndarcy");
  });

  it("spells out ligatures", () => {
    expect(makeIdentifiant("Œdipe", "Lœuillet", new Set())).toBe("oloeuillet");
    expect(foldName("Lætitia")).toBe("laetitia");
  });

  it("numbers homonyms from 2 and records what it returns", () => {
    const taken = new Set<string>();
    expect(makeIdentifiant("Jean", "Dupont", taken)).toBe("jdupont");
    expect(makeIdentifiant("Julie", "Dupont", taken)).toBe("jdupont2");
    expect(makeIdentifiant("Jérôme", "Dupont", taken)).toBe("jdupont3");
    expect([...taken]).toEqual(["jdupont", "jdupont2", "jdupont3"]);
  });

  it("skips numbers already taken", () => {
    const taken = new Set(["jdupont", "jdupont2", "jdupont4"]);
    expect(makeIdentifiant("Julie", "Dupont", taken)).toBe("jdupont3");
    expect(makeIdentifiant("Julie", "Dupont", taken)).toBe("jdupont5");
  });

  it("does not confuse a longer surname with a homonym", () => {
    const taken = new Set(["jdupont"]);
    expect(makeIdentifiant("Jean", "Dupontel", taken)).toBe("jdupontel");
  });

  it("refuses names that leave nothing", () => {
    expect(() => baseIdentifiant("", "Dupont")).toThrow();
    expect(() => baseIdentifiant("Jean", "--")).toThrow();
  });
});
