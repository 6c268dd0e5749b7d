import { beforeAll, describe, expect, it } from "vitest";
import { actAs, form } from "./session-mock";
import { prisma } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/session";
import {
  deleteEntryAction,
  reportErrorAction,
  saveEntryAction,
} from "@/app/(enseignant)/dossier/actions";
import { reviewFunctionAction, treatCorrectionAction } from "@/app/(gestion)/gestion/actions";
import { GET as downloadDocument } from "@/app/documents/[documentId]/route";
import {
  createAdministrator,
  createCirconscription,
  createInspector,
  createTeacher,
} from "@/lib/seed/factories";
import { SNAPSHOT_INCLUDE, toAgentSnapshot } from "@/lib/agents/snapshot";
import { countEligibleSchoolYears } from "@/lib/rules";
import { DEFAULT_DEPARTEMENT_ID } from "@/lib/departements/known";

const PDF = () =>
  new File([new TextEncoder().encode("%PDF-1.4\n% test\n")], "arrete.pdf", {
    type: "application/pdf",
  });
const EXE = () =>
  new File([new TextEncoder().encode("MZ\x90\x00")], "preuve.pdf", { type: "application/pdf" });

let claire: CurrentUser;
let jean: CurrentUser;
let ien: CurrentUser;
let admin: CurrentUser;
let claireAffectationId: string;

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

beforeAll(async () => {
  const nord = await createCirconscription(prisma, { code: "N", name: "Nord", departement: "31" });
  const sud = await createCirconscription(prisma, { code: "S", name: "Sud", departement: "31" });
  const c = await createTeacher(prisma, {
    identifiant: "ctartemuche",
    numen: "31E1234567ABC",
    nom: "Tartemuche",
    prenom: "Claire",
    grade: "CN",
    echelon: 9,
    echelonDate: "2023-03-01",
    circonscriptionId: nord.id,
    affectations: [
      {
        label: "École Jean Jaurès",
        poste: "Adjoint élémentaire",
        zone: "HORS_EP",
        startDate: "2015-09-01",
      },
    ],
  });
  const j = await createTeacher(prisma, {
    identifiant: "jdupont",
    numen: "31E7654321XYZ",
    nom: "Dupont",
    prenom: "Jean",
    sexe: "M",
    grade: "HC",
    echelon: 4,
    echelonDate: "2024-03-01",
    circonscriptionId: nord.id,
  });
  const i = await createInspector(prisma, {
    identifiant: "ien-sud",
    password: "x".repeat(12),
    circonscriptionIds: [sud.id],
  });
  const a = await createAdministrator(prisma, { identifiant: "gest", password: "x".repeat(12) });
  claire = actor(c.userId, "ENSEIGNANT", c.agentId);
  jean = actor(j.userId, "ENSEIGNANT", j.agentId);
  ien = actor(i.id, "INSPECTEUR", null, [sud.id]);
  admin = actor(a.id, "GESTIONNAIRE", null);
  claireAffectationId = (
    await prisma.affectation.findFirstOrThrow({ where: { agentId: c.agentId } })
  ).id;
});

