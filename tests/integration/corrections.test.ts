import { beforeAll, describe, expect, it } from "vitest";
import { actAs, form } from "./session-mock";
import { prisma } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/session";
import { treatCorrectionAction } from "@/app/(gestion)/gestion/actions";
import { createAdministrator, createCirconscription, createTeacher } from "@/lib/seed/factories";
import { DEFAULT_DEPARTEMENT_ID } from "@/lib/departements/known";

// Issue 15, defect 9: what a teacher may report, the gestionnaire can correct — any step
// of the career history, a missing step, position and quotité — and "le dossier est
// corrigé" is only said when something was.

let admin: CurrentUser;
let agentId: string;

async function report(description: string) {
  const document = await prisma.document.create({
    data: {
      agentId,
      filename: "arrete.pdf",
      mimeType: "application/pdf",
      size: 4,
      sha256: "x",
      content: new Uint8Array([1, 2, 3, 4]),
    },
  });
  return prisma.correctionRequest.create({
    data: { agentId, section: "SITUATION", description, documentId: document.id },
  });
}

beforeAll(async () => {
  const circo = await createCirconscription(prisma, {
    code: "K",
    name: "Corrections",
    departement: "31",
  });
  admin = {
    id: (await createAdministrator(prisma, { identifiant: "gest-corr", password: "x".repeat(12) }))
      .id,
    role: "GESTIONNAIRE",
    agentId: null,
    circonscriptionIds: [],
    departementIds: [DEFAULT_DEPARTEMENT_ID],
    sessionId: "s",
    identifiant: "g",
    displayName: "g",
    passwordIsDefault: false,
    previousLoginAt: null,
    totpEnabled: false,
  };
  agentId = (
    await createTeacher(prisma, {
      identifiant: "corr",
      numen: "31E6500000COR",
      nom: "Correction",
      prenom: "Agent",
      grade: "CN",
      echelon: 6,
      echelonDate: "2023-09-01",
      circonscriptionId: circo.id,
    })
  ).agentId;
});

describe("treating a correction request", () => {
  it("refuses an acceptance without any correction nor answer, and keeps what was typed", async () => {
    const request = await report("La date d'accès au 3e échelon est fausse.");
    actAs(admin);
    const state = await treatCorrectionAction(
      undefined,
      form({ id: request.id, decision: "ACCEPTEE", answer: "", quotite: "" }),
    );
    expect(state).toMatchObject({
      ok: false,
      errors: {
        answer: [
          "Aucune correction saisie : indiquez la correction à appliquer, ou répondez à l'agent.",
        ],
      },
    });
    expect(
      (await prisma.correctionRequest.findUniqueOrThrow({ where: { id: request.id } })).status,
    ).toBe("EN_ATTENTE");
  });

  it("corrects an earlier step of the career history, adds a missing one, position and quotité, each in the audit", async () => {
    const request = await report("La date d'accès au 3e échelon est fausse, et le 4e manque.");
    const third = await prisma.careerEvent.findFirstOrThrow({
      where: { agentId, grade: "CN", echelon: 3 },
    });
    await prisma.careerEvent.deleteMany({ where: { agentId, echelon: 4 } });
    actAs(admin);
    await expect(
      treatCorrectionAction(
        undefined,
        form({
          id: request.id,
          decision: "ACCEPTEE",
          careerEventId: third.id,
          careerEventDate: "2015-03-01",
          newStepGrade: "CN",
          newStepEchelon: "4",
          newStepDate: "2017-03-01",
          position: "Détachement",
          quotite: "80",
        }),
      ),
    ).rejects.toThrow(/NEXT_REDIRECT/);
    expect((await prisma.careerEvent.findUniqueOrThrow({ where: { id: third.id } })).date).toEqual(
      new Date("2015-03-01T00:00:00Z"),
    );
    expect(
      await prisma.careerEvent.count({
        where: { agentId, echelon: 4, date: new Date("2017-03-01T00:00:00Z") },
      }),
    ).toBe(1);
    expect(await prisma.agent.findUniqueOrThrow({ where: { id: agentId } })).toMatchObject({
      position: "Détachement",
      quotite: 80,
    });
    const treated = await prisma.correctionRequest.findUniqueOrThrow({ where: { id: request.id } });
    expect(treated.answer).toBe(
      "Votre dossier a été corrigé : position : Détachement ; quotité : 80 % ; 3e échelon (CN) atteint le 01/03/2015 ; étape ajoutée : 4e échelon (CN) le 01/03/2017.",
    );
    const actions = (
      await prisma.auditLog.findMany({
        where: { action: { startsWith: "dossier." } },
        select: { action: true },
      })
    ).map((a) => a.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        "dossier.situation.correct",
        "dossier.career.correct",
        "dossier.career.add",
        "dossier.correction.accept",
      ]),
    );
    const told = await prisma.outboxMessage.findFirstOrThrow({
      where: {
        to: { startsWith: "corr@" },
        subject: "Votre signalement (Situation de carrière) a été traité",
      },
      orderBy: { createdAt: "desc" },
    });
    expect(told.body).toContain(`Réponse : ${treated.answer}`);
  });

  it("keeps the history in step with the current échelon corrected", async () => {
    const request = await report("Mon 6e échelon date du 1er mars 2023.");
    actAs(admin);
    await expect(
      treatCorrectionAction(
        undefined,
        form({ id: request.id, decision: "ACCEPTEE", echelonDate: "2023-03-01" }),
      ),
    ).rejects.toThrow(/NEXT_REDIRECT/);
    expect((await prisma.agent.findUniqueOrThrow({ where: { id: agentId } })).echelonDate).toEqual(
      new Date("2023-03-01T00:00:00Z"),
    );
    expect(
      (await prisma.careerEvent.findFirstOrThrow({ where: { agentId, grade: "CN", echelon: 6 } }))
        .date,
    ).toEqual(new Date("2023-03-01T00:00:00Z"));
  });
});
