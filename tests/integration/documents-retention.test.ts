import { beforeAll, describe, expect, it } from "vitest";
import { actAs, form } from "./session-mock";
import { prisma } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/session";
import { deleteEntryAction, saveEntryAction } from "@/app/(enseignant)/dossier/actions";
import { GET as downloadDocument } from "@/app/documents/[documentId]/route";
import { DOCUMENT_QUOTA_BYTES, QUOTA_MESSAGE } from "@/lib/dossier/documents";
import { createCirconscription, createTeacher } from "@/lib/seed/factories";
import { DEFAULT_DEPARTEMENT_ID } from "@/lib/departements/known";

// Issue 9 point 10: replacing a proof must not pile up downloadable documents.
let me: CurrentUser;
const pdf = (text: string) =>
  new File([new TextEncoder().encode(`%PDF-1.4\n% ${text}\n`)], "arrete.pdf", {
    type: "application/pdf",
  });
const fields = {
  entry: "fonction",
  kind: "DIRECTEUR_ECOLE",
  startDate: "2016-09-01",
  endDate: "2019-08-31",
  label: "École Pasteur",
};
const documents = () =>
  prisma.document.findMany({ where: { agentId: me.agentId! }, select: { id: true } });
const download = (id: string) =>
  downloadDocument(new Request(`http://localhost/documents/${id}`), {
    params: Promise.resolve({ documentId: id }),
  });

beforeAll(async () => {
  const circo = await createCirconscription(prisma, {
    code: "D1",
    name: "Documents",
    departement: "31",
  });
  const t = await createTeacher(prisma, {
    identifiant: "preuves",
    numen: "31E5050505DOC",
    nom: "Preuves",
    prenom: "Paul",
    grade: "CN",
    echelon: 8,
    echelonDate: "2021-09-01",
    circonscriptionId: circo.id,
  });
  me = {
    id: t.userId,
    role: "ENSEIGNANT",
    agentId: t.agentId,
    circonscriptionIds: [],
    departementIds: [DEFAULT_DEPARTEMENT_ID],
    sessionId: "s",
    identifiant: "preuves",
    displayName: "Paul Preuves",
    passwordIsDefault: false,
    previousLoginAt: null,
    totpEnabled: false,
  };
});

describe("pièces justificatives: retention and quota", () => {
  it("deletes the replaced proof: twenty edits leave one document, the old ones no longer downloadable", async () => {
    actAs(me);
    expect((await saveEntryAction(undefined, form({ ...fields, proof: pdf("v0") }))).ok).toBe(true);
    const fn = await prisma.functionMission.findFirstOrThrow({ where: { agentId: me.agentId! } });
    const first = fn.proofId!;
    for (let i = 1; i <= 20; i++) {
      // Editing redirects the teacher back to the tab.
      await expect(
        saveEntryAction(undefined, form({ ...fields, id: fn.id, proof: pdf(`v${i}`) })),
      ).rejects.toThrow(/NEXT_REDIRECT/);
    }
    const left = await documents();
    expect(left).toHaveLength(1);
    expect((await download(first)).status).toBe(403);
    expect((await download(left[0]!.id)).status).toBe(200);
    // Deleting redirects the teacher back to the tab, which says what was deleted.
    await expect(
      deleteEntryAction(undefined, form({ entry: "fonction", id: fn.id })),
    ).rejects.toThrow(/NEXT_REDIRECT/);
    expect(await documents()).toHaveLength(0);
  });

  it("refuses a new proof past the per-agent quota, with a French message and the typed values kept", async () => {
    actAs(me);
    // A stored document as large as the quota leaves no room (its size is what counts).
    await prisma.document.create({
      data: {
        agentId: me.agentId!,
        filename: "gros.pdf",
        mimeType: "application/pdf",
        size: DOCUMENT_QUOTA_BYTES,
        sha256: "x",
        content: new Uint8Array([1]),
      },
    });
    const state = await saveEntryAction(
      undefined,
      form({ ...fields, startDate: "2020-09-01", endDate: "", proof: pdf("trop") }),
    );
    expect(state).toMatchObject({
      ok: false,
      errors: { proof: [QUOTA_MESSAGE] },
      values: { label: "École Pasteur", startDate: "2020-09-01" },
    });
    expect(QUOTA_MESSAGE).toMatch(/^Vos pièces justificatives dépassent ensemble 50 Mo/);
  });
});
