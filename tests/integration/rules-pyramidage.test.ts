import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { computeTableau } from "@/lib/results/tableau";
import {
  createCampaign,
  createCirconscription,
  createTeacher,
  type TeacherInput,
} from "@/lib/seed/factories";

// Pyramidage through the database (domain.md, CE 2017–2023: "floor(target × corps) − agents
// already in the CE grade"), in a file of its own so that the corps is exactly the agents
// created here and every expectation is a literal figure.

let circoId: string;
let n = 0;
const teacher = (input: Omit<TeacherInput, "numen" | "nom" | "prenom" | "circonscriptionId">) => {
  n += 1;
  return createTeacher(prisma, {
    numen: `31E${String(6000000 + n)}PYR`,
    nom: `Pyr${n}`,
    prenom: "Test",
    circonscriptionId: circoId,
    ...input,
  });
};

beforeAll(async () => {
  circoId = (
    await createCirconscription(prisma, { code: "PYR", name: "Pyramidage", departement: "31" })
  ).id;
});

describe("pyramidage counted in the database at the observation date", () => {
  it("classe exceptionnelle 2017–2023 replayed for 2019: floor(50 % × 9) − 1 = 3", async () => {
    // At 31/08/2019 the corps holds 9 agents: 1 already in the CE (since 2018), 1 promoted to
    // the CE only in 2020 (then still HC), 7 others; a 10th entered the corps in 2022.
    await teacher({ grade: "CE", echelon: 1, echelonDate: "2018-09-01" });
    await teacher({ grade: "CE", echelon: 1, echelonDate: "2020-09-01" });
    for (let i = 0; i < 4; i++)
      await teacher({ grade: "HC", echelon: 6, echelonDate: "2016-09-01" });
    for (let i = 0; i < 3; i++)
      await teacher({ grade: "CN", echelon: 8, echelonDate: "2017-09-01" });
    await teacher({ grade: "CN", echelon: 1, echelonDate: "2022-09-01" });
    const campaign = await createCampaign(prisma, {
      ruleSet: "CE_2017_2023",
      year: 2019,
      status: "CLOSE",
      parameters: { contingent: { ratePercent: 50 } },
    });
    const { ranking } = await computeTableau(prisma, campaign.id);
    expect(ranking.contingent).toMatchObject({
      method: "TARGET",
      ratePercent: 50,
      base: 9,
      alreadyPromoted: 1,
      computed: 3,
      total: 3,
    });
    expect(ranking.warnings).toEqual([]);
  });
});
