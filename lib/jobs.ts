import { prisma } from "@/lib/db";
import { issueDueReceipts } from "@/lib/campaigns/receipts";

// Background work that must happen without anyone logged in (accusés de réception at the
// close of a window). Started once per server process by instrumentation.ts; every job is
// idempotent, so several processes or a restart do no harm.
const EVERY_MS = 60_000;
let started = false;

export async function runDueJobs(now = new Date()): Promise<void> {
  const issued = await issueDueReceipts(prisma, now);
  if (issued > 0) console.log(`[jobs] ${issued} accusé(s) de réception émis`);
}

export function startJobs(): void {
  if (started) return;
  started = true;
  const tick = () => runDueJobs().catch((error) => console.error("[jobs] échec :", error));
  void tick();
  setInterval(tick, EVERY_MS).unref();
}
