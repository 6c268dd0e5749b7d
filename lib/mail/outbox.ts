import fs from "node:fs";
import path from "node:path";
import nodemailer from "nodemailer";
import type { DbTx } from "@/lib/db";
import { seal } from "@/lib/crypto/seal";
import { mailHtml } from "./html";

export interface Mail {
  to: string;
  subject: string;
  body: string;
  kind: "reinitialisation" | "accuse-reception" | "information";
  /**
   * Parts of the body for the addressee only (a reset link): delivered, but replaced by
   * REDACTED in the copy that the outbox keeps and that gestionnaires read.
   */
  secrets?: string[];
  /**
   * The département whose agent or staff it is for: its gestionnaires read it in « Courriels
   * envoyés » (lib/auth/scope.ts). None for an account of no département.
   */
  departementId?: string | null;
}

export const REDACTED = "[lien masqué : seul le destinataire le reçoit]";
export const SEAL_PURPOSE = "outbox-mail";

/** A message as it leaves the portal: a text part, an HTML part and a stable Message-ID. */
export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  messageId: string;
}

/** Delivers a message to its addressee; throws when the relay refuses it. */
export type MailTransport = (mail: OutgoingMail) => void | Promise<void>;

export function mailFrom(): string {
  return process.env.MAIL_FROM || "Avancement <ne-pas-repondre@ac-toulouse.fr>";
}

// SMTP_URL (smtp://user:pass@relay:587, smtps://…) sends through that relay.
function smtpTransport(url: string): MailTransport {
  const relay = nodemailer.createTransport(url);
  return async (mail) => {
    await relay.sendMail({
      from: mailFrom(),
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      messageId: mail.messageId,
    });
  };
}

// MAIL_DIR drops each message as a text file there (the demo's and the browser tests'
// mailbox, when no relay is configured).
function fileTransport(dir: string): MailTransport {
  return (mail) => {
    fs.mkdirSync(dir, { recursive: true });
    const name = `${new Date().toISOString().replace(/[:.]/g, "-")}-${mail.to.replace(/[^\w.@-]/g, "_")}.txt`;
    fs.writeFileSync(
      path.join(dir, name),
      `À : ${mail.to}\nObjet : ${mail.subject}\n\n${mail.text}\n`,
    );
  };
}

let transport: MailTransport | null | undefined;

/** Replaces the transport (tests use a local SMTP server or capture messages); null sends nothing. */
export function setMailTransport(next: MailTransport | null | undefined): void {
  transport = next;
}

/** SMTP_URL, else MAIL_DIR, else nothing: mails then stay in the outbox, « en attente ». */
export function currentTransport(): MailTransport | null {
  if (transport === undefined) {
    transport = process.env.SMTP_URL
      ? smtpTransport(process.env.SMTP_URL)
      : process.env.MAIL_DIR
        ? fileTransport(process.env.MAIL_DIR)
        : null;
  }
  return transport;
}

export function outgoing(message: {
  id: string;
  to: string;
  subject: string;
  text: string;
}): OutgoingMail {
  const domain = /@([\w.-]+)>?$/.exec(mailFrom())?.[1] ?? "avancement.local";
  return {
    to: message.to,
    subject: message.subject,
    text: message.text,
    html: mailHtml(message.subject, message.text),
    messageId: `<${message.id}@${domain}>`,
  };
}

export function redact(body: string, secrets: string[] = []): string {
  return secrets.reduce(
    (text, secret) => (secret ? text.split(secret).join(REDACTED) : text),
    body,
  );
}

let kick: (() => void) | undefined;

/** How the outbox worker asks to be woken when a message is queued (lib/mail/delivery.ts). */
export function onMailQueued(wake: () => void): void {
  kick = wake;
}

/**
 * Records a message in the outbox, in the caller's transaction, so that a message exists
 * exactly when the change it reports does; the outbox worker delivers it after the commit,
 * retrying on failure. Administrators read the outbox in « Courriels envoyés », secrets masked;
 * the whole text waits sealed until delivered.
 */
export async function queueMail(db: DbTx, mail: Mail) {
  const { secrets, ...message } = mail;
  const masked = redact(message.body, secrets);
  const stored = await db.outboxMessage.create({
    data: {
      ...message,
      body: masked,
      sealedBody: masked === message.body ? null : seal(message.body, SEAL_PURPOSE),
    },
  });
  kick?.();
  return stored;
}

export function institutionalAddress(identifiant: string): string {
  return `${identifiant}@ac-toulouse.fr`;
}
