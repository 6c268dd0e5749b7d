// Demo data for a fresh database: `npx tsx prisma/seed.ts` (DATABASE_URL, default
// file:./data/avancement.db). A database that already has accounts is left untouched, so
// running it again never erases what users did.
import { createPrismaClient } from "@/lib/db";
import { databaseUrl } from "@/lib/env";
import { DEMO_ACCOUNTS, seedDemo } from "@/lib/seed/demo";

async function main() {
  const db = createPrismaClient(databaseUrl());
  try {
    if ((await db.user.count()) > 0) {
      console.log("Base déjà initialisée : données de démonstration conservées.");
      return;
    }
    const started = performance.now();
    const summary = await seedDemo(db, { now: new Date() });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`Données de démonstration créées en ${seconds} s :`);
    console.table(summary);
    console.log(
      "Comptes : " +
        [
          DEMO_ACCOUNTS.teacher,
          DEMO_ACCOUNTS.director,
          DEMO_ACCOUNTS.inspector,
          DEMO_ACCOUNTS.administrator,
          DEMO_ACCOUNTS.administratorAriege,
          DEMO_ACCOUNTS.academie,
        ]
          .map((a) => `${a.identifiant} / ${a.password}`)
          .join(", "),
    );
  } finally {
    await db.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
