import { prisma } from "@/lib/db";
import { issueDueReceipts } from "@/lib/campaigns/receipts";
import { applyDuePromotionEffects } from "@/lib/campaigns/promotion-effect";

// Background work that must happen without anyone logged in (accusés de réception at the
// close of a window, published promotions taking effect on 1 September). Started once per server process by instrumentation.ts; every job is
// idempotent, so several processes or a restart do no harm.
const EVERY_MS = 60_000;
let started = false;

export async function runDueJobs(now = new Date()): Promise<void> {
  const issued = await issueDueReceipts(prisma, now);
  if (issued > 0) console.log(`[jobs] ${issued} accusé(s) de réception émis`);
  const effects = await applyDuePromotionEffects(prisma, now);
  if (effects.applied > 0) console.log(`[jobs] ${effects.applied} promotion(s) prise(s) en compte dans les carrières`);
  for (const s of effects.skipped) console.warn(`[jobs] promotion de l'agent ${s.agentId} non appliquée : ${s.reason}`);
}

export function startJobs(): void {
  if (started) return;
  started = true;
  const tick = () => runDueJobs().catch((error) => console.error("[jobs] échec :", error));
  void tick();
  setInterval(tick, EVERY_MS).unref();
}
