// Runs the scheduled jobs once (accusés de réception due, published promotions taking
// effect) and exits: `npx tsx scripts/run-jobs.ts [--now 2027-09-01T06:00:00Z]`. The server
// runs them every minute by itself (instrumentation.ts); this serves a cron without a
// server, and tests that play a date (--now) instead of waiting for it. Every job is
// idempotent, so running it again does nothing more.
import { runDueJobs } from "@/lib/jobs";
import { prisma } from "@/lib/db";

async function main() {
  const i = process.argv.indexOf("--now");
  const now = i > 0 ? new Date(process.argv[i + 1] ?? "") : new Date();
  if (Number.isNaN(now.getTime()))
    throw new Error("--now : date invalide (attendu : 2027-09-01T06:00:00Z).");
  await runDueJobs(now);
  await prisma.$disconnect();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
