import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SMTPServer } from "smtp-server";
import { simpleParser, type ParsedMail } from "mailparser";
import { prisma } from "@/lib/db";
import { requestPasswordReset } from "@/lib/auth/recovery";
import { deliverInTurn, deliverOutbox, MAX_ATTEMPTS } from "@/lib/mail/delivery";
import { queueMail, REDACTED, setMailTransport } from "@/lib/mail/outbox";
import { createCirconscription, createTeacher } from "@/lib/seed/factories";

// Real mail (issue 12): a local SMTP server, started here, receives what the outbox worker
// sends through nodemailer when SMTP_URL is set.
const received: ParsedMail[] = [];
const refused = new Set<string>();
let server: SMTPServer;
let circoId: string;
let n = 0;

beforeAll(async () => {
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (refused.has(address.address))
        return callback(
          Object.assign(new Error("Boîte aux lettres indisponible"), { responseCode: 550 }),
        );
      callback();
    },
    onData(stream, _session, callback) {
      simpleParser(stream).then((mail) => {
        received.push(mail);
        callback();
      }, callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as { port: number };
  process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;
  setMailTransport(undefined);
  circoId = (
    await createCirconscription(prisma, { code: "SMTP", name: "Courriel", departement: "31" })
  ).id;
});

afterAll(async () => {
  delete process.env.SMTP_URL;
  setMailTransport(undefined);
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const later = (minutes: number) => new Date(Date.now() + minutes * 60_000);
const to = (mail: ParsedMail) => (Array.isArray(mail.to) ? mail.to[0] : mail.to)?.value[0]?.address;
const address = () => `destinataire${++n}@ac-toulouse.fr`;

describe("mail through SMTP", () => {
  it("sends a reset link with a text and an HTML part; the outbox keeps it masked and forgets the sealed copy", async () => {
    const identifiant = `smtp${++n}`;
    await createTeacher(prisma, {
      identifiant,
      numen: `31E${String(2000000 + n)}SMT`,
      nom: "Courriel",
      prenom: "Zoé",
      grade: "CN",
      echelon: 6,
      echelonDate: "2022-09-01",
      circonscriptionId: circoId,
    });
    expect(await requestPasswordReset(prisma, identifiant, { ip: "198.51.100.7" })).toBe(true);
    const stored = await prisma.outboxMessage.findFirstOrThrow({
      where: { to: { startsWith: `${identifiant}@` } },
      omit: { sealedBody: false },
    });
    expect(stored).toMatchObject({ status: "EN_ATTENTE", attempts: 0 });
    expect(stored.sealedBody).toBeTruthy();
    expect(stored.sealedBody).not.toContain("reinitialisation");

    expect(await deliverOutbox(prisma, later(0.1))).toMatchObject({
      sent: expect.any(Number),
      failed: 0,
    });
    const mail = received.find((m) => to(m) === `${identifiant}@ac-toulouse.fr`)!;
    expect(mail.subject).toMatch(/réinitialisation/);
    const link = /http\S+\/reinitialisation\/[\w-]+/.exec(mail.text ?? "")?.[0];
    expect(link).toBeTruthy();
    expect(mail.html).toContain(`<a href="${link}">`);
    expect(mail.messageId).toBe(`<${stored.id}@ac-toulouse.fr>`);

    const sent = await prisma.outboxMessage.findUniqueOrThrow({
      where: { id: stored.id },
      omit: { sealedBody: false },
    });
    expect(sent).toMatchObject({
      status: "ENVOYE",
      attempts: 1,
      sealedBody: null,
      lastError: null,
    });
    expect(sent.body).toContain(REDACTED);
    expect(sent.body).not.toContain(link!);
  });

  it("records a refusal with its error, retries later, and sends once the relay accepts", async () => {
    const victim = address();
    refused.add(victim);
    const { id } = await queueMail(prisma, {
      to: victim,
      subject: "Votre candidature a été enregistrée",
      body: "Bonjour,\n\nVotre candidature est enregistrée.",
      kind: "information",
    });
    await deliverOutbox(prisma, later(0.1));
    const failed = await prisma.outboxMessage.findUniqueOrThrow({ where: { id } });
    expect(failed).toMatchObject({ status: "ECHEC", attempts: 1 });
    expect(failed.lastError).toMatch(/550/);
    expect(failed.nextAttemptAt.getTime()).toBeGreaterThan(Date.now() + 30_000);

    // Not due yet: nothing is tried again.
    await deliverOutbox(prisma, later(0.2));
    expect((await prisma.outboxMessage.findUniqueOrThrow({ where: { id } })).attempts).toBe(1);

    refused.delete(victim);
    await deliverOutbox(prisma, later(2));
    expect(await prisma.outboxMessage.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "ENVOYE",
      attempts: 2,
      lastError: null,
    });
    expect(received.filter((m) => to(m) === victim)).toHaveLength(1);
  });

  it("gives up after the last attempt, and says so", async () => {
    const victim = address();
    refused.add(victim);
    const { id } = await queueMail(prisma, {
      to: victim,
      subject: "Essai",
      body: "Essai.",
      kind: "information",
    });
    for (let day = 1; day <= MAX_ATTEMPTS + 2; day++)
      await deliverOutbox(prisma, later(60 * 24 * day));
    expect(await prisma.outboxMessage.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "ECHEC",
      attempts: MAX_ATTEMPTS,
    });
    expect(received.filter((m) => to(m) === victim)).toHaveLength(0);
  });

  it("two workers sharing the database send each message once; a claim left by a dead worker is taken over", async () => {
    const batch = Array.from({ length: 30 }, () => address());
    for (const a of batch)
      await queueMail(prisma, {
        to: a,
        subject: "Accusé de réception",
        body: "Numéro HC-2027-00001.",
        kind: "accuse-reception",
      });
    // A worker that died after claiming one message, three minutes ago.
    const orphan = address();
    const { id } = await queueMail(prisma, {
      to: orphan,
      subject: "Orphelin",
      body: "Réclamé puis abandonné.",
      kind: "information",
    });
    await prisma.outboxMessage.update({
      where: { id },
      data: { claimedAt: new Date(Date.now() - 3 * 60_000), claimedBy: "mort:1", attempts: 1 },
    });

    await Promise.all([deliverOutbox(prisma, later(0.1)), deliverOutbox(prisma, later(0.1))]);
    for (const a of [...batch, orphan])
      expect(
        received.filter((m) => to(m) === a),
        a,
      ).toHaveLength(1);
    expect(
      await prisma.outboxMessage.count({
        where: { to: { in: batch }, status: "ENVOYE", attempts: 1 },
      }),
    ).toBe(30);
  });

  it("one process delivers in turn: never two messages in flight, so a crash resends at most one", async () => {
    const batch = Array.from({ length: 6 }, () => address());
    for (const a of batch)
      await queueMail(prisma, {
        to: a,
        subject: "En file",
        body: "Un par un.",
        kind: "information",
      });
    let inFlight = 0;
    let most = 0;
    const sent: string[] = [];
    setMailTransport(async (mail) => {
      most = Math.max(most, ++inFlight);
      await new Promise((resolve) => setTimeout(resolve, 20));
      sent.push(mail.to);
      inFlight--;
    });
    try {
      // The worker's period, a mail just queued and the jobs, all at once.
      const reports = await Promise.all([
        deliverInTurn(later(0.1)),
        deliverInTurn(later(0.1)),
        deliverInTurn(later(0.1)),
      ]);
      expect(most).toBe(1);
      expect(sent.filter((a) => batch.includes(a)).sort()).toEqual([...batch].sort());
      expect(reports.reduce((n, r) => n + r.sent, 0)).toBe(sent.length);
    } finally {
      setMailTransport(undefined);
    }
  });
});
