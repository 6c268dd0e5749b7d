import { describe, expect, it } from "vitest";
import { canAccessAgent, type Actor } from "./permissions";
import { DEFAULT_DEPARTEMENT_ID } from "@/lib/departements/known";

const agent = { id: "a1", circonscriptionId: "nord", departementId: DEFAULT_DEPARTEMENT_ID };
const actors: Record<string, Actor> = {
  owner: {
    id: "u1",
    role: "ENSEIGNANT",
    agentId: "a1",
    circonscriptionIds: [],
    departementIds: [DEFAULT_DEPARTEMENT_ID],
  },
  otherTeacher: {
    id: "u2",
    role: "ENSEIGNANT",
    agentId: "a2",
    circonscriptionIds: [],
    departementIds: [DEFAULT_DEPARTEMENT_ID],
  },
  inspectorOfCirco: {
    id: "u3",
    role: "INSPECTEUR",
    agentId: null,
    circonscriptionIds: ["nord"],
    departementIds: [DEFAULT_DEPARTEMENT_ID],
  },
  inspectorElsewhere: {
    id: "u4",
    role: "INSPECTEUR",
    agentId: null,
    circonscriptionIds: ["sud"],
    departementIds: [DEFAULT_DEPARTEMENT_ID],
  },
  administrator: {
    id: "u5",
    role: "GESTIONNAIRE",
    agentId: null,
    circonscriptionIds: [],
    departementIds: [DEFAULT_DEPARTEMENT_ID],
  },
  administratorElsewhere: {
    id: "u6",
    role: "GESTIONNAIRE",
    agentId: null,
    circonscriptionIds: [],
    departementIds: ["dep-09"],
  },
  academie: {
    id: "u7",
    role: "ACADEMIE",
    agentId: null,
    circonscriptionIds: [],
    departementIds: ["dep-09", DEFAULT_DEPARTEMENT_ID],
  },
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
    ["administratorElsewhere", "read", false],
    ["administratorElsewhere", "edit", false],
    ["academie", "read", true],
    ["academie", "edit", false],
  ] as const)("%s may %s: %s", (who, access, expected) => {
    expect(canAccessAgent(actors[who]!, agent, access)).toBe(expected);
  });
});
