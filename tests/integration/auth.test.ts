import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { authenticate } from "@/lib/auth/login";
import { confirmTotpEnrolment, startTotpEnrolment } from "@/lib/auth/account";
import { totpCode } from "@/lib/auth/totp";
import {
  checkResetToken,
  findIdentifiant,
  requestPasswordReset,
  resetPassword,
} from "@/lib/auth/recovery";
import { createCirconscription, createTeacher } from "@/lib/seed/factories";
import { captureMail } from "./mailbox";

let circoId: string;
// The addressee's mailbox: the outbox keeps reset links masked.
const mailbox = captureMail();
const delivered = mailbox.delivered;
async function lastLinkTo(identifiant: string): Promise<string | undefined> {
  await mailbox.flush();
  const mail = delivered.filter((m) => m.to.startsWith(identifiant)).at(-1);
  return mail ? /reinitialisation\/([\w-]+)/.exec(mail.body)?.[1] : undefined;
}
const NUMEN = "31E1234567ABC";

async function teacher(identifiant: string, numen = NUMEN) {
  return createTeacher(prisma, {
    identifiant,
    numen,
    nom: "Tartemuche",
    prenom: "Claire",
    birthDate: "1980-05-12",
    grade: "CN",
    echelon: 9,
    echelonDate: "2023-03-01",
    circonscriptionId: circoId,
  });
}

beforeAll(async () => {
  circoId = (
    await createCirconscription(prisma, { code: "T1", name: "Test Nord", departement: "31" })
  ).id;
});

describe("login with identifiant and NUMEN", () => {
  it("accepts the NUMEN as default password, records the login and a server-side session", async () => {
    const t = await teacher("claire1");
    const first = new Date("2026-11-01T08:00:00Z");
    const outcome = await authenticate(
      prisma,
      { identifiant: " Claire1 ", password: NUMEN },
      { now: first },
    );
    expect(outcome.ok).toBe(true);
    const second = new Date("2026-11-02T09:30:00Z");
    await authenticate(prisma, { identifiant: "claire1", password: NUMEN }, { now: second });
    const user = await prisma.user.findUniqueOrThrow({ where: { id: t.userId } });
    // "Dernière connexion" shows the login before the current one.
    expect(user.previousLoginAt).toEqual(first);
    expect(user.lastLoginAt).toEqual(second);
    expect(await prisma.loginSession.count({ where: { userId: t.userId } })).toBe(2);
    expect(
      await prisma.auditLog.count({ where: { actorId: t.userId, action: "auth.login" } }),
    ).toBe(2);
  });

  it("refuses a wrong password and an unknown identifiant alike", async () => {
    await teacher("claire2");
    expect(await authenticate(prisma, { identifiant: "claire2", password: "wrong" })).toEqual({
      ok: false,
      code: "invalid",
    });
    expect(await authenticate(prisma, { identifiant: "nobody", password: NUMEN })).toEqual({
      ok: false,
      code: "invalid",
    });
  });

  it("throttles repeated failures from one address, even for the right password, then lets the owner in", async () => {
    await teacher("claire3");
    const now = new Date("2026-11-10T10:00:00Z");
    const from = { ip: "192.0.2.3", now };
    for (let i = 0; i < 5; i++)
      expect(await authenticate(prisma, { identifiant: "claire3", password: "bad" }, from)).toEqual(
        { ok: false, code: "invalid" },
      );
    expect(
      await authenticate(prisma, { identifiant: "claire3", password: NUMEN }, from),
    ).toMatchObject({ ok: false, code: "throttled", retryAfterSeconds: 60 });
    const later = { ip: "192.0.2.3", now: new Date(now.getTime() + 61_000) };
    expect(
      (await authenticate(prisma, { identifiant: "claire3", password: NUMEN }, later)).ok,
    ).toBe(true);
  });
});

