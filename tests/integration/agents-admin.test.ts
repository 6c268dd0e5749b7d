import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { actAs, form } from "./session-mock";
import { prisma } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/session";
import { authenticate } from "@/lib/auth/login";
import { listAgents, parseAgentFilters } from "@/lib/agents/list";
import { applyImport, dryRun } from "@/lib/agents/import";
import { numenKey } from "@/lib/agents/numen-key";
import { loadExamined } from "@/lib/campaigns/promouvables";
import { candidatureWhere } from "@/lib/campaigns/candidatures-query";
import {
  deactivateAgentAction,
  reactivateAgentAction,
} from "@/app/(gestion)/gestion/agents/[agentId]/actions";
import {
  createAdministrator,
  createCampaign,
  createInspector,
  createCirconscription,
  createTeacher,
} from "@/lib/seed/factories";
import { DEFAULT_DEPARTEMENT_ID } from "@/lib/departements/known";

// Issue 15, items 1 and 2: the gestionnaire's list of agents (filters, search ignoring case
// and accents on both databases, pages past the end) and agents who left (inactive).
let admin: CurrentUser;
let nord: string;
let sud: string;
const ids: Record<string, string> = {};

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

beforeAll(async () => {
  nord = (await createCirconscription(prisma, { code: "AA-NORD", name: "Nord", departement: "31" }))
    .id;
  sud = (await createCirconscription(prisma, { code: "AA-SUD", name: "Sud", departement: "31" }))
    .id;
  const people = [
    {
      key: "eloise",
      identifiant: "edupont",
      numen: "31E2000001ELO",
      nom: "Dupont",
      prenom: "Éloïse",
      grade: "CN" as const,
      echelon: 9,
      circonscriptionId: nord,
    },
    {
      key: "oeuvre",
      identifiant: "jlhote",
      numen: "31E2000002OEU",
      nom: "L'Hôte-Lœuvre",
      prenom: "Jérôme",
      grade: "HC" as const,
      echelon: 3,
      circonscriptionId: sud,
    },
    {
      key: "martin",
      identifiant: "pmartin",
      numen: "31E2000003MAR",
      nom: "MARTIN",
      prenom: "Paul",
      grade: "CN" as const,
      echelon: 9,
      circonscriptionId: sud,
    },
  ];
  for (const p of people) {
    const t = await createTeacher(
      prisma,
      { ...p, echelonDate: "2022-09-01" },
      { hashCost: { N: 1024, r: 8, p: 1 } },
    );
    ids[p.key] = t.agentId;
  }
  // 25 more, for the pages.
  for (let i = 0; i < 25; i++) {
    await createTeacher(
      prisma,
      {
        identifiant: `page${i}`,
        numen: `31E${String(2100000 + i)}PAG`,
        nom: `Zpage${String(i).padStart(2, "0")}`,
        prenom: "Agent",
        grade: "CN",
        echelon: 4,
        echelonDate: "2023-09-01",
        circonscriptionId: nord,
      },
      { hashCost: { N: 1024, r: 8, p: 1 } },
    );
  }
  const a = await createAdministrator(prisma, {
    identifiant: "gest-agents",
    password: "x".repeat(12),
  });
  admin = actor(a.id, "GESTIONNAIRE");
});

const names = async (params: Record<string, string>, page = 1) =>
  (await listAgents(prisma, parseAgentFilters(params), page, 20)).rows.map((r) => r.nom);

