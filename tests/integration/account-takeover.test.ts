import { beforeAll, describe, expect, it } from "vitest";
import { actAs, form, fromAddress } from "./session-mock";
import { prisma } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/session";
import { authenticate, loadSession, throttledMessage } from "@/lib/auth/login";
import { hashPool } from "@/lib/auth/password";
import {
  checkResetToken,
  findIdentifiant,
  requestPasswordReset,
  resetPassword,
} from "@/lib/auth/recovery";
import { totpCode } from "@/lib/auth/totp";
import { captureMail } from "./mailbox";
import {
  changePasswordAction,
  confirmTotpAction,
  disableTotpAction,
  startTotpAction,
} from "@/app/(portail)/compte/actions";
import { requestReset } from "@/app/(public)/mot-de-passe-oublie/actions";
import {
  removeSecurityKeyAction,
  unblockAccountAction,
} from "@/app/(gestion)/gestion/agents/[agentId]/actions";
import { saveEntryAction } from "@/app/(enseignant)/dossier/actions";
import { PASSWORD_CHANGE_FIRST_MESSAGE } from "@/lib/actions/safe-action";
import {
  createAdministrator,
  createCirconscription,
  createInspector,
  createTeacher,
} from "@/lib/seed/factories";
import { DEFAULT_DEPARTEMENT_ID } from "@/lib/departements/known";

// Issue 9: each attack, tried as an attacker would, must be refused.
let circoId: string;
let n = 0;
const ATTACKER = "203.0.113.66";
const OWNER = "198.51.100.20";
const mailbox = captureMail();
const delivered = mailbox.delivered;

async function lastLinkTo(identifiant: string): Promise<string | undefined> {
  await mailbox.flush();
  const mail = delivered
    .filter((m) => m.to.startsWith(identifiant) && m.subject.includes("réinitialisation"))
    .at(-1);
  return mail ? /reinitialisation\/([\w-]+)/.exec(mail.body)?.[1] : undefined;
}

async function teacher(prefix: string) {
  const identifiant = `${prefix}${++n}`;
  const numen = `31E${String(1000000 + n).padStart(7, "0")}TKO`;
  const t = await createTeacher(prisma, {
    identifiant,
    numen,
    nom: `Cible${n}`,
    prenom: "Alice",
    birthDate: "1979-04-0" + ((n % 9) + 1),
    grade: "CN",
    echelon: 7,
    echelonDate: "2022-09-01",
    circonscriptionId: circoId,
  });
  return { ...t, identifiant, numen };
}

function asUser(
  t: { userId: string; agentId: string; identifiant: string },
  sessionId = "s",
  extra: Partial<CurrentUser> = {},
): CurrentUser {
  return {
    id: t.userId,
    role: "ENSEIGNANT",
    agentId: t.agentId,
    circonscriptionIds: [],
    departementIds: [DEFAULT_DEPARTEMENT_ID],
    sessionId,
    identifiant: t.identifiant,
    displayName: t.identifiant,
    passwordIsDefault: false,
    previousLoginAt: null,
    totpEnabled: false,
    ...extra,
  };
}

const minutes = (at: Date, m: number) => new Date(at.getTime() + m * 60_000);

beforeAll(async () => {
  circoId = (
    await createCirconscription(prisma, { code: "TKO", name: "Takeover", departement: "31" })
  ).id;
});

