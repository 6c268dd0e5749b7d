import { prisma } from "@/lib/db";
import { issueDueReceipts } from "@/lib/campaigns/receipts";
import { applyDuePromotionEffects } from "@/lib/campaigns/promotion-effect";
import { deliverInTurn, startOutboxWorker } from "@/lib/mail/delivery";

// Background work that must happen without anyone logged in (accusés de réception at the
// close of a window, published promotions taking effect on 1 September, mail delivery).
// Started once per server process by instrumentation.ts. Every job claims its work by a
// conditional update in the database, so any number of processes sharing one database do
// each piece once, and a process killed mid-way leaves nothing half done (docs/decisions/0008-mail-and-jobs-across-processes.md).
// AVANCEMENT_JOBS_EVERY_MS shortens the period (the multi-process test).
const EVERY_MS = Number(process.env.AVANCEMENT_JOBS_EVERY_MS) || 60_000;
let started = false;

export async function runDueJobs(now = new Date()): Promise<void> {
  const issued = await issueDueReceipts(prisma, now);
  if (issued > 0) console.log(`[jobs] ${issued} accusé(s) de réception émis`);
  const effects = await applyDuePromotionEffects(prisma, now);
  if (effects.applied > 0)
    console.log(`[jobs] ${effects.applied} promotion(s) prise(s) en compte dans les carrières`);
  for (const s of effects.skipped)
    console.warn(`[jobs] promotion de l'agent ${s.agentId} non appliquée : ${s.reason}`);
  const mail = await deliverInTurn(now);
  if (mail.sent + mail.failed > 0)
    console.log(`[jobs] courriels : ${mail.sent} envoyé(s), ${mail.failed} en échec`);
}

export function startJobs(): void {
  if (started) return;
  started = true;
  startOutboxWorker();
  const tick = () => runDueJobs().catch((error) => console.error("[jobs] échec :", error));
  void tick();
  setInterval(tick, EVERY_MS).unref();
}