describe("completing the dossier", () => {
  it("adds an activity, and refuses an end date before the start date with the typed values kept", async () => {
    actAs(claire);
    const bad = await saveEntryAction(
      undefined,
      form({
        entry: "activite",
        title: "Chorale d'école",
        startDate: "2022-09-01",
        endDate: "2021-06-30",
      }),
    );
    expect(bad.ok).toBe(false);
    expect(bad.errors?.endDate).toEqual([
      "La date de fin doit être postérieure à la date de début.",
    ]);
    expect(bad.values?.title).toBe("Chorale d'école");
    const ok = await saveEntryAction(
      undefined,
      form({ entry: "activite", title: "Chorale d'école", startDate: "2021-09-01", endDate: "" }),
    );
    expect(ok.ok).toBe(true);
    const saved = await prisma.professionalActivity.findFirstOrThrow({
      where: { agentId: claire.agentId! },
    });
    expect(saved).toMatchObject({ title: "Chorale d'école", endDate: null });
    expect(
      await prisma.auditLog.count({
        where: { action: "dossier.activite.create", entityId: saved.id },
      }),
    ).toBe(1);
  });

  it("ignores a forged agentId: a teacher always writes to their own dossier", async () => {
    actAs(jean);
    const state = await saveEntryAction(
      undefined,
      form({
        entry: "qualification",
        agentId: claire.agentId!,
        kind: "Diplôme",
        title: "Master MEEF",
      }),
    );
    expect(state.ok).toBe(true);
    expect(await prisma.qualification.count({ where: { agentId: claire.agentId! } })).toBe(0);
    expect(
      await prisma.qualification.count({ where: { agentId: jean.agentId!, title: "Master MEEF" } }),
    ).toBe(1);
  });

  it("cannot delete another teacher's entry by its id", async () => {
    actAs(claire);
    const entry = await prisma.professionalActivity.findFirstOrThrow({
      where: { agentId: claire.agentId! },
    });
    actAs(jean);
    const state = await deleteEntryAction(undefined, form({ entry: "activite", id: entry.id }));
    expect(state).toMatchObject({
      ok: false,
      message: "Cette entrée n'existe plus : rechargez la page.",
    });
    expect(await prisma.professionalActivity.count({ where: { id: entry.id } })).toBe(1);
  });

  it("refuses inspectors, who only read dossiers", async () => {
    actAs(ien);
    const state = await saveEntryAction(
      undefined,
      form({ entry: "activite", title: "X", startDate: "2020-01-01" }),
    );
    expect(state).toMatchObject({ ok: false, message: "Vous n'avez pas accès à cette action." });
  });
});

describe("fonctions et missions need a checked proof and a validation", () => {
  it("only knows the listed kinds", async () => {
    actAs(jean);
    const state = await saveEntryAction(
      undefined,
      form({ entry: "fonction", kind: "ASTRONAUTE", startDate: "2014-09-01", proof: PDF() }),
    );
    expect(state.errors?.kind).toEqual(["Choisissez la fonction ou mission dans la liste."]);
  });

  it("goes from à vérifier to validée", async () => {
    actAs(jean);
    const fields = { startDate: "2016-09-01", endDate: "2019-08-31", label: "École Pasteur" };
    const noProof = await saveEntryAction(undefined, withFunctionKind(fields, "DIRECTEUR_ECOLE"));
    expect(noProof.errors?.proof).toEqual(["La pièce justificative est obligatoire."]);
    const fake = await saveEntryAction(
      undefined,
      withFunctionKind(fields, "DIRECTEUR_ECOLE", EXE()),
    );
    expect(fake.errors?.proof).toEqual([
      "La pièce justificative doit être un fichier PDF, JPEG ou PNG.",
    ]);
    const ok = await saveEntryAction(undefined, withFunctionKind(fields, "DIRECTEUR_ECOLE", PDF()));
    expect(ok.ok).toBe(true);
    const fn = await prisma.functionMission.findFirstOrThrow({
      where: { agentId: jean.agentId! },
      include: { proof: true },
    });
    expect(fn).toMatchObject({ status: "A_VERIFIER", kind: "DIRECTEUR_ECOLE" });
    expect(fn.proof?.mimeType).toBe("application/pdf");

    const overlap = await saveEntryAction(
      undefined,
      withFunctionKind(
        { ...fields, startDate: "2018-09-01", endDate: "" },
        "DIRECTEUR_ECOLE",
        PDF(),
      ),
    );
    expect(overlap.errors?.startDate?.[0]).toMatch(/chevauche/);

    actAs(jean);
    expect(
      (await reviewFunctionAction(undefined, form({ id: fn.id, decision: "VALIDEE" }))).ok,
    ).toBe(false);
    actAs(admin);
    const refusedWithoutReason = await reviewFunctionAction(
      undefined,
      form({ id: fn.id, decision: "REFUSEE", note: "" }),
    );
    expect(refusedWithoutReason.errors?.note?.[0]).toMatch(/motif du refus/);
    await expect(
      reviewFunctionAction(undefined, form({ id: fn.id, decision: "VALIDEE", note: "" })),
    ).rejects.toThrow(/NEXT_REDIRECT/);
    expect((await prisma.functionMission.findUniqueOrThrow({ where: { id: fn.id } })).status).toBe(
      "VALIDEE",
    );
    // The teacher is told; the refused attempts above sent nothing.
    const told = await prisma.outboxMessage.findMany({
      where: { subject: { contains: "fonction de votre dossier" }, body: { contains: fn.label } },
    });
    expect(told.map((m) => m.subject)).toEqual(["Une fonction de votre dossier a été validée"]);
  });
});