describe("1. unlimited password guessing", () => {
  it("(a) keeps slowing a guesser down after the first delay has passed, instead of starting a fresh count", async () => {
    const t = await teacher("guess");
    const now = new Date("2026-11-10T10:00:00Z");
    const guess = (at: Date) =>
      authenticate(
        prisma,
        { identifiant: t.identifiant, password: "guess" },
        { ip: ATTACKER, now: at },
      );
    for (let i = 0; i < 5; i++) await guess(now);
    // After the first delay (1 min) the next failure doubles it; the old lock let 5 more through.
    const later = minutes(now, 16);
    expect(await guess(later)).toMatchObject({ code: "invalid" });
    expect(await guess(minutes(later, 1))).toMatchObject({ ok: false, code: "throttled" });
    expect(
      await authenticate(
        prisma,
        { identifiant: t.identifiant, password: t.numen },
        { ip: ATTACKER, now: minutes(later, 1) },
      ),
    ).toMatchObject({ code: "throttled" });
  });

  it("(a) spread over many addresses, one account's guesses are throttled too, except from the owner's known address", async () => {
    const t = await teacher("spread");
    const now = new Date("2026-11-11T10:00:00Z");
    expect(
      (
        await authenticate(
          prisma,
          { identifiant: t.identifiant, password: t.numen },
          { ip: OWNER, now },
        )
      ).ok,
    ).toBe(true);
    for (let i = 0; i < 50; i++) {
      await authenticate(
        prisma,
        { identifiant: t.identifiant, password: `guess${i}` },
        { ip: `192.0.2.${i}`, now },
      );
    }
    expect(
      await authenticate(
        prisma,
        { identifiant: t.identifiant, password: "guess" },
        { ip: "192.0.2.200", now },
      ),
    ).toMatchObject({ code: "throttled" });
    expect(
      (
        await authenticate(
          prisma,
          { identifiant: t.identifiant, password: t.numen },
          { ip: OWNER, now },
        )
      ).ok,
    ).toBe(true);
  });
});

describe("2. locking a victim out", () => {
  it("an anonymous guesser slows down only their own address: the owner, an IEN and a gestionnaire still log in", async () => {
    const now = new Date("2026-11-12T10:00:00Z");
    const t = await teacher("victim");
    await createInspector(prisma, {
      identifiant: `ien-victim${n}`,
      password: "MotDePasseIen2026",
      circonscriptionIds: [circoId],
    });
    await createAdministrator(prisma, {
      identifiant: `gest-victim${n}`,
      password: "MotDePasseGest2026",
    });
    const victims = [
      { identifiant: t.identifiant, password: t.numen },
      { identifiant: `ien-victim${n}`, password: "MotDePasseIen2026" },
      { identifiant: `gest-victim${n}`, password: "MotDePasseGest2026" },
    ];
    for (const v of victims) {
      for (let i = 0; i < 10; i++)
        await authenticate(
          prisma,
          { identifiant: v.identifiant, password: "x" },
          { ip: ATTACKER, now },
        );
      expect(
        await authenticate(
          prisma,
          { identifiant: v.identifiant, password: v.password },
          { ip: ATTACKER, now },
        ),
      ).toMatchObject({ code: "throttled" });
      expect(
        (
          await authenticate(
            prisma,
            { identifiant: v.identifiant, password: v.password },
            { ip: OWNER, now },
          )
        ).ok,
      ).toBe(true);
    }
  });

  it("anonymous reset requests do not block the owner's own recovery, and the owner's reset link clears the throttling", async () => {
    const t = await teacher("resetvictim");
    const now = new Date();
    for (let i = 0; i < 5; i++)
      await requestPasswordReset(prisma, t.identifiant, { ip: ATTACKER, now });
    expect(await requestPasswordReset(prisma, t.identifiant, { ip: ATTACKER, now })).toBe(false);
    expect(await requestPasswordReset(prisma, t.identifiant, { ip: OWNER, now })).toBe(true);
    // The owner is throttled from her own address too (a shared school address, say)…
    for (let i = 0; i < 6; i++)
      await authenticate(prisma, { identifiant: t.identifiant, password: "x" }, { ip: OWNER, now });
    expect(
      await authenticate(
        prisma,
        { identifiant: t.identifiant, password: t.numen },
        { ip: OWNER, now },
      ),
    ).toMatchObject({ code: "throttled" });
    // …but proving her identity through the mailed link lets her in at once.
    expect(
      (await resetPassword(prisma, (await lastLinkTo(t.identifiant))!, "NouveauSecret2026", now))
        .ok,
    ).toBe(true);
    expect(
      (
        await authenticate(
          prisma,
          { identifiant: t.identifiant, password: "NouveauSecret2026" },
          { ip: OWNER, now },
        )
      ).ok,
    ).toBe(true);
  });

  it("a gestionnaire unblocks a throttled account", async () => {
    const t = await teacher("unblock");
    const admin = await createAdministrator(prisma, {
      identifiant: `gest-unblock${n}`,
      password: "MotDePasseGest2026",
    });
    const now = new Date();
    for (let i = 0; i < 6; i++)
      await authenticate(prisma, { identifiant: t.identifiant, password: "x" }, { ip: OWNER, now });
    expect(
      await authenticate(
        prisma,
        { identifiant: t.identifiant, password: t.numen },
        { ip: OWNER, now },
      ),
    ).toMatchObject({ code: "throttled" });
    actAs({ ...asUser(t), id: admin.id, role: "GESTIONNAIRE", agentId: null });
    expect(
      await unblockAccountAction(undefined, form({ agentId: t.agentId, userId: t.userId })),
    ).toMatchObject({ ok: true });
    expect(
      (
        await authenticate(
          prisma,
          { identifiant: t.identifiant, password: t.numen },
          { ip: OWNER, now },
        )
      ).ok,
    ).toBe(true);
    expect(
      await prisma.auditLog.count({
        where: { action: "admin.account.unblock", actorId: admin.id, entityId: t.userId },
      }),
    ).toBe(1);
  });
});

