import { beforeAll, describe, expect, it } from "vitest";
import { actAs, form } from "./session-mock";
import { prisma } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/session";
import { applyCareer, careerTemplateCsv, dryRunCareer } from "@/lib/agents/career-import";
import { importCareerAction } from "@/app/(gestion)/gestion/import/carrieres/actions";
import {
  createAdministrator,
  createCampaign,
  createCirconscription,
  createInspector,
  createTeacher,
} from "@/lib/seed/factories";
import { DEFAULT_DEPARTEMENT_ID } from "@/lib/departements/known";

// Issue 15, item 3: the career-history import (one line per step), dry run with errors by
// line and column, idempotent apply.
let admin: CurrentUser;
let ien: CurrentUser;
let lucie: string;
let paul: string;

function actor(id: string, role: CurrentUser["role"]): CurrentUser {
  return {
    id,
    role,
    agentId: null,
    circonscriptionIds: [],
    departementIds: [DEFAULT_DEPARTEMENT_ID],
    sessionId: "s",
    identifiant: id,
    displayName: id,
    passwordIsDefault: false,
    previousLoginAt: null,
    totpEnabled: false,
  };
}

let counter = 0;
const upload = (
  intent: "verifier" | "importer",
  csv: string,
  encoding: "utf-8" | "windows-1252" = "utf-8",
) => {
  const bytes =
    encoding === "utf-8"
      ? new TextEncoder().encode(csv)
      : Uint8Array.from([...csv].map((c) => ({ é: 0xe9, è: 0xe8, ô: 0xf4 })[c] ?? c.charCodeAt(0)));
  return importCareerAction(
    undefined,
    form({
      intent,
      importId: (++counter).toString(16).padStart(32, "c"),
      fichier: new File([bytes], "carrieres.csv", { type: "text/csv" }),
    }),
  );
};

const HEADER = "identifiant;numen;grade;echelon;date_effet;nature";
const GOOD = [
  HEADER,
  "ltartempion;;CN;1;01/09/2010;Titularisation",
  "ltartempion;;CN;4;01/09/2013;",
  "ltartempion;;CN;7;01/09/2017;",
  "ltartempion;;CN;8;01/03/2020;",
  ";31E4000002PAU;CN;1;01/09/2000;",
  ";31E4000002PAU;CN;11;01/09/2015;",
  ";31E4000002PAU;HC;2;01/09/2019;",
  ";31E4000002PAU;HC;3;2021-09-01;",
].join("\r\n");

const history = async (agentId: string) =>
  (await prisma.careerEvent.findMany({ where: { agentId }, orderBy: { date: "asc" } })).map(
    (e) => `${e.grade}${e.echelon}@${e.date.toISOString().slice(0, 10)} ${e.nature}`,
  );

beforeAll(async () => {
  const circo = await createCirconscription(prisma, {
    code: "CAR",
    name: "Carrières",
    departement: "31",
  });
  const fast = { hashCost: { N: 1024, r: 8, p: 1 } };
  lucie = (
    await createTeacher(
      prisma,
      {
        identifiant: "ltartempion",
        numen: "31E4000001LUC",
        nom: "Tartempion",
        prenom: "Lucie",
        grade: "CN",
        echelon: 8,
        echelonDate: "2020-03-01",
        circonscriptionId: circo.id,
      },
      fast,
    )
  ).agentId;
  paul = (
    await createTeacher(
      prisma,
      {
        identifiant: "pgarrigou",
        numen: "31E4000002PAU",
        nom: "Garrigou",
        prenom: "Paul",
        grade: "HC",
        echelon: 3,
        echelonDate: "2021-09-01",
        circonscriptionId: circo.id,
      },
      fast,
    )
  ).agentId;
  admin = actor(
    (await createAdministrator(prisma, { identifiant: "gest-car", password: "x".repeat(12) })).id,
    "GESTIONNAIRE",
  );
  ien = actor(
    (
      await createInspector(prisma, {
        identifiant: "ien-car",
        password: "x".repeat(12),
        circonscriptionIds: [circo.id],
      })
    ).id,
    "INSPECTEUR",
  );
});

