// A process that submits many candidatures at once and reports each acknowledged one on
// stdout ("ACK <agentId>"), used by tests/integration/resilience.test.ts, which kills it
// in the middle of the burst. Input: a JSON file { campaignId, teachers: [{ userId, agentId }] }.
import fs from "node:fs";
import { createPrismaClient } from "@/lib/db";
import { submitCandidature } from "@/lib/campaigns/candidature";
import { DEFAULT_DEPARTEMENT_ID } from "@/lib/departements/known";

const { campaignId, teachers } = JSON.parse(fs.readFileSync(process.argv[2]!, "utf8")) as {
  campaignId: string;
  teachers: { userId: string; agentId: string }[];
};
const db = createPrismaClient();

async function main() {
  for (let i = 0; i < teachers.length; i += 25) {
    await Promise.all(
      teachers.slice(i, i + 25).map(async (t) => {
        const actor = {
          id: t.userId,
          role: "ENSEIGNANT" as const,
          agentId: t.agentId,
          circonscriptionIds: [],
          departementIds: [DEFAULT_DEPARTEMENT_ID],
        };
        const result = await submitCandidature(db, actor, campaignId);
        if (result.ok) process.stdout.write(`ACK ${t.agentId}\n`);
      }),
    );
  }
  await db.$disconnect();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