describe("3. user enumeration", () => {
  it("answers a passcode, a wrong password and a throttled address alike for existing and unknown accounts", async () => {
    const t = await teacher("enum");
    const now = new Date("2026-11-13T10:00:00Z");
    const known = (input: object, ip: string) =>
      authenticate(prisma, { identifiant: t.identifiant, ...input }, { ip, now });
    const unknown = (input: object, ip: string) =>
      authenticate(prisma, { identifiant: `nobody-${n}`, ...input }, { ip, now });
    expect(await known({ passcode: "1234123456" }, "192.0.2.1")).toEqual(
      await unknown({ passcode: "1234123456" }, "192.0.2.1"),
    );
    expect(await known({ password: "wrong" }, "192.0.2.1")).toEqual(
      await unknown({ password: "wrong" }, "192.0.2.1"),
    );
    for (let i = 0; i < 6; i++) {
      await known({ password: "x" }, "192.0.2.2");
      await unknown({ password: "x" }, "192.0.2.2");
    }
    expect(await known({ password: "x" }, "192.0.2.2")).toEqual(
      await unknown({ password: "x" }, "192.0.2.2"),
    );
  });

  it("spends exactly one hash on every refusal, known account or not (same timing)", async () => {
    const t = await teacher("timing");
    const hashes = async (run: () => Promise<unknown>) => {
      const before = hashPool.count;
      await run();
      return hashPool.count - before;
    };
    const ip = "192.0.2.9";
    const login = (identifiant: string, input: object) =>
      hashes(() => authenticate(prisma, { identifiant, ...input }, { ip }));
    const cases = [{ password: "wrong" }, { passcode: "1234123456" }];
    for (const input of cases) {
      expect(await login(t.identifiant, input)).toBe(1);
      expect(await login("nobody-timing", input)).toBe(1);
    }
    const birthDate = new Date("1979-04-0" + ((n % 9) + 1) + "T00:00:00Z");
    const lookup = (nom: string) =>
      hashes(() =>
        findIdentifiant(prisma, { nom, prenom: "Alice", birthDate, numen: "31E0000000AAA" }),
      );
    expect(await lookup(`Cible${n}`)).toBe(await lookup("Inconnu"));
  });
});