describe("career-history import", () => {
  it("the dry run lists the errors by line and column, in French, and writes nothing", async () => {
    const before = await history(lucie);
    const bad = [
      HEADER,
      "inconnu;;CN;3;01/09/2012;",
      "ltartempion;;XX;3;01/09/2012;",
      "ltartempion;;HC;9;01/09/2012;",
      "ltartempion;;CN;3;31/02/2012;",
      "ltartempion;;CN;3;01/09/2099;",
      ";31E4000001XXX;CN;3;01/09/2012;",
      "ltartempion;31E4000002PAU;CN;3;01/09/2012;",
      ";;CN;3;01/09/2012;",
      "ltartempion;;CN;5;01/09/2014;",
      "ltartempion;;CN;6;01/09/2014;",
      "ltartempion;;CN;4;01/09/2016;",
    ].join("\n");
    const summary = await dryRunCareer(prisma, bad, { now: new Date("2026-12-01") });
    const by = (line: number) =>
      summary.errors.filter((e) => e.line === line).map((e) => `${e.column}: ${e.message}`);
    expect(by(2)).toEqual(["identifiant: aucun agent n'a l'identifiant « inconnu »."]);
    expect(by(3)).toEqual(["grade: grade inconnu « XX » (attendu : CN, HC ou CE)."]);
    expect(by(4)).toEqual(["echelon: le grade HC a 7 échelons, pas 9."]);
    expect(by(5)[0]).toMatch(/^date_effet: date invalide « 31\/02\/2012 »/);
    expect(by(6)[0]).toMatch(/^date_effet: date dans le futur/);
    expect(by(7)).toEqual(["numen: aucun agent n'a ce NUMEN."]);
    expect(by(8)).toEqual(["numen: ce NUMEN n'est pas celui de l'agent « ltartempion »."]);
    expect(by(9)).toEqual(["identifiant: indiquez l'identifiant ou le NUMEN de l'agent."]);
    expect(by(11)).toEqual(["date_effet: l'agent a déjà une étape à cette date (ligne 10)."]);
    expect(by(12)).toEqual([
      "echelon: échelon 4 après le 5e (ligne 10) dans le même grade : vérifiez les dates.",
    ]);
    expect(summary).toMatchObject({ applied: false, errorCount: 10 });
    expect(await history(lucie)).toEqual(before);

    const header = await dryRunCareer(prisma, "identifiant;grade;echelon\nltartempion;CN;3\n");
    expect(header.errors).toEqual([
      { line: 1, column: null, message: "colonne(s) obligatoire(s) absente(s) : date_effet." },
    ]);
  });

  it("warns, before importing, that a closed campaign not yet published will rank the new careers", async () => {
    const closed = await createCampaign(prisma, { ruleSet: "HC_PE", year: 2031, status: "CLOSE" });
    actAs(admin);
    const check = await upload("verifier", GOOD);
    expect(check.message).toBe(
      `Fichier valide (8 lignes) : 2 agents, 2 carrières à mettre à jour, 0 inchangée. Attention : la campagne « ${closed.title} » est close sans être publiée ; les agents créés ou modifiés par cet import entreront dans le calcul de son tableau, à recalculer avant publication.`,
    );
    await prisma.campaign.delete({ where: { id: closed.id } });
  });

  it("applies a file: the file's steps become the history and the current situation follows the last step; twice = same history", async () => {
    actAs(admin);
    const check = await upload("verifier", GOOD);
    expect(check).toMatchObject({
      ok: true,
      summary: { rows: 8, agents: 2, toUpdate: 2, unchanged: 0, errorCount: 0, applied: false },
    });
    expect(check.message).toBe(
      "Fichier valide (8 lignes) : 2 agents, 2 carrières à mettre à jour, 0 inchangée.",
    );
    const applied = await upload("importer", GOOD);
    expect(applied).toMatchObject({ ok: true, summary: { toUpdate: 2, applied: true } });
    expect(await history(lucie)).toEqual([
      "CN1@2010-09-01 Titularisation",
      "CN4@2013-09-01 Avancement d'échelon",
      "CN7@2017-09-01 Avancement d'échelon",
      "CN8@2020-03-01 Avancement d'échelon",
    ]);
    expect(await history(paul)).toEqual([
      "CN1@2000-09-01 Titularisation",
      "CN11@2015-09-01 Avancement d'échelon",
      "HC2@2019-09-01 Promotion de grade",
      "HC3@2021-09-01 Avancement d'échelon",
    ]);
    const agent = await prisma.agent.findUniqueOrThrow({ where: { id: paul } });
    expect({
      grade: agent.grade,
      echelon: agent.echelon,
      echelonDate: agent.echelonDate.toISOString().slice(0, 10),
      gradeDate: agent.gradeDate.toISOString().slice(0, 10),
    }).toEqual({
      grade: "HC",
      echelon: 3,
      echelonDate: "2021-09-01",
      gradeDate: "2019-09-01",
    });
    expect(
      await prisma.auditLog.count({ where: { action: "agents.career.import", actorId: admin.id } }),
    ).toBe(2);

    const ids = async () =>
      (
        await prisma.careerEvent.findMany({
          where: { agentId: { in: [lucie, paul] } },
          select: { id: true },
          orderBy: { id: "asc" },
        })
      ).map((e) => e.id);
    const kept = await ids();
    const again = await upload("importer", GOOD);
    expect(again).toMatchObject({
      ok: true,
      summary: { toUpdate: 0, unchanged: 2, applied: true },
    });
    expect(await ids()).toEqual(kept);
  });

  it("a later file with one step more changes only that agent", async () => {
    const more = `${GOOD}\r\nltartempion;;CN;9;01/03/2023;\r\n`;
    const summary = await applyCareer(prisma, admin, more);
    expect(summary).toMatchObject({ toUpdate: 1, unchanged: 1, applied: true });
    const agent = await prisma.agent.findUniqueOrThrow({ where: { id: lucie } });
    expect([agent.grade, agent.echelon, agent.echelonDate.toISOString().slice(0, 10)]).toEqual([
      "CN",
      9,
      "2023-03-01",
    ]);
  });

  it("reads a Windows-1252 file (Excel) and says so; refuses a file with an error whole", async () => {
    actAs(admin);
    const ansi = await upload(
      "verifier",
      `${HEADER}\r\nltartempion;;CN;1;01/09/2010;Intégration\r\n`,
      "windows-1252",
    );
    expect(ansi.ok).toBe(true);
    expect(ansi.message).toContain("Windows-1252");
    const refused = await upload("importer", `${GOOD}\r\npgarrigou;;CN;3;bientôt;\r\n`);
    expect(refused).toMatchObject({ ok: false, summary: { applied: false, errorCount: 1 } });
    expect(refused.summary?.errors[0]).toMatchObject({ line: 10, column: "date_effet" });
  });

  it("is refused to an inspector; the template is a valid file", async () => {
    actAs(ien);
    expect((await upload("verifier", GOOD)).ok).toBe(false);
    const template = careerTemplateCsv();
    expect(template.split("\r\n")[0]).toBe(
      "\uFEFFidentifiant;numen;grade;echelon;date_effet;nature",
    );
    const summary = await dryRunCareer(prisma, template);
    // The template's example agent is Lucie's identifiant here; its example NUMEN is nobody's.
    expect(summary.errors.map((e) => `${e.line} ${e.column}`)).toEqual(["4 numen"]);
  });
});
