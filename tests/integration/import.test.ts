import { authenticate } from "@/lib/auth/login";
import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { actAs, form } from "./session-mock";
import { prisma } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/session";
import { verifySecret } from "@/lib/auth/password";
import { findIdentifiant } from "@/lib/auth/recovery";
import { applyImport, dryRun, formatImportError } from "@/lib/agents/import";
import { readImportProgress } from "@/lib/agents/import-progress";
import { importAgentsAction } from "@/app/(gestion)/gestion/import/actions";
import { GET as progressRoute } from "@/app/(gestion)/gestion/import/progression/route";
import {
  createAdministrator,
  createCampaign,
  createCirconscription,
  createInspector,
  createSchool,
  createTeacher,
} from "@/lib/seed/factories";
import { DEFAULT_DEPARTEMENT_ID } from "@/lib/departements/known";

const SAMPLE = fs.readFileSync(path.resolve("tests/fixtures/agents-exemple.csv"), "utf8");
const FAST = { hashCost: { N: 1024, r: 8, p: 1 } };

// The sample uses the demo département's circonscriptions and schools.
const SCHOOLS: Record<string, string[]> = {
  "031-TLS-NORD": [
    "0311248N",
    "0311100C",
    "0311137T",
    "0311174H",
    "0311322U",
    "0311359J",
    "0311396Z",
    "0311433P",
  ],
  "031-TLS-CENTRE": [
    "0311544K",
    "0311581A",
    "0311618R",
    "0311692W",
    "0311729L",
    "0311766B",
    "0311803S",
  ],
  "031-ST-GAUDENS": ["0311988T", "0312025H", "0312062Y", "0312099N", "0312136D"],
};

let admin: CurrentUser;
let ien: CurrentUser;
let teacher: CurrentUser;
let nordId: string;

function actor(
  id: string,
  role: CurrentUser["role"],
  agentId: string | null,
  circonscriptionIds: string[] = [],
): CurrentUser {
  return {
    id,
    role,
    agentId,
    circonscriptionIds,
    departementIds: [DEFAULT_DEPARTEMENT_ID],
    sessionId: "s",
    identifiant: id,
    displayName: id,
    passwordIsDefault: false,
    previousLoginAt: null,
    totpEnabled: false,
  };
}

let importCounter = 0;
function upload(intent: "verifier" | "importer", csv: string) {
  const importId = (++importCounter).toString(16).padStart(32, "0");
  const data = form({
    intent,
    importId,
    fichier: new File([csv], "agents.csv", { type: "text/csv" }),
  });
  return { importId, run: () => importAgentsAction(undefined, data) };
}

/** The sample with one cell of one agent's row changed. */
function withCell(csv: string, numen: string, column: string, value: string): string {
  const lines = csv.split("\r\n");
  const header = lines[0]!.replace(/^\uFEFF/, "").split(";");
  const col = header.indexOf(column);
  return lines
    .map((line) => {
      if (!line.startsWith(numen)) return line;
      const cells = line.split(";");
      cells[col] = value;
      return cells.join(";");
    })
    .join("\r\n");
}

const snapshot = async () => ({
  agents: await prisma.agent.count(),
  users: await prisma.user.count(),
  events: await prisma.careerEvent.count(),
  affectations: await prisma.affectation.count(),
});

beforeAll(async () => {
  for (const [code, uais] of Object.entries(SCHOOLS)) {
    const c = await createCirconscription(prisma, { code, name: code.slice(4), departement: "31" });
    if (code === "031-TLS-NORD") nordId = c.id;
    for (const [i, uai] of uais.entries()) {
      await createSchool(prisma, {
        uai,
        name: `École ${code.slice(4)} ${i + 1}`,
        commune: "Toulouse",
        zone: i === 1 ? "REP_PLUS" : "HORS_EP",
        circonscriptionId: c.id,
      });
    }
  }
  // An agent created elsewhere than by the import, whose homonym is in the sample.
  const jean = await createTeacher(
    prisma,
    {
      identifiant: "jdupont",
      numen: "31E7654321XYZ",
      nom: "Dupont",
      prenom: "Jean",
      sexe: "M",
      birthDate: "1975-02-11",
      grade: "HC",
      echelon: 4,
      echelonDate: "2024-03-01",
      circonscriptionId: nordId,
    },
    FAST,
  );
  const a = await createAdministrator(prisma, { identifiant: "gest", password: "x".repeat(12) });
  const i = await createInspector(prisma, {
    identifiant: "ien",
    password: "x".repeat(12),
    circonscriptionIds: [nordId],
  });
  admin = actor(a.id, "GESTIONNAIRE", null);
  ien = actor(i.id, "INSPECTEUR", null, [nordId]);
  teacher = actor(jean.userId, "ENSEIGNANT", jean.agentId);
});