describe("4. a stolen session becomes permanent", () => {
  it("enrolling needs the password, replacing and removing a key need the password and the current passcode", async () => {
    const t = await teacher("key");
    actAs(asUser(t));
    expect((await startTotpAction(undefined, form({}))).ok).toBe(true);
    const pending = async () =>
      (
        await prisma.user.findUniqueOrThrow({
          where: { id: t.userId },
          select: { totpPendingSecret: true },
        })
      ).totpPendingSecret!;
    let secret = await pending();
    const now = new Date();
    const noPassword = await confirmTotpAction(
      undefined,
      form({ pin: "2468", code: totpCode(secret, now) }),
    );
    expect(noPassword.errors?.password).toEqual(["Saisissez votre mot de passe actuel."]);
    const wrongPassword = await confirmTotpAction(
      undefined,
      form({ password: "pas-le-bon", pin: "2468", code: totpCode(secret, now) }),
    );
    expect(wrongPassword).toMatchObject({
      ok: false,
      errors: { password: ["Le mot de passe actuel est incorrect."] },
    });
    const ok = await confirmTotpAction(
      undefined,
      form({ password: t.numen, pin: "2468", code: totpCode(secret, now) }),
    );
    expect(ok.ok).toBe(true);
    expect(ok.reveal).toHaveLength(10);

    // A thief with the session (even with the password) cannot replace or remove the key.
    expect(await startTotpAction(undefined, form({ password: t.numen }))).toMatchObject({
      ok: false,
      errors: { passcode: [expect.stringMatching(/passcode OTP est incorrect/)] },
    });
    expect(
      await disableTotpAction(undefined, form({ password: t.numen, passcode: "2468000000" })),
    ).toMatchObject({ ok: false });
    expect(
      (
        await prisma.user.findUniqueOrThrow({
          where: { id: t.userId },
          omit: { totpSecret: false },
        })
      ).totpSecret,
    ).toBe(secret);

    // The owner, with the next code of her key, can.
    const next = new Date(Math.ceil(Date.now() / 30_000) * 30_000 + 1_000);
    const { totpLastStep } = await prisma.user.findUniqueOrThrow({
      where: { id: t.userId },
      select: { totpLastStep: true },
    });
    const code = totpCode(
      secret,
      Math.floor(next.getTime() / 30_000) > totpLastStep!
        ? next
        : new Date(next.getTime() + 30_000),
    );
    const replaced = await startTotpAction(
      undefined,
      form({ password: t.numen, passcode: `2468${code}` }),
    );
    expect(replaced.ok, replaced.message).toBe(true);
    secret = await pending();
    expect(secret).toBeTruthy();
  });

  it("the recovery codes given at enrolment log the owner in without the key, once each", async () => {
    const t = await teacher("recovery");
    actAs(asUser(t));
    await startTotpAction(undefined, form({}));
    const { totpPendingSecret } = await prisma.user.findUniqueOrThrow({
      where: { id: t.userId },
      select: { totpPendingSecret: true },
    });
    const { reveal } = await confirmTotpAction(
      undefined,
      form({ password: t.numen, pin: "1357", code: totpCode(totpPendingSecret!, new Date()) }),
    );
    const code = reveal![0]!;
    expect(
      (
        await authenticate(
          prisma,
          { identifiant: t.identifiant, password: t.numen, passcode: code },
          { ip: OWNER },
        )
      ).ok,
    ).toBe(true);
    expect(
      (
        await authenticate(
          prisma,
          { identifiant: t.identifiant, password: t.numen, passcode: code },
          { ip: OWNER },
        )
      ).ok,
    ).toBe(false);
    expect(
      (
        await authenticate(
          prisma,
          { identifiant: t.identifiant, password: "pas-le-bon", passcode: reveal![1]! },
          { ip: OWNER },
        )
      ).ok,
    ).toBe(false);
    // Only hashes are stored.
    const stored = await prisma.user.findUniqueOrThrow({
      where: { id: t.userId },
      omit: { recoveryCodes: false },
    });
    expect(stored.recoveryCodes).not.toContain(reveal![1]!);
  });

  it("after a reset by mail, a key enrolled by someone else is removed by a gestionnaire, audited, and the owner told", async () => {
    const t = await teacher("foreignkey");
    actAs(asUser(t));
    await startTotpAction(undefined, form({}));
    const { totpPendingSecret } = await prisma.user.findUniqueOrThrow({
      where: { id: t.userId },
      select: { totpPendingSecret: true },
    });
    await confirmTotpAction(
      undefined,
      form({ password: t.numen, pin: "9999", code: totpCode(totpPendingSecret!, new Date()) }),
    );
    const admin = await createAdministrator(prisma, {
      identifiant: `gest-key${n}`,
      password: "MotDePasseGest2026",
    });
    actAs({ ...asUser(t), id: admin.id, role: "GESTIONNAIRE", agentId: null });
    expect(
      await removeSecurityKeyAction(undefined, form({ agentId: t.agentId, userId: t.userId })),
    ).toMatchObject({ ok: true });
    expect(
      (await authenticate(prisma, { identifiant: t.identifiant, password: t.numen }, { ip: OWNER }))
        .ok,
    ).toBe(true);
    expect(
      await prisma.auditLog.count({
        where: { action: "admin.totp.remove", actorId: admin.id, entityId: t.userId },
      }),
    ).toBe(1);
    await mailbox.flush();
    expect(delivered.at(-1)).toMatchObject({
      to: expect.stringContaining(t.identifiant),
      subject: expect.stringMatching(/clé de sécurité/),
    });
  });
});

