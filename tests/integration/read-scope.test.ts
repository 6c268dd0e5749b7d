import { DEFAULT_DEPARTEMENT_ID } from "@/lib/departements/known";
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/session";
import {
  agentScope,
  campaignScope,
  circonscriptionScope,
  outboxScope,
  ownedByAgentScope,
  requireWholeScope,
  userScope,
} from "@/lib/auth/scope";
import {
  agentAdministration,
  agentBirthDate,
  agentName,
  circonscriptionOptions,
  circonscriptionsWithCounts,
  listScopedAgents,
  managementCounts,
} from "@/lib/agents/queries";
import {
  candidatureCounts,
  findCampaign,
  listCampaignCandidatures,
  listCampaigns,
  teacherCampaignView,
} from "@/lib/campaigns/queries";
import {
  agentCandidatures,
  findCorrection,
  findDocumentForDownload,
  functionStatus,
  listCorrections,
  listFunctionsToReview,
} from "@/lib/dossier/queries";
import { loadScopedResults, ownResult } from "@/lib/results/queries";
import { listOutbox } from "@/lib/mail/queries";
import { pendingTotpSecret } from "@/lib/auth/queries";
import {
  createAdministrator,
  createCampaign,
  createCirconscription,
  createInspector,
  createTeacher,
} from "@/lib/seed/factories";

// The read boundary (docs/decisions/0009-read-boundary.md): every query function applies
// the scope of lib/auth/scope.ts. Two circonscriptions, one teacher in each and a second
// one in Nord; the inspector covers Sud only.
let claire: CurrentUser; // Nord
let jean: CurrentUser; // Nord
let sophie: CurrentUser; // Sud
let ienSud: CurrentUser;
let gest: CurrentUser;
let noDossier: CurrentUser;
let nordId: string;
let sudId: string;
let draftId: string;
let openId: string;
let publishedId: string;
type Who = "claire" | "jean" | "sophie";
const docOf = {} as Record<Who, string>;
const correctionOf = {} as Record<Who, string>;
const functionOf = {} as Record<Who, string>;

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

const page = { skip: 0, take: 100 };

beforeAll(async () => {
  const nord = await createCirconscription(prisma, { code: "N", name: "Nord", departement: "31" });
  const sud = await createCirconscription(prisma, { code: "S", name: "Sud", departement: "31" });
  nordId = nord.id;
  sudId = sud.id;
  const base = {
    grade: "CN",
    echelon: 9,
    echelonDate: "2023-03-01",
    birthDate: "1980-05-04",
  } as const;
  const c = await createTeacher(prisma, {
    ...base,
    identifiant: "claire",
    numen: "31E1111111AAA",
    nom: "Tartemuche",
    prenom: "Claire",
    circonscriptionId: nord.id,
  });
  const j = await createTeacher(prisma, {
    ...base,
    identifiant: "jean",
    numen: "31E2222222BBB",
    nom: "Dupont",
    prenom: "Jean",
    circonscriptionId: nord.id,
  });
  const s = await createTeacher(prisma, {
    ...base,
    identifiant: "sophie",
    numen: "31E3333333CCC",
    nom: "Martin",
    prenom: "Sophie",
    circonscriptionId: sud.id,
  });
  const i = await createInspector(prisma, {
    identifiant: "ien-sud",
    password: "x".repeat(12),
    circonscriptionIds: [sud.id],
  });
  const a = await createAdministrator(prisma, { identifiant: "gest", password: "x".repeat(12) });
  claire = actor(c.userId, "ENSEIGNANT", c.agentId);
  jean = actor(j.userId, "ENSEIGNANT", j.agentId);
  sophie = actor(s.userId, "ENSEIGNANT", s.agentId);
  ienSud = actor(i.id, "INSPECTEUR", null, [sud.id]);
  gest = actor(a.id, "GESTIONNAIRE", null);
  noDossier = actor("nobody", "ENSEIGNANT", null);

  draftId = (await createCampaign(prisma, { ruleSet: "HC_PE", year: 2040 })).id;
  openId = (
    await createCampaign(prisma, { ruleSet: "CE_2017_2023", year: 2041, status: "OUVERTE" })
  ).id;
  publishedId = (await createCampaign(prisma, { ruleSet: "HC_PE", year: 2042, status: "PUBLIEE" }))
    .id;

  for (const [who, t] of [
    ["claire", c],
    ["jean", j],
    ["sophie", s],
  ] as const) {
    const doc = await prisma.document.create({
      data: {
        agentId: t.agentId,
        filename: `${who}.pdf`,
        mimeType: "application/pdf",
        size: 4,
        sha256: who,
        content: Buffer.from("%PDF"),
      },
    });
    docOf[who] = doc.id;
    correctionOf[who] = (
      await prisma.correctionRequest.create({
        data: {
          agentId: t.agentId,
          section: "SITUATION",
          description: `erreur de ${who}`,
          documentId: doc.id,
        },
      })
    ).id;
    functionOf[who] = (
      await prisma.functionMission.create({
        data: {
          agentId: t.agentId,
          kind: "DIRECTION_ECOLE",
          label: `direction ${who}`,
          startDate: new Date("2020-09-01"),
          proofId: doc.id,
        },
      })
    ).id;
    await prisma.candidature.create({
      data: { campaignId: openId, agentId: t.agentId, vivier: 1 },
    });
    await prisma.promotionResult.create({
      data: { campaignId: publishedId, agentId: t.agentId, detail: "{}", rank: 1, promoted: false },
    });
  }
  await prisma.outboxMessage.create({
    data: {
      to: "claire@ac-toulouse.fr",
      subject: "s",
      body: "b",
      kind: "test",
      departementId: DEFAULT_DEPARTEMENT_ID,
    },
  });
  // A mail of no département (an account of none) is no gestionnaire's to read.
  await prisma.outboxMessage.create({
    data: { to: "rectorat@ac-toulouse.fr", subject: "s", body: "b", kind: "test" },
  });
});

