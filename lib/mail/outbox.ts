import type { DbTx } from "@/lib/db";

export interface Mail {
  to: string;
  subject: string;
  body: string;
  kind: "reinitialisation" | "accuse-reception" | "information";
}

/**
 * Queues a message in the outbox table, in the caller's transaction so that a message
 * exists exactly when the change it reports does. Administrators read the outbox in
 * "Courriels envoyés"; a relay to SMTP can drain it where one is configured.
 */
export async function queueMail(db: DbTx, mail: Mail) {
  return db.outboxMessage.create({ data: mail });
}

export function institutionalAddress(identifiant: string): string {
  return `${identifiant}@ac-toulouse.fr`;
}
