import { beforeAll, describe, expect, it } from "vitest";
import { actAs, form } from "./session-mock";
import { prisma } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/session";
import { cancelCandidature, submitCandidature } from "@/lib/campaigns/candidature";
import { issueDueReceipts, issueReceipts } from "@/lib/campaigns/receipts";
import {
  cancelCandidatureAction,
  submitCandidatureAction,
} from "@/app/(enseignant)/siap/[campaignId]/actions";
import { candidatureHistory, historyLine } from "@/lib/campaigns/candidature-history";
import {
  createCampaign,
  createCirconscription,
  createTeacher,
  createTeachers,
  type TeacherInput,
} from "@/lib/seed/factories";
import { DEFAULT_DEPARTEMENT_ID } from "@/lib/departements/known";
import { currentCampaignYear } from "@/lib/campaigns/campaign-year";

const DAY = 86_400_000;
const now = new Date();
const isoDay = (offset: number) =>
  new Date(now.getTime() + offset * DAY).toISOString().slice(0, 10);

let circoId: string;
let campaignId: string;
let jean: CurrentUser;
let claire: CurrentUser;

function teacherActor(userId: string, agentId: string): CurrentUser {
  return {
    id: userId,
    role: "ENSEIGNANT",
    agentId,
    circonscriptionIds: [],
    departementIds: [DEFAULT_DEPARTEMENT_ID],
    sessionId: "s",
    identifiant: userId,
    displayName: userId,
    passwordIsDefault: false,
    previousLoginAt: null,
    totpEnabled: false,
  };
}

/** A hors classe teacher who has been directeur d'école in éducation prioritaire since 2014. */
function vivier1(identifiant: string, numen: string): TeacherInput {
  return {
    identifiant,
    numen,
    nom: identifiant,
    prenom: "Jean",
    sexe: "M",
    grade: "HC",
    echelon: 4,
    echelonDate: "2024-03-01",
    circonscriptionId: circoId,
    careerSteps: [
      { grade: "HC", echelon: 1, date: "2018-09-01" },
      { grade: "HC", echelon: 2, date: "2019-09-01" },
      { grade: "HC", echelon: 3, date: "2021-09-01" },
      { grade: "HC", echelon: 4, date: "2024-03-01" },
    ],
    functions: [
      {
        kind: "DIRECTEUR_ECOLE",
        startDate: "2014-09-01",
        status: "VALIDEE",
        source: "ADMINISTRATION",
      },
    ],
  };
}

const year = currentCampaignYear(now);

beforeAll(async () => {
  circoId = (
    await createCirconscription(prisma, { code: "C", name: "Candidatures", departement: "31" })
  ).id;
  campaignId = (
    await createCampaign(prisma, {
      ruleSet: "CE_2017_2023",
      year,
      status: "OUVERTE",
      candidatureStart: isoDay(-7),
      candidatureEnd: isoDay(14),
      parameters: { candidatureRequired: true },
    })
  ).id;
  const j = await createTeacher(prisma, vivier1("jdupont", "31E7654321XYZ"));
  const c = await createTeacher(prisma, {
    identifiant: "ctartemuche",
    numen: "31E1234567ABC",
    nom: "Tartemuche",
    prenom: "Claire",
    grade: "CN",
    echelon: 9,
    echelonDate: "2023-03-01",
    circonscriptionId: circoId,
  });
  jean = teacherActor(j.userId, j.agentId);
  claire = teacherActor(c.userId, c.agentId);
});