describe("éducation prioritaire: the share of the service", () => {
  // domain.md (CE 2017–2023, vivier 1): éducation prioritaire counts with at least 50 % of the
  // service there; the share is part of the entry, given by the teacher, checked at validation.
  const countAt = async (agentId: string) => {
    const agent = await prisma.agent.findUniqueOrThrow({
      where: { id: agentId },
      include: SNAPSHOT_INCLUDE,
    });
    return countEligibleSchoolYears(toAgentSnapshot(agent).functions, {
      campaignYear: 2023,
      observationDate: "2023-08-31",
      educationPrioritaireMinShare: 50,
    });
  };

  it("is required and stored from the teacher's form, corrected by the gestionnaire; 40 % does not count, 50 % does", async () => {
    const nord = await prisma.circonscription.findFirstOrThrow({ where: { code: "N" } });
    const t = await createTeacher(prisma, {
      identifiant: "mrep",
      numen: "31E1111111REP",
      nom: "Rep",
      prenom: "Marie",
      grade: "HC",
      echelon: 4,
      echelonDate: "2020-09-01",
      circonscriptionId: nord.id,
    });
    const marie = actor(t.userId, "ENSEIGNANT", t.agentId);
    actAs(marie);
    const fields = {
      startDate: "2012-09-01",
      endDate: "2022-08-31",
      label: "École Bellefontaine (REP+)",
    };
    const missing = await saveEntryAction(
      undefined,
      withFunctionKind(fields, "EDUCATION_PRIORITAIRE", PDF()),
    );
    expect(missing.errors?.educationPrioritaireShare?.[0]).toMatch(
      /^Indiquez la part de votre service en éducation prioritaire/,
    );
    const tooMuch = await saveEntryAction(
      undefined,
      withFunctionKind(
        { ...fields, educationPrioritaireShare: "140" },
        "EDUCATION_PRIORITAIRE",
        PDF(),
      ),
    );
    expect(tooMuch.errors?.educationPrioritaireShare).toEqual([
      "La part du service en éducation prioritaire est un pourcentage entre 0 et 100.",
    ]);
    expect(
      (
        await saveEntryAction(
          undefined,
          withFunctionKind(
            { ...fields, educationPrioritaireShare: "40" },
            "EDUCATION_PRIORITAIRE",
            PDF(),
          ),
        )
      ).ok,
    ).toBe(true);
    const fn = await prisma.functionMission.findFirstOrThrow({ where: { agentId: t.agentId } });
    expect(fn).toMatchObject({
      kind: "EDUCATION_PRIORITAIRE",
      educationPrioritaireShare: 40,
      status: "A_VERIFIER",
    });

    actAs(admin);
    await expect(
      reviewFunctionAction(undefined, form({ id: fn.id, decision: "VALIDEE", note: "" })),
    ).rejects.toThrow(/NEXT_REDIRECT/);
    const at40 = await countAt(t.agentId);
    expect(at40.count).toBe(0);
    expect(at40.excluded[0]?.reason).toBe("QUOTITE_EP_INSUFFISANTE");

    // The proof says 50 %: the gestionnaire corrects the share at validation.
    await prisma.functionMission.update({ where: { id: fn.id }, data: { status: "A_VERIFIER" } });
    await expect(
      reviewFunctionAction(
        undefined,
        form({ id: fn.id, decision: "VALIDEE", note: "", educationPrioritaireShare: "50" }),
      ),
    ).rejects.toThrow(/NEXT_REDIRECT/);
    expect(
      (await prisma.functionMission.findUniqueOrThrow({ where: { id: fn.id } }))
        .educationPrioritaireShare,
    ).toBe(50);
    expect((await countAt(t.agentId)).count).toBe(10);
  });

  it("cannot be validated without a share, which then does not count, with the reason in plain French", async () => {
    const nord = await prisma.circonscription.findFirstOrThrow({ where: { code: "N" } });
    const t = await createTeacher(prisma, {
      identifiant: "prep",
      numen: "31E2222222REP",
      nom: "Sansquotite",
      prenom: "Paul",
      sexe: "M",
      grade: "HC",
      echelon: 4,
      echelonDate: "2020-09-01",
      circonscriptionId: nord.id,
      functions: [
        {
          kind: "EDUCATION_PRIORITAIRE",
          startDate: "2012-09-01",
          endDate: "2022-08-31",
          status: "A_VERIFIER",
          source: "AGENT",
        },
      ],
    });
    const fn = await prisma.functionMission.findFirstOrThrow({ where: { agentId: t.agentId } });
    actAs(admin);
    const refused = await reviewFunctionAction(
      undefined,
      form({ id: fn.id, decision: "VALIDEE", note: "" }),
    );
    expect(refused.errors?.educationPrioritaireShare?.[0]).toMatch(/avant de valider/);
    await prisma.functionMission.update({ where: { id: fn.id }, data: { status: "VALIDEE" } });
    const r = await countAt(t.agentId);
    expect(r.count).toBe(0);
    expect(r.excluded[0]?.message).toMatch(
      /non retenue tant que la part de votre service en éducation prioritaire n'est pas indiquée/,
    );
  });
});

