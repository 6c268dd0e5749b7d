import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/session";
import { dossierObservation } from "@/lib/dossier/queries";
import { departementIdOf } from "@/lib/departements/known";
import { createCampaign, createCirconscription, createTeacher } from "@/lib/seed/factories";

// The dossier counts seniority and functions at the observation date of the open classe
// exceptionnelle campaign of the agent's own département: two départements may open theirs
// with different dates.
const teacherActor = (agentId: string, departementId: string): CurrentUser => ({
  id: `u-${agentId}`,
  role: "ENSEIGNANT",
  agentId,
  circonscriptionIds: [],
  departementIds: [departementId],
  sessionId: "s",
  identifiant: "t",
  displayName: "t",
  passwordIsDefault: false,
  previousLoginAt: null,
  totpEnabled: false,
});

let toulouse: string;
let pamiers: string;

beforeAll(async () => {
  const c31 = await createCirconscription(prisma, { code: "OB31", name: "Observation 31" });
  const c09 = await createCirconscription(prisma, {
    code: "OB09",
    name: "Observation 09",
    departement: "09",
  });
  const base = { grade: "HC", echelon: 4, echelonDate: "2022-09-01" } as const;
  toulouse = (
    await createTeacher(prisma, {
      ...base,
      identifiant: "obs31",
      numen: "31E5555555OBS",
      nom: "Garonne",
      prenom: "Anne",
      circonscriptionId: c31.id,
    })
  ).agentId;
  pamiers = (
    await createTeacher(prisma, {
      ...base,
      identifiant: "obs09",
      numen: "09E5555555OBS",
      nom: "Ariege",
      prenom: "Paul",
      circonscriptionId: c09.id,
    })
  ).agentId;
  await createCampaign(prisma, {
    ruleSet: "CE_2017_2023",
    year: 2027,
    status: "OUVERTE",
    observationDate: "2027-08-31",
    title: "Classe exceptionnelle 2027 — Haute-Garonne",
  });
  await createCampaign(prisma, {
    ruleSet: "CE_2017_2023",
    year: 2027,
    status: "OUVERTE",
    departementId: departementIdOf("09"),
    observationDate: "2027-03-01",
    title: "Classe exceptionnelle 2027 — Ariège",
  });
});

describe("dossierObservation", () => {
  it("takes the open campaign of the agent's département", async () => {
    const obs31 = await dossierObservation(teacherActor(toulouse, departementIdOf("31")), toulouse);
    const obs09 = await dossierObservation(teacherActor(pamiers, departementIdOf("09")), pamiers);
    expect(obs31.campaignTitle).toBe("Classe exceptionnelle 2027 — Haute-Garonne");
    expect(obs31.date.toISOString().slice(0, 10)).toBe("2027-08-31");
    expect(obs09.campaignTitle).toBe("Classe exceptionnelle 2027 — Ariège");
    expect(obs09.date.toISOString().slice(0, 10)).toBe("2027-03-01");
  });

  it("out of the reader's scope, no campaign is read: the next 31 August", async () => {
    const obs = await dossierObservation(
      teacherActor(toulouse, departementIdOf("31")),
      pamiers,
      new Date("2026-12-02T10:00:00Z"),
    );
    expect(obs.campaignTitle).toBeNull();
    expect(obs.date.toISOString().slice(0, 10)).toBe("2027-08-31");
  });
});