describe("4b. the owner is told of every change of a credential (ASVS 2.2.3, 2.5.5)", () => {
  const mailsTo = async (identifiant: string) => {
    await mailbox.flush();
    return delivered.filter((m) => m.to.startsWith(`${identifiant}@`));
  };

  it("a password change, a key enrolled, a key removed and a reset by mail each send one mail to the owner, with no secret in it", async () => {
    const t = await teacher("notify");
    actAs(asUser(t));
    expect(
      (
        await changePasswordAction(
          undefined,
          form({ current: t.numen, next: "NouveauSecret2026", confirm: "NouveauSecret2026" }),
        )
      ).ok,
    ).toBe(true);
    expect((await mailsTo(t.identifiant)).map((m) => m.subject)).toEqual([
      "Avancement : le mot de passe de votre compte a été modifié",
    ]);

    await startTotpAction(undefined, form({}));
    const { totpPendingSecret } = await prisma.user.findUniqueOrThrow({
      where: { id: t.userId },
      select: { totpPendingSecret: true },
    });
    const now = new Date();
    const enrolled = await confirmTotpAction(
      undefined,
      form({ password: "NouveauSecret2026", pin: "4826", code: totpCode(totpPendingSecret!, now) }),
    );
    expect(enrolled.ok).toBe(true);
    expect((await mailsTo(t.identifiant)).at(-1)?.subject).toBe(
      "Avancement : une clé de sécurité a été associée à votre compte",
    );

    const next = new Date(Math.ceil(Date.now() / 30_000) * 30_000 + 1_000);
    const { totpLastStep } = await prisma.user.findUniqueOrThrow({
      where: { id: t.userId },
      select: { totpLastStep: true },
    });
    const code = totpCode(
      totpPendingSecret!,
      Math.floor(next.getTime() / 30_000) > totpLastStep!
        ? next
        : new Date(next.getTime() + 30_000),
    );
    expect(
      (
        await disableTotpAction(
          undefined,
          form({ password: "NouveauSecret2026", passcode: `4826${code}` }),
        )
      ).ok,
    ).toBe(true);
    expect((await mailsTo(t.identifiant)).at(-1)?.subject).toBe(
      "Avancement : la clé de sécurité de votre compte a été supprimée",
    );

    await requestPasswordReset(prisma, t.identifiant, { ip: OWNER });
    expect(
      (await resetPassword(prisma, (await lastLinkTo(t.identifiant))!, "EncoreAutreSecret2026")).ok,
    ).toBe(true);
    expect((await mailsTo(t.identifiant)).at(-1)?.subject).toBe(
      "Avancement : le mot de passe de votre compte a été modifié",
    );

    const notices = (await mailsTo(t.identifiant)).filter(
      (m) => !m.subject.includes("réinitialisation"),
    );
    expect(notices).toHaveLength(4);
    for (const mail of notices) {
      expect(mail.body).toContain(t.identifiant);
      expect(mail.body).toMatch(/Si vous n'êtes pas à l'origine de ce changement/);
      for (const secret of [
        "NouveauSecret2026",
        "EncoreAutreSecret2026",
        "4826",
        totpPendingSecret!,
      ])
        expect(mail.body).not.toContain(secret);
    }
    // The outbox keeps the same notices for the gestionnaire's « Courriels envoyés ».
    expect(
      await prisma.outboxMessage.count({
        where: { to: { startsWith: `${t.identifiant}@` }, kind: "information" },
      }),
    ).toBe(4);
  });
});