describe("error reports and documents", () => {
  it("reports an error on an affectation with a PDF; the administrator accepts and corrects", async () => {
    actAs(claire);
    const noProof = await reportErrorAction(
      undefined,
      form({
        section: "AFFECTATIONS",
        targetId: claireAffectationId,
        description: "La date de début est le 01/09/2014.",
      }),
    );
    expect(noProof.errors?.proof).toEqual(["La pièce justificative est obligatoire."]);
    actAs(jean);
    const notHis = await reportErrorAction(
      undefined,
      form({
        section: "AFFECTATIONS",
        targetId: claireAffectationId,
        description: "Ce n'est pas mon affectation.",
        proof: PDF(),
      }),
    );
    expect(notHis.errors?.targetId).toEqual(["Choisissez une affectation de votre dossier."]);
    actAs(claire);
    const ok = await reportErrorAction(
      undefined,
      form({
        section: "AFFECTATIONS",
        targetId: claireAffectationId,
        description: "La date de début est le 01/09/2014.",
        proof: PDF(),
      }),
    );
    expect(ok.ok).toBe(true);
    const request = await prisma.correctionRequest.findFirstOrThrow({
      where: { agentId: claire.agentId! },
    });

    // The proof is served to its owner and the administration only, as an attachment.
    const get = (id: string) =>
      downloadDocument(new Request(`http://localhost/documents/${id}`), {
        params: Promise.resolve({ documentId: id }),
      });
    actAs(jean);
    expect((await get(request.documentId)).status).toBe(403);
    actAs(ien);
    expect((await get(request.documentId)).status).toBe(403);
    actAs(admin);
    const response = await get(request.documentId);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-disposition")).toBe(
      `attachment; filename="arrete.pdf"; filename*=UTF-8''arrete.pdf`,
    );

    actAs(claire);
    expect(
      (await treatCorrectionAction(undefined, form({ id: request.id, decision: "ACCEPTEE" }))).ok,
    ).toBe(false);
    actAs(admin);
    // Success redirects to the treated request.
    await expect(
      treatCorrectionAction(
        undefined,
        form({ id: request.id, decision: "ACCEPTEE", answer: "", startDate: "2014-09-01" }),
      ),
    ).rejects.toThrow(/NEXT_REDIRECT/);
    expect(
      (await prisma.affectation.findUniqueOrThrow({ where: { id: claireAffectationId } }))
        .startDate,
    ).toEqual(new Date("2014-09-01T00:00:00Z"));
    expect(
      await prisma.correctionRequest.findUniqueOrThrow({ where: { id: request.id } }),
    ).toMatchObject({
      status: "ACCEPTEE",
      answer: expect.stringMatching(/^Votre dossier a été corrigé : affectation .+ corrigée\.$/),
    });
    const again = await treatCorrectionAction(
      undefined,
      form({ id: request.id, decision: "REJETEE", answer: "Non" }),
    );
    expect(again).toMatchObject({ ok: false, message: "Ce signalement a déjà été traité." });
  });
});

