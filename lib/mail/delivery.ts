import os from "node:os";
import { prisma, type Db } from "@/lib/db";
import { unseal } from "@/lib/crypto/seal";
import {
  currentTransport,
  onMailQueued,
  outgoing,
  SEAL_PURPOSE,
  type MailTransport,
} from "./outbox";

// The outbox worker. Any number of server processes run it against one database: each
// message is claimed by a conditional update before it is sent, so one process sends it;
// a process that dies holding a claim loses it after CLAIM_MS and another one sends.
// Delivery is at least once: a crash between the relay's acceptance and the update below
// sends that message again (its Message-ID is the same, for the receiving side).
export const MAX_ATTEMPTS = 6;
const RETRY_MINUTES = [1, 5, 15, 60, 240];
// AVANCEMENT_MAIL_CLAIM_MS shortens it (the multi-process test, where a process is killed).
const CLAIM_MS = Math.max(1_000, Number(process.env.AVANCEMENT_MAIL_CLAIM_MS) || 2 * 60_000);
// A sealed text (a reset link) never outlives the link itself by much.
const SEALED_FOR_MS = 24 * 3_600_000;
const worker = `${os.hostname()}:${process.pid}`;

export interface DeliveryReport {
  sent: number;
  failed: number;
}

function due(now: Date) {
  return {
    status: { in: ["EN_ATTENTE", "ECHEC"] },
    attempts: { lt: MAX_ATTEMPTS },
    nextAttemptAt: { lte: now },
    OR: [{ claimedAt: null }, { claimedAt: { lt: new Date(now.getTime() - CLAIM_MS) } }],
  };
}

/** Sends what is due; returns what happened. Without a transport, mails stay « en attente ». */
export async function deliverOutbox(
  db: Db = prisma,
  now = new Date(),
  transport: MailTransport | null = currentTransport(),
): Promise<DeliveryReport> {
  const report = { sent: 0, failed: 0 };
  await db.outboxMessage.updateMany({
    where: {
      status: { in: ["EN_ATTENTE", "ECHEC"] },
      sealedBody: { not: null },
      createdAt: { lt: new Date(now.getTime() - SEALED_FOR_MS) },
    },
    data: {
      status: "ABANDONNE",
      sealedBody: null,
      lastError: "Non remis dans les 24 heures : le lien qu'il contenait n'est plus valable.",
    },
  });
  if (!transport) return report;
  const candidates = await db.outboxMessage.findMany({
    where: due(now),
    orderBy: { createdAt: "asc" },
    take: 50,
    omit: { sealedBody: false },
  });
  for (const message of candidates) {
    const claim = await db.outboxMessage.updateMany({
      where: { id: message.id, ...due(now) },
      data: { claimedAt: now, claimedBy: worker, attempts: { increment: 1 } },
    });
    if (claim.count === 0) continue;
    const text = message.sealedBody ? unseal(message.sealedBody, SEAL_PURPOSE) : message.body;
    try {
      if (text === null) throw new Error("Texte scellé illisible (AUTH_SECRET a changé ?).");
      await transport(outgoing({ ...message, text }));
      await db.outboxMessage.update({
        where: { id: message.id },
        data: {
          status: "ENVOYE",
          sentAt: new Date(),
          sealedBody: null,
          lastError: null,
          claimedAt: null,
          claimedBy: null,
        },
      });
      report.sent++;
    } catch (error) {
      const attempts = message.attempts + 1;
      const wait = RETRY_MINUTES[Math.min(attempts - 1, RETRY_MINUTES.length - 1)]!;
      await db.outboxMessage.update({
        where: { id: message.id },
        data: {
          status: "ECHEC",
          lastError: String(error instanceof Error ? error.message : error).slice(0, 500),
          nextAttemptAt: new Date(now.getTime() + wait * 60_000),
          claimedAt: null,
          claimedBy: null,
          ...(attempts >= MAX_ATTEMPTS ? { sealedBody: null } : {}),
        },
      });
      report.failed++;
    }
  }
  return report;
}

let running: Promise<DeliveryReport> | null = null;
let queued: Promise<DeliveryReport> | null = null;

/**
 * The delivery of this process's timers (the worker's period, a mail just queued, the jobs):
 * one at a time, and at most one more waiting for it. Each delivery sends its messages one
 * after the other, so a process killed mid-way leaves at most one message handed to the
 * relay and not marked sent, which another process then sends again (decision 0008).
 */
export function deliverInTurn(now?: Date): Promise<DeliveryReport> {
  if (queued) return queued;
  if (!running) {
    running = deliverOutbox(prisma, now ?? new Date()).finally(() => {
      running = null;
    });
    return running;
  }
  queued = running
    .catch(() => undefined)
    .then(() => {
      queued = null;
      return deliverInTurn(now);
    });
  return queued;
}

let timer: NodeJS.Timeout | null = null;

/** A message was queued: deliver it soon after its transaction commits. */
function wake() {
  if (timer || !currentTransport()) return;
  timer = setTimeout(() => {
    timer = null;
    deliverInTurn().catch((error) => console.error("[courriels] échec de l'envoi :", error));
  }, 200);
  timer.unref();
}

/** Called once per server process (lib/jobs.ts). */
export function startOutboxWorker(everyMs = 5_000): void {
  onMailQueued(wake);
  const tick = () =>
    deliverInTurn().catch((error) => console.error("[courriels] échec de l'envoi :", error));
  void tick();
  setInterval(tick, everyMs).unref();
}
