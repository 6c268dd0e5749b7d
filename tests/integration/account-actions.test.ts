import { beforeAll, describe, expect, it } from "vitest";
import { actAs, form, fromAddress } from "./session-mock";
import { prisma } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/session";
import {
  changePasswordAction,
  confirmTotpAction,
  startTotpAction,
} from "@/app/(portail)/compte/actions";
import { lookupIdentifiant } from "@/app/(public)/identifiant/actions";
import { requestReset } from "@/app/(public)/mot-de-passe-oublie/actions";
import { totpCode } from "@/lib/auth/totp";
import { createCirconscription, createTeacher } from "@/lib/seed/factories";
import { DEFAULT_DEPARTEMENT_ID } from "@/lib/departements/known";

let me: CurrentUser;
const NUMEN = "31E7654321XYZ";

beforeAll(async () => {
  const circo = await createCirconscription(prisma, {
    code: "A1",
    name: "Actions",
    departement: "31",
  });
  const t = await createTeacher(prisma, {
    identifiant: "jdupont",
    numen: NUMEN,
    nom: "Dupont",
    prenom: "Jean",
    sexe: "M",
    birthDate: "1975-02-03",
    grade: "HC",
    echelon: 4,
    echelonDate: "2024-03-01",
    circonscriptionId: circo.id,
  });
  me = {
    id: t.userId,
    role: "ENSEIGNANT",
    agentId: t.agentId,
    circonscriptionIds: [],
    departementIds: [DEFAULT_DEPARTEMENT_ID],
    sessionId: "s",
    identifiant: "jdupont",
    displayName: "Jean Dupont",
    passwordIsDefault: true,
    previousLoginAt: null,
    totpEnabled: false,
  };
});

describe("password change action", () => {
  it("refuses an anonymous caller", async () => {
    actAs(null);
    const state = await changePasswordAction(
      undefined,
      form({ current: NUMEN, next: "abcdefghij12", confirm: "abcdefghij12" }),
    );
    expect(state).toMatchObject({
      ok: false,
      message: "Votre session a expiré : reconnectez-vous.",
    });
  });

  it("explains each invalid field in French", async () => {
    actAs(me);
    const state = await changePasswordAction(
      undefined,
      form({ current: "", next: "court", confirm: "autre" }),
    );
    expect(state.ok).toBe(false);
    expect(state.errors?.current).toEqual(["Saisissez votre mot de passe actuel."]);
    expect(state.errors?.next?.[0]).toMatch(/au moins 12 caractères/);
  });

  it("refuses a wrong current password, then changes it", async () => {
    actAs(me);
    const wrong = await changePasswordAction(
      undefined,
      form({ current: "pas-le-bon", next: "UnBonMotDePasse7", confirm: "UnBonMotDePasse7" }),
    );
    expect(wrong.errors?.current).toEqual(["Le mot de passe actuel est incorrect."]);
    const ok = await changePasswordAction(
      undefined,
      form({ current: NUMEN, next: "UnBonMotDePasse7", confirm: "UnBonMotDePasse7" }),
    );
    expect(ok).toMatchObject({ ok: true });
    const user = await prisma.user.findUniqueOrThrow({ where: { id: me.id } });
    expect(user.passwordIsDefault).toBe(false);
    expect(
      await prisma.auditLog.count({ where: { actorId: me.id, action: "account.password.change" } }),
    ).toBe(1);
  });
});

describe("security key actions", () => {
  it("enrols through a pending secret confirmed by a code", async () => {
    actAs(me);
    expect((await startTotpAction(undefined, form({}))).ok).toBe(true);
    const { totpPendingSecret } = await prisma.user.findUniqueOrThrow({
      where: { id: me.id },
      select: { totpPendingSecret: true },
    });
    expect(totpPendingSecret).toBeTruthy();
    const badPin = await confirmTotpAction(
      undefined,
      form({ pin: "12", code: totpCode(totpPendingSecret!, new Date()) }),
    );
    expect(badPin.errors?.pin?.[0]).toMatch(/4 à 8 chiffres/);
    const ok = await confirmTotpAction(
      undefined,
      form({
        password: "UnBonMotDePasse7",
        pin: "2468",
        code: totpCode(totpPendingSecret!, new Date()),
      }),
    );
    expect(ok.ok).toBe(true);
    const user = await prisma.user.findUniqueOrThrow({
      where: { id: me.id },
      select: { totpSecret: true, totpPendingSecret: true },
    });
    expect(user).toEqual({ totpSecret: totpPendingSecret, totpPendingSecret: null });
  });
});

describe("public recovery actions", () => {
  it("validates the lookup form and finds the identifiant", async () => {
    const invalid = await lookupIdentifiant(
      undefined,
      form({ nom: "", prenom: "Jean", birthDate: "1975-02-31", numen: "123" }),
    );
    expect(invalid.errors?.nom).toEqual(["Nom : champ obligatoire."]);
    expect(invalid.errors?.birthDate?.[0]).toMatch(/date invalide/);
    expect(invalid.errors?.numen?.[0]).toMatch(/13 caractères/);
    const found = await lookupIdentifiant(
      undefined,
      form({ nom: "dupont", prenom: "JEAN", birthDate: "1975-02-03", numen: NUMEN }),
    );
    expect(found).toEqual({ ok: true, message: "Votre identifiant est : jdupont" });
  });

  it("sends the four typed values back with every refusal, so that the form keeps them", async () => {
    const typed = { nom: "Dupont", prenom: "Jean", birthDate: "1975-02-04", numen: NUMEN };
    const unknown = await lookupIdentifiant(undefined, form(typed));
    expect(unknown).toMatchObject({ ok: false, values: typed });
    const invalid = await lookupIdentifiant(undefined, form({ ...typed, prenom: "" }));
    expect(invalid).toMatchObject({ ok: false, values: { ...typed, prenom: "" } });
  });

  it("answers the same for known and unknown identifiants", async () => {
    const a = await requestReset(undefined, form({ identifiant: "jdupont" }));
    const b = await requestReset(undefined, form({ identifiant: "personne" }));
    expect(a).toEqual(b);
  });
});

describe("rate limits on the public forms", () => {
  it("refuses the 11th identifiant lookup from one address within 15 minutes", async () => {
    fromAddress("198.51.100.7");
    const lookup = () =>
      lookupIdentifiant(
        undefined,
        form({ nom: "Dupont", prenom: "Jean", birthDate: "1975-02-03", numen: "31E0000000AAA" }),
      );
    for (let i = 0; i < 10; i++)
      expect((await lookup()).message).toMatch(/^Aucun compte ne correspond/);
    expect((await lookup()).message).toBe(
      "Trop de tentatives depuis votre poste : réessayez dans quelques minutes.",
    );
    fromAddress("198.51.100.8");
    expect((await lookup()).message).toMatch(/^Aucun compte ne correspond/);
  });

  it("accepts at most 3 reset requests an hour for one identifiant, known or not", async () => {
    fromAddress("198.51.100.9");
    for (let i = 0; i < 3; i++)
      expect((await requestReset(undefined, form({ identifiant: "Quelquun" }))).ok).toBe(true);
    expect(await requestReset(undefined, form({ identifiant: "quelquun" }))).toMatchObject({
      ok: false,
      message: "Trop de tentatives depuis votre poste : réessayez dans quelques minutes.",
    });
  });
});