const agentIds = async (where: object) =>
  (await prisma.agent.findMany({ where, select: { id: true } })).map((a) => a.id).sort();

describe("scope helpers (lib/auth/scope.ts)", () => {
  it("agentScope: a teacher their own agent, an inspector their circonscriptions, a gestionnaire everyone", async () => {
    expect(await agentIds(agentScope(claire))).toEqual([claire.agentId]);
    expect(await agentIds(agentScope(ienSud))).toEqual([sophie.agentId]);
    expect(await agentIds(agentScope(gest))).toEqual(
      [claire.agentId, jean.agentId, sophie.agentId].sort(),
    );
    expect(await agentIds(agentScope(noDossier))).toEqual([]);
    expect(await agentIds(agentScope({ ...ienSud, circonscriptionIds: [] }))).toEqual([]);
  });

  it("ownedByAgentScope filters rows by their agent: the gestionnaire's by its département", async () => {
    expect(ownedByAgentScope(gest)).toEqual({
      agent: { departementId: { in: [DEFAULT_DEPARTEMENT_ID] } },
    });
    const docs = async (a: CurrentUser) =>
      (await prisma.document.findMany({ where: ownedByAgentScope(a), select: { id: true } }))
        .map((d) => d.id)
        .sort();
    expect(await docs(jean)).toEqual([docOf.jean]);
    expect(await docs(ienSud)).toEqual([docOf.sophie]);
    expect(await docs(gest)).toHaveLength(3);
  });

  it("campaignScope hides drafts from teachers and inspectors", async () => {
    const ids = async (a: CurrentUser) =>
      (
        await prisma.campaign.findMany({
          where: { AND: [campaignScope(a), { id: { in: [draftId, openId, publishedId] } }] },
          select: { id: true },
        })
      )
        .map((c) => c.id)
        .sort();
    expect(await ids(gest)).toEqual([draftId, openId, publishedId].sort());
    expect(await ids(claire)).toEqual([openId, publishedId].sort());
    expect(await ids(ienSud)).toEqual([openId, publishedId].sort());
  });

  it("circonscriptionScope, userScope and outboxScope", async () => {
    const circos = async (a: CurrentUser) =>
      (
        await prisma.circonscription.findMany({
          where: circonscriptionScope(a),
          select: { id: true },
        })
      )
        .map((c) => c.id)
        .sort();
    expect(await circos(ienSud)).toEqual([sudId]);
    expect(await circos(claire)).toEqual([nordId]);
    expect(await circos(gest)).toEqual([nordId, sudId].sort());
    expect(await prisma.user.count({ where: userScope(jean) })).toBe(1);
    expect(await prisma.outboxMessage.count({ where: outboxScope(claire) })).toBe(0);
    expect(await prisma.outboxMessage.count({ where: outboxScope(gest) })).toBe(1);
  });

  it("requireWholeScope: whole-campaign computations are the gestionnaire's, on their départements", () => {
    const here = { departementId: DEFAULT_DEPARTEMENT_ID };
    expect(() => requireWholeScope(gest, here)).not.toThrow();
    expect(() => requireWholeScope(gest, { departementId: "dep-09" })).toThrow();
    expect(() => requireWholeScope(ienSud, here)).toThrow();
    expect(() => requireWholeScope(claire, here)).toThrow();
  });
});