describe("5. sessions outlive what should end them", () => {
  it("a password change ends every other session of the account", async () => {
    const t = await teacher("sessions");
    const mine = await authenticate(
      prisma,
      { identifiant: t.identifiant, password: t.numen },
      { ip: OWNER },
    );
    const thief = await authenticate(
      prisma,
      { identifiant: t.identifiant, password: t.numen },
      { ip: ATTACKER },
    );
    if (!mine.ok || !thief.ok) throw new Error("login failed");
    actAs(asUser(t, mine.sessionId));
    expect(
      (
        await changePasswordAction(
          undefined,
          form({ current: t.numen, next: "UnAutreSecret2026", confirm: "UnAutreSecret2026" }),
        )
      ).ok,
    ).toBe(true);
    expect(await loadSession(prisma, thief.sessionId)).toBeNull();
    expect(await loadSession(prisma, mine.sessionId)).not.toBeNull();
  });

  it("a session left idle for 30 minutes ends", async () => {
    const t = await teacher("idle");
    const start = new Date();
    const login = await authenticate(
      prisma,
      { identifiant: t.identifiant, password: t.numen },
      { ip: OWNER, now: start },
    );
    if (!login.ok) throw new Error("login failed");
    expect(await loadSession(prisma, login.sessionId, minutes(start, 20))).not.toBeNull();
    // Activity at 20 minutes pushes the end back.
    expect(await loadSession(prisma, login.sessionId, minutes(start, 45))).not.toBeNull();
    expect(await loadSession(prisma, login.sessionId, minutes(start, 76))).toBeNull();
    // For good: activity afterwards does not revive it.
    expect(await loadSession(prisma, login.sessionId, minutes(start, 77))).toBeNull();
  });
});

describe("6. reset links", () => {
  it("a newer link, or using one, invalidates every older outstanding link; the outbox never keeps a usable link", async () => {
    const t = await teacher("links");
    await requestPasswordReset(prisma, t.identifiant, { ip: OWNER });
    const first = (await lastLinkTo(t.identifiant))!;
    await requestPasswordReset(prisma, t.identifiant, { ip: OWNER });
    const second = (await lastLinkTo(t.identifiant))!;
    expect((await checkResetToken(prisma, first)).ok).toBe(false);
    expect((await checkResetToken(prisma, second)).ok).toBe(true);
    const stored = await prisma.outboxMessage.findMany({
      where: { to: { startsWith: t.identifiant } },
    });
    expect(stored).toHaveLength(2);
    for (const m of stored) {
      expect(m.body).not.toContain(first);
      expect(m.body).not.toContain(second);
      expect(m.body).toContain("[lien masqué");
    }
    expect((await resetPassword(prisma, second, "EncoreUnSecret2026")).ok).toBe(true);
    expect(
      await prisma.passwordResetToken.count({ where: { userId: t.userId, usedAt: null } }),
    ).toBe(0);
  });
});

