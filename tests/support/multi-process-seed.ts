// The data of the multi-process test (tests/e2e/multi-process.spec.ts): one circonscription,
// MP_AGENTS teachers who applied to a classe exceptionnelle campaign whose candidature
// window ended yesterday, receipts not issued yet, and one account to log in with.
import { createPrismaClient } from "@/lib/db";
import { createCampaign, createCirconscription, createTeachers } from "@/lib/seed/factories";

const count = Number(process.env.MP_AGENTS || "120");
const day = (offset: number) =>
  new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const cheap = { N: 1024, r: 8, p: 1 };

async function main() {
  const db = createPrismaClient();
  try {
    const circo = await createCirconscription(db, {
      code: "MP",
      name: "Multi-processus",
      departement: "31",
    });
    const teachers = await createTeachers(
      db,
      Array.from({ length: count }, (_, i) => ({
        identifiant: `mp${i}`,
        numen: `31E${String(3000000 + i)}MPR`,
        nom: `Processus${i}`,
        prenom: "Agent",
        grade: "HC" as const,
        echelon: 4,
        echelonDate: "2020-09-01",
        circonscriptionId: circo.id,
      })),
      { hashCost: cheap },
    );
    const year = new Date().getFullYear() + 1;
    const campaign = await createCampaign(db, {
      ruleSet: "CE_2017_2023",
      year,
      status: "OUVERTE",
      candidatureStart: day(-10),
      candidatureEnd: day(-1),
      openedAt: new Date(Date.now() - 10 * 86_400_000),
    });
    await db.candidature.createMany({
      data: teachers.map((t, i) => ({
        campaignId: campaign.id,
        agentId: t.agentId,
        vivier: 1,
        submittedAt: new Date(Date.now() - 2 * 86_400_000 + i * 1_000),
      })),
    });
  } finally {
    await db.$disconnect();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