describe("an inspector's queries never return an agent outside their circonscriptions", () => {
  it("agents list, filters and dossier reads", async () => {
    const { rows, total } = await listScopedAgents(ienSud, {}, 1, 50);
    expect(total).toBe(1);
    expect(rows.map((r) => r.id)).toEqual([sophie.agentId]);
    // Even when the filter names another circonscription.
    expect((await listScopedAgents(ienSud, { circonscriptionId: nordId }, 1, 50)).total).toBe(0);
    expect((await circonscriptionOptions(ienSud)).map((c) => c.id)).toEqual([sudId]);
    expect((await circonscriptionsWithCounts(ienSud)).map((c) => [c.id, c._count.agents])).toEqual([
      [sudId, 1],
    ]);
    expect(await agentBirthDate(ienSud, claire.agentId!)).toBeNull();
    expect(await agentBirthDate(ienSud, sophie.agentId!)).not.toBeNull();
    await expect(agentName(ienSud, claire.agentId!)).rejects.toThrow();
  });

  it("documents, signalements, functions, candidatures and results", async () => {
    expect(await findDocumentForDownload(ienSud, docOf.claire)).toBeNull();
    expect((await findDocumentForDownload(ienSud, docOf.sophie))?.content).toBeTruthy();
    expect(await findCorrection(ienSud, correctionOf.jean)).toBeNull();
    expect((await listCorrections(ienSud, "EN_ATTENTE", page)).items.map((c) => c.id)).toEqual([
      correctionOf.sophie,
    ]);
    expect((await listFunctionsToReview(ienSud, "", page)).items.map((f) => f.id)).toEqual([
      functionOf.sophie,
    ]);
    expect((await listFunctionsToReview(ienSud, "Dupont", page)).total).toBe(0);
    expect(await agentCandidatures(ienSud, claire.agentId!)).toEqual([]);
    expect((await listCampaignCandidatures(ienSud, openId, {})).rows.map((c) => c.agentId)).toEqual(
      [sophie.agentId],
    );
    expect(await candidatureCounts(ienSud, openId)).toEqual({ recorded: 1, cancelled: 0 });
    expect((await loadScopedResults(ienSud, publishedId)).map((r) => r.agentId)).toEqual([
      sophie.agentId,
    ]);
  });
});

describe("a teacher's queries never return another agent's dossier", () => {
  it("dossier, documents, functions, candidatures and results", async () => {
    expect(await findDocumentForDownload(jean, docOf.claire)).toBeNull();
    expect((await findDocumentForDownload(claire, docOf.claire))?.id).toBe(docOf.claire);
    expect(await functionStatus(jean, claire.agentId!, functionOf.claire)).toBeNull();
    expect(await functionStatus(claire, claire.agentId!, functionOf.claire)).toBe("A_VERIFIER");
    expect(await agentCandidatures(jean, claire.agentId!)).toEqual([]);
    expect(await agentCandidatures(claire, claire.agentId!)).toHaveLength(1);
    expect(await agentBirthDate(jean, claire.agentId!)).toBeNull();
    await expect(agentName(jean, claire.agentId!)).rejects.toThrow();
    expect((await listScopedAgents(jean, {}, 1, 50)).rows.map((r) => r.id)).toEqual([jean.agentId]);
    expect((await ownResult(jean, publishedId))?.agentId).toBe(jean.agentId);
    expect(await ownResult(noDossier, publishedId)).toBeNull();
    expect((await loadScopedResults(jean, publishedId)).map((r) => r.agentId)).toEqual([
      jean.agentId,
    ]);
    expect(await findCorrection(jean, correctionOf.claire)).toBeNull();
  });

  it("campaigns: no draft, and the SIAP view shows the teacher's own candidature only", async () => {
    expect(await findCampaign(claire, draftId)).toBeNull();
    expect(await teacherCampaignView(claire, draftId)).toBeNull();
    expect((await findCampaign(claire, publishedId, { status: "PUBLIEE" }))?.id).toBe(publishedId);
    expect(await findCampaign(claire, openId, { status: "PUBLIEE" })).toBeNull();
    const view = await teacherCampaignView(claire, openId);
    expect(view?.candidature?.agentId).toBe(claire.agentId);
    expect(view?.window).toBe("aucune");
    expect(await teacherCampaignView(noDossier, openId)).toBeNull();
    expect((await listCampaigns(claire)).map((c) => c.id)).not.toContain(draftId);
  });

  it("account: their own pending key only", async () => {
    await prisma.user.update({
      where: { id: claire.id },
      data: { totpPendingSecret: "SECRETCLAIRE" },
    });
    expect(await pendingTotpSecret(claire)).toBe("SECRETCLAIRE");
    expect(await pendingTotpSecret(jean)).toBeNull();
  });
});

describe("the gestionnaire reads everything (until the département scope)", () => {
  it("sees every agent, signalement, function, candidature and mail", async () => {
    expect((await listScopedAgents(gest, {}, 1, 50)).total).toBe(3);
    expect((await listCorrections(gest, "EN_ATTENTE", page)).total).toBe(3);
    expect((await listFunctionsToReview(gest, "Dupont", page)).items.map((f) => f.id)).toEqual([
      functionOf.jean,
    ]);
    expect((await listCampaignCandidatures(gest, openId, {})).total).toBe(3);
    expect((await listOutbox(gest, page)).total).toBe(1);
    expect((await listOutbox(claire, page)).total).toBe(0);
    expect((await findCorrection(gest, correctionOf.claire))?.request.agentId).toBe(claire.agentId);
    expect((await findCampaign(gest, draftId))?.id).toBe(draftId);
    const counts = await managementCounts(gest);
    expect(counts).toMatchObject({ agents: 3, corrections: 3, functions: 3, outbox: 1 });
    expect(counts.campaigns).toBeGreaterThanOrEqual(3);
    const admin = await agentAdministration(gest, claire.agentId!);
    expect(admin.account?.identifiant).toBe("claire");
    expect(admin.failures).toBe(0);
  });
});