describe("7. current-password guessing on « Changer mon mot de passe »", () => {
  it("is throttled like the login, even for the right password", async () => {
    const t = await teacher("pwchange");
    actAs(asUser(t));
    const change = (current: string) =>
      changePasswordAction(
        undefined,
        form({ current, next: "UnSecretNeuf2026", confirm: "UnSecretNeuf2026" }),
      );
    for (let i = 0; i < 5; i++)
      expect((await change(`guess${i}`)).errors?.current).toEqual([
        "Le mot de passe actuel est incorrect.",
      ]);
    const refused = await change(t.numen);
    expect(refused).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^Trop de saisies incorrectes : réessayez dans 1 minute\.$/),
    });
    expect(
      await prisma.user.findUniqueOrThrow({
        where: { id: t.userId },
        select: { passwordIsDefault: true },
      }),
    ).toEqual({ passwordIsDefault: true });
  });
});

describe("8. default password", () => {
  it("an account that must change its password can do nothing else first", async () => {
    const t = await teacher("first");
    actAs(asUser(t, "s", { passwordIsDefault: true, passwordChangeRequired: true }));
    const other = await saveEntryAction(undefined, form({ entry: "qualification" }));
    expect(other).toEqual({ ok: false, message: PASSWORD_CHANGE_FIRST_MESSAGE });
    await expect(
      changePasswordAction(
        undefined,
        form({ current: t.numen, next: "PremierSecret2026", confirm: "PremierSecret2026" }),
      ),
    ).rejects.toThrow(/NEXT_REDIRECT/);
    const user = await prisma.user.findUniqueOrThrow({ where: { id: t.userId } });
    expect(user).toMatchObject({ passwordIsDefault: false, mustChangePassword: false });
  });
});

describe("12. audit trail", () => {
  it("records failed logins on unknown identifiants and on accounts, with the address, never as the victim, never a typed secret", async () => {
    const t = await teacher("audit");
    const secret = "MonSecretTape2026";
    await authenticate(prisma, { identifiant: secret, password: secret }, { ip: "192.0.2.77" });
    await authenticate(
      prisma,
      { identifiant: t.identifiant, password: secret },
      { ip: "192.0.2.77" },
    );
    const rows = await prisma.auditLog.findMany({
      where: { ip: "192.0.2.77" },
      orderBy: { at: "asc" },
    });
    expect(rows.map((r) => [r.action, r.actorId, r.entityId])).toEqual([
      ["auth.login.failed", null, null],
      ["auth.login.failed", null, t.userId],
    ]);
    for (const r of rows) expect(JSON.stringify(r)).not.toContain(secret.toLowerCase());
    for (const r of rows) expect(JSON.stringify(r)).not.toContain(secret);
  });

  it("fills the address of actions from the request", async () => {
    fromAddress("192.0.2.88");
    await requestReset(undefined, form({ identifiant: "quelquun-audit" }));
    const t = await teacher("auditip");
    actAs(asUser(t));
    await changePasswordAction(
      undefined,
      form({ current: t.numen, next: "AdresseNotee2026", confirm: "AdresseNotee2026" }),
    );
    const row = await prisma.auditLog.findFirstOrThrow({
      where: { action: "account.password.change", entityId: t.userId },
    });
    expect(row.ip).toBe("192.0.2.88");
  });
});

it("the throttled message tells how long to wait and where to go", () => {
  expect(throttledMessage(90)).toBe(
    "Trop de tentatives infructueuses : réessayez dans 2 minutes, ou utilisez « Mot de passe oublié ».",
  );
});
