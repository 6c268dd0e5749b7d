import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { scopeOf } from "@/lib/auth/actor";
import { loadSession } from "@/lib/auth/login";
import { departementIdOf } from "@/lib/departements/known";
import {
  createAcademieAccount,
  createAdministrator,
  createCirconscription,
  createInspector,
  createTeacher,
} from "@/lib/seed/factories";

// The scope every request reads with its session (lib/auth/actor scopeOf): one query per
// role since issue 13, and still read afresh each time, so that a changed scope applies at
// the next page.
const ARIEGE = departementIdOf("09");
const HAUTE_GARONNE = departementIdOf("31");

let circo31: string;
let circo09: string;
let teacher: { userId: string; agentId: string };

async function sessionOf(userId: string) {
  const session = await prisma.loginSession.create({
    data: { userId, expiresAt: new Date(Date.now() + 3_600_000), lastSeenAt: new Date() },
  });
  return session.id;
}

async function scopeOfSession(userId: string) {
  const login = await loadSession(prisma, await sessionOf(userId));
  expect(login).not.toBeNull();
  return scopeOf(prisma, login!.user);
}

beforeAll(async () => {
  circo31 = (await createCirconscription(prisma, { code: "SC31", name: "Scope Toulouse" })).id;
  circo09 = (
    await createCirconscription(prisma, { code: "SC09", name: "Scope Pamiers", departement: "09" })
  ).id;
  teacher = await createTeacher(prisma, {
    identifiant: "scope-teacher",
    numen: "09E4444444SCO",
    nom: "Scope",
    prenom: "Agathe",
    grade: "CN",
    echelon: 7,
    echelonDate: "2022-09-01",
    circonscriptionId: circo09,
  });
});

describe("scopeOf, read with the session", () => {
  it("a teacher reaches their agent's département only", async () => {
    expect(await scopeOfSession(teacher.userId)).toEqual({
      circonscriptionIds: [],
      departementIds: [ARIEGE],
    });
  });

  it("an inspector reaches their circonscriptions and the départements they belong to", async () => {
    const ien = await createInspector(prisma, {
      identifiant: "scope-ien",
      password: "x",
      circonscriptionIds: [circo31, circo09],
    });
    const scope = await scopeOfSession(ien.id);
    expect([...scope.circonscriptionIds].sort()).toEqual([circo31, circo09].sort());
    expect([...scope.departementIds].sort()).toEqual([ARIEGE, HAUTE_GARONNE].sort());
    // A circonscription taken away applies at the next read.
    await prisma.inspectorScope.delete({
      where: { userId_circonscriptionId: { userId: ien.id, circonscriptionId: circo31 } },
    });
    expect(await scopeOfSession(ien.id)).toEqual({
      circonscriptionIds: [circo09],
      departementIds: [ARIEGE],
    });
  });

  it("a gestionnaire reaches the départements they administer, and no circonscription list", async () => {
    const admin = await createAdministrator(prisma, {
      identifiant: "scope-admin",
      password: "x",
      departements: ["09"],
    });
    expect(await scopeOfSession(admin.id)).toEqual({
      circonscriptionIds: [],
      departementIds: [ARIEGE],
    });
  });

  it("the académie reaches every département", async () => {
    const academie = await createAcademieAccount(prisma, {
      identifiant: "scope-rectorat",
      password: "x",
    });
    const all = (await prisma.departement.findMany({ select: { id: true } })).map((d) => d.id);
    const scope = await scopeOfSession(academie.id);
    expect([...scope.departementIds].sort()).toEqual(all.sort());
    expect(scope.departementIds).toContain(ARIEGE);
  });

  it("a disabled account's session reads as none", async () => {
    const sid = await sessionOf(teacher.userId);
    await prisma.user.update({ where: { id: teacher.userId }, data: { disabledAt: new Date() } });
    expect(await loadSession(prisma, sid)).toBeNull();
    await prisma.user.update({ where: { id: teacher.userId }, data: { disabledAt: null } });
    expect(await loadSession(prisma, sid)).not.toBeNull();
  });
});