describe("acte de candidature", () => {
  it("records, cancels and records again the same candidature", async () => {
    const first = await submitCandidature(prisma, jean, campaignId);
    expect(first.ok).toBe(true);
    const again = await submitCandidature(prisma, jean, campaignId);
    expect(again).toMatchObject({ ok: true, alreadyDone: true });
    expect(await cancelCandidature(prisma, jean, campaignId)).toMatchObject({ ok: true });
    expect(
      (await prisma.candidature.findFirstOrThrow({ where: { agentId: jean.agentId! } })).status,
    ).toBe("ANNULEE");
    const reapplied = await submitCandidature(prisma, jean, campaignId);
    expect(reapplied.ok && first.ok && reapplied.candidatureId === first.candidatureId).toBe(true);
    expect(await prisma.candidature.count({ where: { agentId: jean.agentId! } })).toBe(1);
    expect(
      await prisma.auditLog.count({
        where: { action: { startsWith: "candidature." }, actorId: jean.id },
      }),
    ).toBe(3);
    // Jean is told each time, by mail (the repeated click records nothing and sends nothing).
    const mails = await prisma.outboxMessage.findMany({
      where: { to: { startsWith: "jdupont" }, subject: { startsWith: "Votre candidature" } },
      orderBy: { createdAt: "asc" },
    });
    expect(mails.map((m) => m.subject.split(" — ")[0])).toEqual([
      "Votre candidature est enregistrée",
      "Votre candidature est annulée",
      "Votre candidature est enregistrée",
    ]);
    expect(mails[1]!.body).toMatch(/a été annulée le \d{2}\/\d{2}\/\d{4} à \d{2}:\d{2}\./);
  });

  it("says when the candidature was cancelled, and keeps its history: recorded, cancelled, recorded again", async () => {
    const t = await createTeacher(prisma, vivier1("mhisto", "31E5656565HIS"));
    const marc = teacherActor(t.userId, t.agentId);
    actAs(marc);
    expect(await submitCandidatureAction(undefined, form({ campaignId }))).toEqual({
      ok: true,
      message: "Votre demande de candidature a bien été enregistrée.",
    });
    const cancelled = await cancelCandidatureAction(undefined, form({ campaignId }));
    expect(cancelled).toMatchObject({
      ok: true,
      message: expect.stringMatching(
        /^Votre candidature a été annulée le \d{2}\/\d{2}\/\d{4} à \d{2}:\d{2}\.$/,
      ),
    });
    // Cancelling twice (a second tab) changes nothing and says why.
    expect(await cancelCandidatureAction(undefined, form({ campaignId }))).toEqual({
      ok: false,
      message: "Vous n'avez pas de candidature enregistrée pour cette campagne.",
    });
    expect((await submitCandidatureAction(undefined, form({ campaignId }))).ok).toBe(true);
    await Promise.all(
      Array.from({ length: 5 }, () => submitCandidatureAction(undefined, form({ campaignId }))),
    );
    const row = await prisma.candidature.findFirstOrThrow({
      where: { agentId: t.agentId },
      include: { events: true },
    });
    const history = candidatureHistory(row);
    expect(history.map((h) => h.status)).toEqual(["ENREGISTREE", "ANNULEE", "ENREGISTREE"]);
    expect(historyLine(history[1]!)).toBe(
      `Candidature annulée ${cancelled.message!.replace("Votre candidature a été annulée ", "").replace(/\.$/, "")}`,
    );
    expect(row.status).toBe("ENREGISTREE");
  });

  it("tells an agent outside vivier 1 why, through the action", async () => {
    actAs(claire);
    const state = await submitCandidatureAction(undefined, form({ campaignId }));
    expect(state.ok).toBe(false);
    expect(state.message).toMatch(/^Vous ne relevez pas du 1er vivier/);
    expect(await prisma.candidature.count({ where: { agentId: claire.agentId! } })).toBe(0);
  });

  it("refuses outside the window, checked at the moment of the action", async () => {
    const past = await createCampaign(prisma, {
      ruleSet: "CE_2017_2023",
      year: year - 1,
      status: "OUVERTE",
      candidatureStart: isoDay(-40),
      candidatureEnd: isoDay(-20),
      parameters: { candidatureRequired: true },
    });
    const result = await submitCandidature(prisma, jean, past.id);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(/^Le dépôt des candidatures est clos \(du/);
    const soon = await submitCandidature(
      prisma,
      jean,
      campaignId,
      new Date(now.getTime() - 30 * DAY),
    );
    expect(!soon.ok && soon.message).toMatch(/pas encore ouvert/);
  });

  it("200 concurrent submissions of one agent give one candidature", async () => {
    await cancelCandidature(prisma, jean, campaignId);
    const results = await Promise.all(
      Array.from({ length: 200 }, () => submitCandidature(prisma, jean, campaignId)),
    );
    expect(results.every((r) => r.ok)).toBe(true);
    expect(new Set(results.map((r) => r.ok && r.candidatureId)).size).toBe(1);
    expect(
      await prisma.candidature.count({ where: { agentId: jean.agentId!, status: "ENREGISTREE" } }),
    ).toBe(1);
  });

  it("200 different agents submitting at once are all recorded, none lost", async () => {
    const created = await createTeachers(
      prisma,
      Array.from({ length: 200 }, (_, i) =>
        vivier1(`agent${i}`, `31E${String(1000000 + i).padStart(7, "0")}ABC`),
      ),
    );
    const results = await Promise.all(
      created.map((t) => submitCandidature(prisma, teacherActor(t.userId, t.agentId), campaignId)),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(200);
    expect(
      await prisma.candidature.count({
        where: {
          campaignId,
          agentId: { in: created.map((t) => t.agentId) },
          status: "ENREGISTREE",
        },
      }),
    ).toBe(200);
    // One acknowledgement mail each, none doubled.
    expect(
      await prisma.outboxMessage.count({
        where: {
          to: { in: created.map((_, i) => `agent${i}@ac-toulouse.fr`) },
          subject: { startsWith: "Votre candidature est enregistrée" },
        },
      }),
    ).toBe(200);
    // 200 accounts are hashed first: minutes on a loaded 2-core machine, not a figure of merit.
  }, 180_000);
});

describe("accusés de réception", () => {
  it("are issued once at the close of the window, numbered, and mailed", async () => {
    const recorded = await prisma.candidature.count({
      where: { campaignId, status: "ENREGISTREE" },
    });
    expect(await issueDueReceipts(prisma, now)).toBe(0); // window still open
    const afterClose = new Date(now.getTime() + 16 * DAY);
    const mailsBefore = await prisma.outboxMessage.count({ where: { kind: "accuse-reception" } });
    expect(await issueDueReceipts(prisma, afterClose)).toBe(recorded);
    expect(await issueDueReceipts(prisma, afterClose)).toBe(0);
    expect(await issueReceipts(prisma, campaignId, afterClose)).toBe(0);
    expect(await prisma.outboxMessage.count({ where: { kind: "accuse-reception" } })).toBe(
      mailsBefore + recorded,
    );
    const numbers = (
      await prisma.candidature.findMany({
        where: { campaignId, status: "ENREGISTREE" },
        select: { receiptNumber: true },
      })
    ).map((c) => c.receiptNumber);
    expect(new Set(numbers).size).toBe(recorded);
    expect(numbers.every((n) => /^CE-\d{4}-031-\d{5}$/.test(n ?? ""))).toBe(true);
    // After the close, nobody can cancel any more.
    expect((await cancelCandidature(prisma, jean, campaignId, afterClose)).ok).toBe(false);
  });
});