describe("agents list: search and filters", () => {
  it("finds names whatever the case and the accents («eloise» finds «Éloïse», «DUPONT» finds «Dupont»)", async () => {
    expect(await names({ q: "eloise" })).toEqual(["Dupont"]);
    expect(await names({ q: "DUPONT" })).toEqual(["Dupont"]);
    expect(await names({ q: "ÉLOÏSE dup" })).toEqual(["Dupont"]);
    expect(await names({ q: "martin" })).toEqual(["MARTIN"]);
    expect(await names({ q: "loeuvre" })).toEqual(["L'Hôte-Lœuvre"]);
    expect(await names({ q: "hote jerome" })).toEqual(["L'Hôte-Lœuvre"]);
    expect(await names({ q: "pmartin" })).toEqual(["MARTIN"]);
    expect(await names({ q: "personne" })).toEqual([]);
  });

  it("finds an agent by NUMEN (typed with spaces or in lower case)", async () => {
    expect(await names({ q: "31e2000003mar" })).toEqual(["MARTIN"]);
    expect(await names({ q: "31E 2000001 ELO" })).toEqual(["Dupont"]);
    expect(await names({ q: "31E9999999ZZZ" })).toEqual([]);
  });

  it("finds by NUMEN an agent whose numenKey is not set yet, and sets it", async () => {
    await prisma.agent.update({ where: { id: ids.oeuvre! }, data: { numenKey: null } });
    expect(await names({ q: "31E2000002OEU" })).toEqual(["L'Hôte-Lœuvre"]);
    expect((await prisma.agent.findUniqueOrThrow({ where: { id: ids.oeuvre! } })).numenKey).toBe(
      numenKey("31E2000002OEU"),
    );
  });

  it("filters by circonscription, grade, échelon and situation", async () => {
    expect(await names({ circonscription: sud })).toEqual(["L'Hôte-Lœuvre", "MARTIN"]);
    expect(await names({ grade: "HC" })).toEqual(["L'Hôte-Lœuvre"]);
    expect(await names({ grade: "CN", echelon: "9" })).toEqual(["Dupont", "MARTIN"]);
    expect(await names({ echelon: "9", circonscription: nord })).toEqual(["Dupont"]);
    expect(await names({ statut: "inactif" })).toEqual([]);
    expect(parseAgentFilters({ grade: "XX", echelon: "42", statut: "?" })).toEqual({
      q: undefined,
      circonscriptionId: undefined,
      grade: undefined,
      echelon: undefined,
      statut: undefined,
    });
  });

  it("shows the last page for a page past the end (?page=999)", async () => {
    const list = await listAgents(prisma, {}, 999, 20);
    expect(list.total).toBe(28);
    expect(list.pages).toBe(2);
    expect(list.page).toBe(2);
    expect(list.requestedPage).toBe(999);
    expect(list.rows).toHaveLength(8);
    expect((await listAgents(prisma, { q: "personne" }, 5, 20)).page).toBe(1);
  });

  it("the data migration fills the search column of rows written before it", async () => {
    await prisma.agent.update({ where: { id: ids.oeuvre! }, data: { searchName: "" } });
    const dir = process.env.DATABASE_URL?.startsWith("postgres")
      ? "prisma/postgresql/migrations"
      : "prisma/migrations";
    const folder = fs.readdirSync(dir).find((d) => d.endsWith("_agent_search_inactive_numen_key"))!;
    const sql = fs.readFileSync(path.join(dir, folder, "migration.sql"), "utf8");
    const update = sql.slice(sql.indexOf('UPDATE "Agent" SET "searchName"'));
    await prisma.$executeRawUnsafe(update.trim().replace(/;$/, ""));
    // SQL leaves a double space where there is no nom d'usage; words are what the search reads.
    const searchName = async (id: string) =>
      (await prisma.agent.findUniqueOrThrow({ where: { id } })).searchName.replace(/\s+/g, " ");
    expect(await searchName(ids.oeuvre!)).toBe("l hote loeuvre jerome");
    expect(await searchName(ids.eloise!)).toBe("dupont eloise");
    expect(await names({ q: "HÔTE jérôme" })).toEqual(["L'Hôte-Lœuvre"]);
  });

  it("the candidatures list searches the same way", async () => {
    const campaign = await createCampaign(prisma, {
      ruleSet: "CE_2017_2023",
      year: 2031,
      status: "OUVERTE",
    });
    await prisma.candidature.create({
      data: { campaignId: campaign.id, agentId: ids.eloise!, vivier: 1 },
    });
    expect(
      await prisma.candidature.count({ where: candidatureWhere(campaign.id, { q: "ELOISE" }) }),
    ).toBe(1);
    expect(
      await prisma.candidature.count({ where: candidatureWhere(campaign.id, { q: "martin" }) }),
    ).toBe(0);
  });
});

