import fs from "node:fs";
import path from "node:path";
import type { DbTx } from "@/lib/db";

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
}

export const REDACTED = "[lien masqué : seul le destinataire le reçoit]";

/** Delivers a message to its addressee. */
export type MailTransport = (mail: Omit<Mail, "secrets">) => void | Promise<void>;

// No SMTP relay yet. MAIL_DIR drops each message as a text file there (the demo's and the
// browser tests' mailbox); without it nothing leaves the server.
function fileTransport(dir: string): MailTransport {
  return (mail) => {
    fs.mkdirSync(dir, { recursive: true });
    const name = `${new Date().toISOString().replace(/[:.]/g, "-")}-${mail.to.replace(/[^\w.@-]/g, "_")}.txt`;
    fs.writeFileSync(path.join(dir, name), `À : ${mail.to}\nObjet : ${mail.subject}\n\n${mail.body}\n`);
  };
}

let transport: MailTransport | null | undefined;

/** Replaces the transport (tests capture messages this way); null sends nothing. */
export function setMailTransport(next: MailTransport | null): void {
  transport = next;
}

function currentTransport(): MailTransport | null {
  if (transport === undefined) transport = process.env.MAIL_DIR ? fileTransport(process.env.MAIL_DIR) : null;
  return transport;
}

export function redact(body: string, secrets: string[] = []): string {
  return secrets.reduce((text, secret) => (secret ? text.split(secret).join(REDACTED) : text), body);
}

/**
 * Queues a message in the outbox table, in the caller's transaction so that a message
 * exists exactly when the change it reports does, and hands it to the transport.
 * Administrators read the outbox in "Courriels envoyés", secrets masked.
 */
export async function queueMail(db: DbTx, mail: Mail) {
  const { secrets, ...message } = mail;
  const stored = await db.outboxMessage.create({ data: { ...message, body: redact(message.body, secrets) } });
  await currentTransport()?.(message);
  return stored;
}

export function institutionalAddress(identifiant: string): string {
  return `${identifiant}@ac-toulouse.fr`;
}
