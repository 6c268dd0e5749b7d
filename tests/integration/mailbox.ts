import { prisma } from "@/lib/db";
import { deliverOutbox } from "@/lib/mail/delivery";
import { setMailTransport, type MailTransport } from "@/lib/mail/outbox";

export interface DeliveredMail {
  to: string;
  subject: string;
  body: string;
  html: string;
}

/**
 * The mails a test's actions queue, as the outbox worker delivers them: `flush()` runs the
 * worker once (what each server process does every few seconds) and returns the report.
 */
export function captureMail() {
  const delivered: DeliveredMail[] = [];
  const transport: MailTransport = (m) =>
    void delivered.push({ to: m.to, subject: m.subject, body: m.text, html: m.html });
  setMailTransport(transport);
  return { delivered, flush: () => deliverOutbox(prisma, new Date(Date.now() + 1_000), transport) };
}