describe("one-time passcode", () => {
  it("enrols with a pending secret, then requires PIN + code instead of the password", async () => {
    const t = await teacher("claire4");
    const now = new Date("2026-11-12T10:00:00Z");
    const { secret } = (await startTotpEnrolment(prisma, t.userId)) as { secret: string };
    expect(
      await confirmTotpEnrolment(
        prisma,
        t.userId,
        { pin: "2468", code: "000000", password: NUMEN },
        now,
      ),
    ).toMatchObject({ ok: false, field: "code" });
    expect(
      await confirmTotpEnrolment(
        prisma,
        t.userId,
        { pin: "2468", code: totpCode(secret, now), password: NUMEN },
        now,
      ),
    ).toMatchObject({ ok: true });

    const later = new Date(now.getTime() + 60_000);
    const at = { now: later };
    expect(await authenticate(prisma, { identifiant: "claire4", password: NUMEN }, at)).toEqual({
      ok: false,
      code: "passcode_required",
    });
    expect(
      (
        await authenticate(
          prisma,
          { identifiant: "claire4", passcode: `1357${totpCode(secret, later)}` },
          at,
        )
      ).ok,
    ).toBe(false);
    expect(
      (
        await authenticate(
          prisma,
          { identifiant: "claire4", passcode: `2468${totpCode(secret, later)}` },
          at,
        )
      ).ok,
    ).toBe(true);
    // The same code cannot be replayed.
    expect(
      (
        await authenticate(
          prisma,
          { identifiant: "claire4", passcode: `2468${totpCode(secret, later)}` },
          at,
        )
      ).ok,
    ).toBe(false);
  });

  it("answers a passcode for an account without a key as for an unknown account", async () => {
    await teacher("claire5");
    expect(await authenticate(prisma, { identifiant: "claire5", passcode: "1234123456" })).toEqual({
      ok: false,
      code: "invalid",
    });
    expect(await authenticate(prisma, { identifiant: "nobody5", passcode: "1234123456" })).toEqual({
      ok: false,
      code: "invalid",
    });
  });
});

describe("recovery", () => {
  it("finds the identifiant from name, birth date and NUMEN, whatever the case and accents", async () => {
    await teacher("ctartemuche-lookup", "31E9999999ABC");
    const birthDate = new Date("1980-05-12T00:00:00Z");
    expect(
      await findIdentifiant(prisma, {
        nom: "TARTEMUCHE",
        prenom: "claire",
        birthDate,
        numen: "31e9999999abc",
      }),
    ).toBe("ctartemuche-lookup");
    expect(
      await findIdentifiant(prisma, {
        nom: "Tartemuche",
        prenom: "Claire",
        birthDate,
        numen: "31E9999999ABD",
      }),
    ).toBeNull();
    expect(
      await findIdentifiant(prisma, {
        nom: "Tartemuche",
        prenom: "Claire",
        birthDate: new Date("1980-05-13T00:00:00Z"),
        numen: "31E9999999ABC",
      }),
    ).toBeNull();
  });

  it("sends a single-use reset link to its addressee, and only for existing accounts", async () => {
    const t = await teacher("claire6");
    const before = await prisma.outboxMessage.count();
    await requestPasswordReset(prisma, "unknown-user");
    expect(await prisma.outboxMessage.count()).toBe(before);

    await requestPasswordReset(prisma, "Claire6");
    const token = await lastLinkTo("claire6");
    expect(token).toBeTruthy();
    expect((await checkResetToken(prisma, token!)).ok).toBe(true);
    expect((await resetPassword(prisma, token!, "NouveauMotDePasse2026")).ok).toBe(true);
    expect((await resetPassword(prisma, token!, "EncoreUnAutre2026")).ok).toBe(false);
    expect(
      (await authenticate(prisma, { identifiant: "claire6", password: "NouveauMotDePasse2026" }))
        .ok,
    ).toBe(true);
    expect((await authenticate(prisma, { identifiant: "claire6", password: NUMEN })).ok).toBe(
      false,
    );
    const user = await prisma.user.findUniqueOrThrow({ where: { id: t.userId } });
    expect(user.passwordIsDefault).toBe(false);
  });

  it("refuses an expired link", async () => {
    await teacher("claire7");
    const asked = new Date("2026-11-01T10:00:00Z");
    await requestPasswordReset(prisma, "claire7", { now: asked });
    const token = (await lastLinkTo("claire7"))!;
    expect(
      (await checkResetToken(prisma, token, new Date(asked.getTime() + 2 * 3_600_000))).ok,
    ).toBe(false);
  });
});