describe("access", () => {
  it("refuses inspectors and teachers, and writes nothing", async () => {
    const before = await snapshot();
    for (const user of [ien, teacher]) {
      actAs(user);
      for (const intent of ["verifier", "importer"] as const) {
        expect(await upload(intent, SAMPLE).run()).toEqual({
          ok: false,
          message: "Vous n'avez pas accès à cette action.",
        });
      }
      const response = await progressRoute(
        new Request("http://localhost/gestion/import/progression?id=" + "0".repeat(32)),
      );
      expect(response.status).toBe(403);
    }
    actAs(null);
    expect((await upload("importer", SAMPLE).run()).ok).toBe(false);
    expect(await snapshot()).toEqual(before);
  });

  it("asks for a file", async () => {
    actAs(admin);
    const state = await importAgentsAction(
      undefined,
      form({ intent: "verifier", importId: "a".repeat(32), fichier: new File([], "") }),
    );
    expect(state.ok).toBe(false);
    expect(state.errors?.fichier).toEqual([
      "Choisissez le fichier CSV des agents (le fichier envoyé est vide).",
    ]);
  });
});

describe("dry run", () => {
  it("lists the errors by line and writes nothing", async () => {
    actAs(admin);
    const before = await snapshot();
    let bad = withCell(SAMPLE, "31E9034567CHR", "date_echelon", "31/02/2023");
    bad = withCell(bad, "31E9156789QNS", "circonscription_code", "031-NULLE-PART");
    bad = withCell(bad, "31E9201234VWZ", "echelon", "12");
    const { importId, run } = upload("verifier", bad);
    const state = await run();
    expect(state.ok).toBe(false);
    expect(state.message).toBe(
      "3 erreurs dans le fichier : rien n'a été importé. Corrigez le fichier puis vérifiez-le à nouveau.",
    );
    expect(state.summary?.errors.map(formatImportError)).toEqual([
      "Ligne 4, colonne date_echelon : date invalide « 31/02/2023 » (attendu JJ/MM/AAAA ou AAAA-MM-JJ).",
      "Ligne 16, colonne circonscription_code : circonscription inconnue « 031-NULLE-PART ».",
      "Ligne 21, colonne echelon : échelon 12 impossible en classe normale (1 à 11).",
    ]);
    expect(await snapshot()).toEqual(before);
    // The page polled this import while it ran; its owner (only) can still read the end.
    expect(readImportProgress(importId, admin.id)).toMatchObject({ finished: true });
    expect(readImportProgress(importId, ien.id)).toBeNull();
    const response = await progressRoute(
      new Request(`http://localhost/gestion/import/progression?id=${importId}`),
    );
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ phase: "termine", finished: true });
  });

  it("counts what the sample would create, without writing", async () => {
    actAs(admin);
    const before = await snapshot();
    const state = await upload("verifier", SAMPLE).run();
    expect(state).toMatchObject({
      ok: true,
      intent: "verifier",
      message: "Fichier valide (20 lignes) : 20 agents à créer, 0 à mettre à jour, 0 inchangé.",
    });
    expect(state.summary).toMatchObject({
      rows: 20,
      toCreate: 20,
      toUpdate: 0,
      unchanged: 0,
      errorCount: 0,
      applied: false,
    });
    expect(await snapshot()).toEqual(before);
  });

  it("warns, before importing, that a closed campaign not yet published will rank the changes", async () => {
    const closed = await createCampaign(prisma, { ruleSet: "HC_PE", year: 2031, status: "CLOSE" });
    actAs(admin);
    const state = await upload("verifier", SAMPLE).run();
    expect(state.ok).toBe(true);
    expect(state.message).toContain(
      ` Attention : la campagne « ${closed.title} » est close sans être publiée ; les agents créés ou modifiés par cet import entreront dans le calcul de son tableau, à recalculer avant publication.`,
    );
    await prisma.campaign.delete({ where: { id: closed.id } });
  });
});