describe("agents who left: inactive", () => {
  it("the gestionnaire marks an agent inactive: audited, not examined, cannot log in, then reactivates", async () => {
    const campaign = await createCampaign(prisma, { ruleSet: "HC_PE", year: 2030 });
    const examinedIds = async () => (await loadExamined(prisma, campaign)).map((e) => e.agent.id);
    expect(await examinedIds()).toContain(ids.martin);
    expect(
      (await authenticate(prisma, { identifiant: "pmartin", password: "31E2000003MAR" })).ok,
    ).toBe(true);

    actAs(admin);
    const refused = await deactivateAgentAction(
      undefined,
      form({ agentId: ids.martin!, reason: "" }),
    );
    expect(refused.ok).toBe(false);
    const done = await deactivateAgentAction(
      undefined,
      form({ agentId: ids.martin!, reason: "Départ à la retraite" }),
    );
    expect(done).toMatchObject({ ok: true });
    const agent = await prisma.agent.findUniqueOrThrow({
      where: { id: ids.martin! },
      include: { user: true },
    });
    expect(agent.inactiveAt).not.toBeNull();
    expect(agent.inactiveReason).toBe("Départ à la retraite");
    expect(agent.user?.disabledAt).not.toBeNull();
    expect(
      await prisma.auditLog.count({
        where: { action: "agent.deactivate", entityId: ids.martin!, actorId: admin.id },
      }),
    ).toBe(1);
    expect(
      await prisma.loginSession.count({
        where: { user: { agentId: ids.martin! }, revokedAt: null },
      }),
    ).toBe(0);
    // Same answer as a wrong password.
    expect(
      await authenticate(prisma, { identifiant: "pmartin", password: "31E2000003MAR" }),
    ).toEqual({ ok: false, code: "invalid" });
    expect(await examinedIds()).not.toContain(ids.martin);
    expect(await names({ statut: "inactif" })).toEqual(["MARTIN"]);
    expect(await names({ statut: "actif", q: "martin" })).toEqual([]);
    expect(
      (
        await deactivateAgentAction(
          undefined,
          form({ agentId: ids.martin!, reason: "Autre départ" }),
        )
      ).ok,
    ).toBe(false);

    expect(await reactivateAgentAction(undefined, form({ agentId: ids.martin! }))).toMatchObject({
      ok: true,
    });
    expect(
      await prisma.auditLog.count({ where: { action: "agent.reactivate", entityId: ids.martin! } }),
    ).toBe(1);
    expect(
      (await prisma.user.findFirstOrThrow({ where: { agentId: ids.martin! } })).disabledAt,
    ).toBeNull();
    expect(await examinedIds()).toContain(ids.martin);
    expect(
      (await authenticate(prisma, { identifiant: "pmartin", password: "31E2000003MAR" })).ok,
    ).toBe(true);
  });

  it("refuses the status actions to anyone but a gestionnaire", async () => {
    const ien = await createInspector(prisma, {
      identifiant: "ien-agents",
      password: "x".repeat(12),
      circonscriptionIds: [sud],
    });
    actAs(actor(ien.id, "INSPECTEUR"));
    expect(
      (
        await deactivateAgentAction(
          undefined,
          form({ agentId: ids.martin!, reason: "Autre départ" }),
        )
      ).ok,
    ).toBe(false);
    expect(
      (await prisma.agent.findUniqueOrThrow({ where: { id: ids.martin! } })).inactiveAt,
    ).toBeNull();
  });
});