function withFunctionKind(fields: Record<string, string>, kind: string, proof?: File): FormData {
  return form({ entry: "fonction", kind, ...fields, ...(proof ? { proof } : {}) });
}

describe("issue 11: dated entries, distinctions, validated functions, deletions", () => {
  let paul: CurrentUser;
  beforeAll(async () => {
    const nord = await prisma.circonscription.findFirstOrThrow({ where: { code: "N" } });
    const t = await createTeacher(prisma, {
      identifiant: "pdates",
      numen: "31E1111111DAT",
      nom: "Dates",
      prenom: "Paul",
      birthDate: "1980-03-15",
      grade: "HC",
      echelon: 4,
      echelonDate: "2020-09-01",
      circonscriptionId: nord.id,
    });
    paul = actor(t.userId, "ENSEIGNANT", t.agentId);
  });
  const redirectTo = (url: string) =>
    expect.objectContaining({ digest: expect.stringContaining(`;${url};`) });

  it("refuses a date before the agent's birth or in an absurd year, on the field, in every dated entry", async () => {
    actAs(paul);
    const year1 = await saveEntryAction(
      undefined,
      form({ entry: "qualification", kind: "Diplôme", title: "Licence", obtainedAt: "0001-01-01" }),
    );
    expect(year1).toMatchObject({
      ok: false,
      errors: {
        obtainedAt: ["La date d'obtention n'est pas plausible : l'année doit être 1900 ou après."],
      },
      values: { title: "Licence" },
    });
    const beforeBirth = "La date de début ne peut pas précéder la date de naissance (15/03/1980).";
    const activity = await saveEntryAction(
      undefined,
      form({ entry: "activite", title: "Chorale", startDate: "1980-03-14" }),
    );
    expect(activity.errors?.startDate).toEqual([beforeBirth]);
    const fn = await saveEntryAction(
      undefined,
      withFunctionKind({ startDate: "1975-09-01" }, "DIRECTEUR_ECOLE", PDF()),
    );
    expect(fn.errors?.startDate).toEqual([beforeBirth]);
    const distinction = await saveEntryAction(
      undefined,
      form({
        entry: "distinction",
        name: "Palmes académiques",
        rank: "Chevalier",
        date: "1979-07-14",
      }),
    );
    expect(distinction.errors?.date).toEqual([
      "La date ne peut pas précéder la date de naissance (15/03/1980).",
    ]);
    expect(
      (
        await saveEntryAction(
          undefined,
          form({
            entry: "qualification",
            kind: "Diplôme",
            title: "Licence",
            obtainedAt: "2001-06-30",
          }),
        )
      ).ok,
    ).toBe(true);
    expect(await prisma.qualification.count({ where: { agentId: paul.agentId! } })).toBe(1);
  });

  it("knows each order's grades and the medals' échelons, and names « Autre distinction »", async () => {
    actAs(paul);
    const medal = await saveEntryAction(
      undefined,
      form({
        entry: "distinction",
        name: "Médaille d'honneur",
        rank: "Commandeur",
        date: "2019-07-14",
      }),
    );
    expect(medal.errors?.rank?.[0]).toBe(
      "La distinction « Médaille d'honneur » a des échelons, pas de grade : choisissez parmi argent, vermeil, or, grand or.",
    );
    const palmes = await saveEntryAction(
      undefined,
      form({
        entry: "distinction",
        name: "Palmes académiques",
        rank: "Grand-croix",
        date: "2019-07-14",
      }),
    );
    expect(palmes.errors?.rank?.[0]).toMatch(
      /n'est pas un grade de la distinction « Palmes académiques »/,
    );
    const unnamed = await saveEntryAction(
      undefined,
      form({
        entry: "distinction",
        name: "Autre distinction",
        otherName: "",
        rank: "",
        date: "2019-07-14",
      }),
    );
    expect(unnamed.errors?.otherName).toEqual(["Indiquez le nom de la distinction."]);
    expect(
      (
        await saveEntryAction(
          undefined,
          form({
            entry: "distinction",
            name: "Légion d'honneur",
            rank: "Grand officier",
            date: "2019-07-14",
          }),
        )
      ).ok,
    ).toBe(true);
    expect(
      (
        await saveEntryAction(
          undefined,
          form({
            entry: "distinction",
            name: "Médaille d'honneur",
            rank: "Vermeil",
            date: "2020-01-01",
          }),
        )
      ).ok,
    ).toBe(true);
    expect(
      (
        await saveEntryAction(
          undefined,
          form({
            entry: "distinction",
            name: "Autre distinction",
            otherName: "Médaille de la jeunesse et des sports",
            rank: "",
            date: "2021-01-01",
          }),
        )
      ).ok,
    ).toBe(true);
    const stored = await prisma.distinction.findMany({
      where: { agentId: paul.agentId! },
      orderBy: { date: "asc" },
      select: { name: true, rank: true },
    });
    expect(stored).toEqual([
      { name: "Légion d'honneur", rank: "Grand officier" },
      { name: "Médaille d'honneur", rank: "Vermeil" },
      { name: "Médaille de la jeunesse et des sports", rank: null },
    ]);
  });

  it("says that a changed function goes back to « À vérifier », and what a deletion deleted", async () => {
    actAs(paul);
    expect(
      (
        await saveEntryAction(
          undefined,
          withFunctionKind(
            { startDate: "2010-09-01", endDate: "2014-08-31", label: "École Curie" },
            "DIRECTEUR_ECOLE",
            PDF(),
          ),
        )
      ).ok,
    ).toBe(true);
    const fn = await prisma.functionMission.findFirstOrThrow({ where: { agentId: paul.agentId! } });
    await prisma.functionMission.update({ where: { id: fn.id }, data: { status: "VALIDEE" } });
    await expect(
      saveEntryAction(
        undefined,
        withFunctionKind(
          { id: fn.id, startDate: "2010-09-01", endDate: "2015-08-31", label: "École Curie" },
          "DIRECTEUR_ECOLE",
        ),
      ),
    ).rejects.toEqual(redirectTo("/dossier/fonctions-et-missions?enregistre=verification"));
    expect((await prisma.functionMission.findUniqueOrThrow({ where: { id: fn.id } })).status).toBe(
      "A_VERIFIER",
    );
    // Already « À vérifier »: a further change is just saved.
    await expect(
      saveEntryAction(
        undefined,
        withFunctionKind(
          { id: fn.id, startDate: "2010-09-01", endDate: "2016-08-31", label: "École Curie" },
          "DIRECTEUR_ECOLE",
        ),
      ),
    ).rejects.toEqual(redirectTo("/dossier/fonctions-et-missions?enregistre=1"));
    await expect(
      deleteEntryAction(undefined, form({ entry: "fonction", id: fn.id })),
    ).rejects.toEqual(redirectTo("/dossier/fonctions-et-missions?supprime=1"));
    expect(await prisma.functionMission.count({ where: { id: fn.id } })).toBe(0);
    // The gestionnaire, who stays on the agent's page, gets the message itself.
    const q = await prisma.qualification.findFirstOrThrow({ where: { agentId: paul.agentId! } });
    actAs(admin);
    expect(
      await deleteEntryAction(
        undefined,
        form({ entry: "qualification", id: q.id, agentId: paul.agentId! }),
      ),
    ).toEqual({ ok: true, message: "Qualification ou compétence supprimée." });
  });
});