describe("apply", () => {
  it("creates the agents with their account, history and affectation, and one audit entry", async () => {
    actAs(admin);
    const before = await snapshot();
    const state = await upload("importer", SAMPLE).run();
    expect(state).toMatchObject({
      ok: true,
      message: "Import terminé : 20 agents créés, 0 mis à jour, 0 inchangé.",
    });
    const after = await snapshot();
    expect(after.agents - before.agents).toBe(20);
    expect(after.users - before.users).toBe(20);
    expect(after.affectations - before.affectations).toBe(18); // two rows have no school

    const lucie = await prisma.user.findUniqueOrThrow({
      where: { identifiant: "ltartempion" },
      omit: { passwordHash: false },
      include: {
        agent: {
          omit: { numenHash: false },
          include: {
            careerEvents: { orderBy: { date: "asc" } },
            affectations: { include: { school: true } },
          },
        },
      },
    });
    expect(lucie).toMatchObject({
      role: "ENSEIGNANT",
      passwordIsDefault: true,
      displayName: "Lucie Tartempion",
      email: "lucie.tartempion@ac-toulouse.fr",
    });
    expect(lucie.agent).toMatchObject({
      civilite: "Mme",
      numenHint: "KLM",
      grade: "CN",
      echelon: 8,
      echelonDate: new Date("2023-03-01T00:00:00Z"),
      corpsDate: new Date("2010-09-01T00:00:00Z"),
      modaliteService: "Temps complet",
      position: "Activité",
    });
    // The NUMEN is the first password, and only its hash is stored.
    expect(await verifySecret("31E9012345KLM", lucie.passwordHash)).toBe(true);
    expect(lucie.agent?.numenHash).toBe(lucie.passwordHash);
    expect(
      lucie.agent?.careerEvents.map((e) => [
        e.grade,
        e.echelon,
        e.date.toISOString().slice(0, 10),
        e.nature,
      ]),
    ).toEqual([
      ["CN", 1, "2010-09-01", "Titularisation"],
      ["CN", 8, "2023-03-01", "Avancement d'échelon"],
    ]);
    expect(lucie.agent?.affectations).toMatchObject([
      {
        poste: "Adjoint élémentaire",
        startDate: new Date("2015-09-01T00:00:00Z"),
        endDate: null,
        school: { uai: "0311248N" },
      },
    ]);
    expect(lucie.agent?.affectations[0]?.label).toBe(lucie.agent?.affectations[0]?.school?.name);

    // Homonyms get a number; names are folded (Cœur → gcoeur); part-time is kept.
    expect(
      await prisma.user.findUnique({
        where: { identifiant: "jdupont2" },
        select: { displayName: true },
      }),
    ).toEqual({ displayName: "Julien Dupont" });
    expect(await prisma.user.count({ where: { identifiant: "gcoeur" } })).toBe(1);
    expect(
      await prisma.agent.findFirst({
        where: { nom: "Fabre" },
        select: { nomUsage: true, quotite: true, modaliteService: true },
      }),
    ).toEqual({
      nomUsage: "Marty",
      quotite: 80,
      modaliteService: "Temps partiel",
    });
    // Dates are stored as Prisma stores them: equality queries and the identifiant lookup work.
    expect(
      await prisma.agent.count({ where: { birthDate: new Date("1986-05-14T00:00:00Z") } }),
    ).toBe(1);
    expect(
      await findIdentifiant(prisma, {
        nom: "Tartempion",
        prenom: "Lucie",
        birthDate: new Date("1986-05-14T00:00:00Z"),
        numen: "31E9012345KLM",
      }),
    ).toBe("ltartempion");

    const audit = await prisma.auditLog.findMany({ where: { action: "agents.import" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]?.actorId).toBe(admin.id);
    expect(JSON.parse(audit[0]!.after!)).toMatchObject({
      rows: 20,
      created: 20,
      updated: 0,
      unchanged: 0,
    });
  });

  it("changes nothing when the same file is applied again", async () => {
    actAs(admin);
    const before = await snapshot();
    const stamps = await prisma.agent.findMany({
      select: { id: true, updatedAt: true },
      orderBy: { id: "asc" },
    });
    const state = await upload("importer", SAMPLE).run();
    expect(state).toMatchObject({
      ok: true,
      message: "Import terminé : 0 agent créé, 0 mis à jour, 20 inchangés.",
    });
    expect(await snapshot()).toEqual(before);
    expect(
      await prisma.agent.findMany({
        select: { id: true, updatedAt: true },
        orderBy: { id: "asc" },
      }),
    ).toEqual(stamps);
    expect(await prisma.auditLog.count({ where: { action: "agents.import" } })).toBe(2);
  });

  it("updates a modified row: new échelon in the history, new school in the affectations", async () => {
    actAs(admin);
    let csv = withCell(SAMPLE, "31E9012345KLM", "echelon", "9");
    csv = withCell(csv, "31E9012345KLM", "date_echelon", "01/09/2026");
    csv = withCell(csv, "31E9012345KLM", "ecole_uai", "0311433P");
    csv = withCell(csv, "31E9012345KLM", "date_affectation", "01/09/2026");
    csv = withCell(csv, "31E9012345KLM", "quotite", "80 %");
    const before = await snapshot();

    const check = await upload("verifier", csv).run();
    expect(check.summary).toMatchObject({ toCreate: 0, toUpdate: 1, unchanged: 19 });
    expect(check.summary?.changes).toEqual([
      {
        line: 2,
        agent: "TARTEMPION Lucie",
        fields: [
          { column: "echelon", before: "8", after: "9" },
          { column: "date_echelon", before: "01/03/2023", after: "01/09/2026" },
          { column: "ecole_uai", before: "0311248N", after: "0311433P" },
          { column: "quotite", before: "100", after: "80" },
        ],
      },
    ]);

    const state = await upload("importer", csv).run();
    expect(state.message).toBe("Import terminé : 0 agent créé, 1 mis à jour, 19 inchangés.");
    const after = await snapshot();
    expect(after).toEqual({
      ...before,
      events: before.events + 1,
      affectations: before.affectations + 1,
    });
    const lucie = await prisma.agent.findFirstOrThrow({
      where: { nom: "Tartempion" },
      include: {
        school: true,
        careerEvents: { orderBy: { date: "asc" } },
        affectations: { orderBy: { startDate: "asc" }, include: { school: true } },
      },
    });
    expect(lucie).toMatchObject({
      echelon: 9,
      echelonDate: new Date("2026-09-01T00:00:00Z"),
      quotite: 80,
      modaliteService: "Temps partiel",
      school: { uai: "0311433P" },
    });
    expect(lucie.careerEvents.at(-1)).toMatchObject({
      grade: "CN",
      echelon: 9,
      nature: "Avancement d'échelon",
    });
    expect(
      lucie.affectations.map((a) => [
        a.school?.uai,
        a.startDate.toISOString().slice(0, 10),
        a.endDate?.toISOString().slice(0, 10) ?? null,
      ]),
    ).toEqual([
      ["0311248N", "2015-09-01", "2026-08-31"],
      ["0311433P", "2026-09-01", null],
    ]);

    // And the modified file, applied again, is now unchanged.
    expect((await upload("importer", csv).run()).message).toBe(
      "Import terminé : 0 agent créé, 0 mis à jour, 20 inchangés.",
    );
  });

  it("recognizes a known agent whose birth date is corrected, and one created outside the import", async () => {
    actAs(admin);
    const header = SAMPLE.split("\r\n")[0]!;
    const jean =
      "31E7654321XYZ;Dupont;;Jean;M;11/02/1975;01/09/1999;HC;5;01/09/2025;01/09/2019;031-TLS-NORD;0311100C;Directeur d'école;01/09/2016;jean.dupont@ac-toulouse.fr;Activité;100";
    const nguyen = SAMPLE.split("\r\n")
      .find((l) => l.startsWith("31E9045678DJS"))!
      .replace("09/03/1991", "10/03/1991");
    const before = await snapshot();
    const summary = await applyImport(prisma, admin, [header, jean, nguyen].join("\r\n"));
    expect(summary).toMatchObject({ applied: true, toCreate: 0, toUpdate: 2, unchanged: 0 });
    expect((await snapshot()).agents).toBe(before.agents);
    expect(
      await prisma.agent.findFirst({
        where: { nom: "Dupont", prenom: "Jean" },
        select: { echelon: true, user: { select: { identifiant: true } } },
      }),
    ).toEqual({
      echelon: 5,
      user: { identifiant: "jdupont" },
    });
    expect(
      await prisma.agent.count({
        where: { nom: "Nguyen", birthDate: new Date("1991-03-10T00:00:00Z") },
      }),
    ).toBe(1);
  });

  it("never applies a file with an error, not even its valid rows", async () => {
    actAs(admin);
    const newcomer =
      "31E1111111QQQ;Nouvelle;;Agathe;F;01/01/1990;01/09/2015;CN;5;01/09/2022;01/09/2015;031-TLS-NORD;;;;;Activité;100";
    const broken =
      "31E2222222RRR;Cassée;;Berthe;F;01/01/1990;01/09/2015;CN;5;01/09/2022;01/09/2015;031-TLS-NORD;9999;;;;Activité;100";
    const header = SAMPLE.split("\r\n")[0]!;
    const before = await snapshot();
    const state = await upload("importer", [header, newcomer, broken].join("\r\n")).run();
    expect(state.ok).toBe(false);
    expect(state.summary?.errors.map(formatImportError)).toEqual([
      "Ligne 3, colonne ecole_uai : UAI « 9999 » invalide (7 chiffres et une lettre, ex. 0311248N).",
    ]);
    expect(state.summary?.applied).toBe(false);
    expect(await snapshot()).toEqual(before);
  });

  it("leaves the columns the file does not have as they are", async () => {
    const lines = SAMPLE.replace(/^\uFEFF/, "").split("\r\n");
    const keep = 12; // numen … circonscription_code: no school, e-mail, position or quotité
    const csv = lines.map((l) => l.split(";").slice(0, keep).join(";")).join("\n");
    const summary = await dryRun(prisma, csv);
    expect(summary).toMatchObject({ errorCount: 0, toCreate: 0 });
    // Only the two agents changed by the tests above differ from the sample.
    expect(summary.changes.map((c) => [c.agent, c.fields.map((f) => f.column)])).toEqual([
      ["TARTEMPION Lucie", ["echelon", "date_echelon"]],
      ["NGUYEN Thi Hoa", ["date_naissance"]],
    ]);
  });

  it("drops the later steps of the history when a correction goes back to an earlier step", async () => {
    const lines = SAMPLE.replace(/^\uFEFF/, "").split("\r\n");
    const csv = [lines[0], lines.find((l) => l.startsWith("31E9012345KLM"))]
      .map((l) => l!.split(";").slice(0, 12).join(";"))
      .join("\n");
    const summary = await applyImport(prisma, admin, csv);
    expect(summary).toMatchObject({ applied: true, toUpdate: 1 });
    const lucie = await prisma.agent.findFirstOrThrow({
      where: { nom: "Tartempion" },
      include: { careerEvents: { orderBy: { date: "asc" } }, school: true },
    });
    expect(lucie).toMatchObject({
      echelon: 8,
      echelonDate: new Date("2023-03-01T00:00:00Z"),
      quotite: 80,
      school: { uai: "0311433P" },
    });
    expect(
      lucie.careerEvents.map((e) => `${e.grade}${e.echelon} ${e.date.toISOString().slice(0, 10)}`),
    ).toEqual(["CN1 2010-09-01", "CN8 2023-03-01"]);
  });

  it("gives new accounts a keyed HMAC of the NUMEN, not a slow hash: it logs in once with the NUMEN, then holds a scrypt hash", async () => {
    actAs(admin);
    const header = SAMPLE.split("\r\n")[0]!;
    const row = SAMPLE.split("\r\n")[1]!;
    const numen = row.split(";")[0]!;
    await prisma.user.deleteMany({ where: { agent: { numenHint: numen.slice(-3) } } });
    await prisma.agent.deleteMany({ where: { numenHint: numen.slice(-3) } });
    await applyImport(prisma, admin, [header, row].join("\r\n"));
    const user = await prisma.user.findFirstOrThrow({
      where: { agent: { numenHint: numen.slice(-3) } },
      omit: { passwordHash: false },
      include: { agent: { select: { numenHash: true } } },
    });
    expect(user.passwordHash).toMatch(/^numen-hmac\$v1\$/);
    expect(user.agent!.numenHash).toBe(user.passwordHash);
    expect(user.passwordHash).not.toContain(numen);
    // A copy of the database without the server's key verifies nothing.
    process.env.NUMEN_INDEX_KEY = "une autre clé que celle du serveur";
    try {
      expect(await verifySecret(numen, user.passwordHash)).toBe(false);
    } finally {
      delete process.env.NUMEN_INDEX_KEY;
    }
    expect(await verifySecret(numen, user.passwordHash)).toBe(true);
    expect(await verifySecret("31E0000000AAA", user.passwordHash)).toBe(false);

    expect(
      await authenticate(prisma, { identifiant: user.identifiant, password: "31E0000000AAA" }),
    ).toEqual({ ok: false, code: "invalid" });
    expect(
      await authenticate(prisma, { identifiant: user.identifiant, password: numen }),
    ).toMatchObject({ ok: true });
    const after = await prisma.user.findUniqueOrThrow({
      where: { id: user.id },
      omit: { passwordHash: false },
    });
    expect(after.passwordHash).toMatch(/^scrypt\$/);
    expect(after.passwordIsDefault).toBe(true);
    expect(
      await authenticate(prisma, { identifiant: user.identifiant, password: numen }),
    ).toMatchObject({ ok: true });
  });
});