describe("agent import: «marquer inactifs les agents absents du fichier»", () => {
  const HEADER =
    "numen;nom;prenom;sexe;date_naissance;date_entree_corps;grade;echelon;date_echelon;date_grade;circonscription_code";
  const line = (numen: string, nom: string, prenom: string) =>
    `${numen};${nom};${prenom};F;01/02/1980;01/09/2005;CN;6;01/09/2021;01/09/2005;AA-NORD`;
  const FAST = {};

  it("is off by default; with it, the dry run counts the absent active agents, then the import marks them", async () => {
    const csv = [
      HEADER,
      line("31E3000001IMP", "Importée", "Une"),
      line("31E3000002IMP", "Importée", "Deux"),
    ].join("\n");
    const first = await applyImport(prisma, admin, csv, FAST);
    expect(first).toMatchObject({ applied: true, toCreate: 2, toDeactivate: 0 });
    const active = await prisma.agent.count({ where: { inactiveAt: null } });

    const only = [HEADER, line("31E3000001IMP", "Importée", "Une")].join("\n");
    expect((await applyImport(prisma, admin, only, FAST)).toDeactivate).toBe(0);
    expect(await prisma.agent.count({ where: { inactiveAt: null } })).toBe(active);

    const check = await dryRun(prisma, only, { ...FAST, deactivateMissing: true });
    expect(check.toDeactivate).toBe(active - 1);
    expect(check.deactivations).toContain("IMPORTÉE Deux (dimportee)");
    expect(await prisma.agent.count({ where: { inactiveAt: null } })).toBe(active);

    const applied = await applyImport(prisma, admin, only, { ...FAST, deactivateMissing: true });
    expect(applied).toMatchObject({ applied: true, toDeactivate: active - 1, unchanged: 1 });
    expect(await prisma.agent.count({ where: { inactiveAt: null } })).toBe(1);
    const gone = await prisma.agent.findFirstOrThrow({
      where: { nom: "Importée", prenom: "Deux" },
      include: { user: true },
    });
    expect(gone.inactiveReason).toMatch(/^Absent du fichier d'import du /);
    expect(gone.user?.disabledAt).not.toBeNull();
    // Again: nothing more to mark.
    expect((await dryRun(prisma, only, { ...FAST, deactivateMissing: true })).toDeactivate).toBe(0);
  });
});

describe("agent import: known agents are matched by their numenKey (no slow hash per agent)", () => {
  const HEADER =
    "numen;nom;prenom;sexe;date_naissance;date_entree_corps;grade;echelon;date_echelon;date_grade;circonscription_code";
  const row = (echelon: number) =>
    `31E3000009KEY;Clé;Agent;M;01/02/1981;01/09/2006;CN;${echelon};01/09/2022;01/09/2006;AA-SUD`;
  const FAST = {};

  it("matches by numenKey even when the hash would not verify, and writes the key of an agent found by its hash", async () => {
    await applyImport(prisma, admin, [HEADER, row(6)].join("\n"), FAST);
    const agent = await prisma.agent.findFirstOrThrow({
      where: { nom: "Clé" },
      select: { id: true, numenKey: true, numenHash: true },
    });
    expect(agent.numenKey).toBe(numenKey("31E3000009KEY"));
    expect((await prisma.agent.findUniqueOrThrow({ where: { id: agent.id } })).searchName).toBe(
      "cle agent",
    );

    // The key alone finds the agent: the stored hash is not even read.
    await prisma.agent.update({
      where: { id: agent.id },
      data: { numenHash: "scrypt$not-a-hash" },
    });
    expect(await dryRun(prisma, [HEADER, row(6)].join("\n"), FAST)).toMatchObject({
      unchanged: 1,
      toCreate: 0,
    });
    await prisma.agent.update({ where: { id: agent.id }, data: { numenHash: agent.numenHash } });

    // An agent from before the column (no key): found by its hash, and the apply writes its key.
    await prisma.agent.update({ where: { id: agent.id }, data: { numenKey: null } });
    const applied = await applyImport(prisma, admin, [HEADER, row(7)].join("\n"), FAST);
    expect(applied).toMatchObject({ toUpdate: 1, toCreate: 0, applied: true });
    expect((await prisma.agent.findUniqueOrThrow({ where: { id: agent.id } })).numenKey).toBe(
      numenKey("31E3000009KEY"),
    );
  });
});
