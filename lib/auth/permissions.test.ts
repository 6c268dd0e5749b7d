import { describe, expect, it } from "vitest";
import { canAccessAgent, type Actor } from "./permissions";

const agent = { id: "a1", circonscriptionId: "nord" };
const actors: Record<string, Actor> = {
  owner: { id: "u1", role: "ENSEIGNANT", agentId: "a1", circonscriptionIds: [] },
  otherTeacher: { id: "u2", role: "ENSEIGNANT", agentId: "a2", circonscriptionIds: [] },
  inspectorOfCirco: { id: "u3", role: "INSPECTEUR", agentId: null, circonscriptionIds: ["nord"] },
  inspectorElsewhere: { id: "u4", role: "INSPECTEUR", agentId: null, circonscriptionIds: ["sud"] },
  administrator: { id: "u5", role: "GESTIONNAIRE", agentId: null, circonscriptionIds: [] },
};

describe("agent access", () => {
  it.each([
    ["owner", "read", true],
    ["owner", "edit", true],
    ["otherTeacher", "read", false],
    ["otherTeacher", "edit", false],
    ["inspectorOfCirco", "read", true],
    ["inspectorOfCirco", "edit", false],
    ["inspectorElsewhere", "read", false],
    ["administrator", "read", true],
    ["administrator", "edit", true],
  ] as const)("%s may %s: %s", (who, access, expected) => {
    expect(canAccessAgent(actors[who]!, agent, access)).toBe(expected);
  });
});
