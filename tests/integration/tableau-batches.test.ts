import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { SNAPSHOT_INCLUDE, toAgentSnapshot } from "@/lib/agents/snapshot";
import { loadExamined } from "@/lib/campaigns/promouvables";
import { DEFAULT_DEPARTEMENT_ID } from "@/lib/departements/known";
import { computeTableau, resultRowsOf, storeTableau } from "@/lib/results/tableau";
import type { GradeCode } from "@/lib/rules/types";
import {
  createAdministrator,
  createCampaign,
  createCirconscription,
  createTeachers,
  type TeacherInput,
} from "@/lib/seed/factories";

// lib/campaigns/promouvables loads a campaign's agents in batches (issue 13: a country's
// table). The table computed batch by batch must be the one computed in one go, on a
// database with many more agents than a batch; and the rows storeTableau writes in bulk must
// be the ranking's.

let admin: Actor;
let circoId: string;

function teachers(count: number): Omit<TeacherInput, "circonscriptionId">[] {
  const grades: GradeCode[] = ["CN", "CN", "CN", "HC", "HC", "CE"];
  return Array.from({ length: count }, (_, i) => {
    const grade = grades[i % grades.length] as GradeCode;
    const k = Math.floor(i / grades.length);
    const echelon = grade === "CN" ? 6 + (k % 6) : grade === "HC" ? 1 + (k % 7) : 1 + (k % 5);
    const year = 2014 + (i % 12);
    return {
      numen: `31E${String(7100000 + i)}BAT`,
      // Shared names: the order of the lists (nom, prénom) has ties the batches must keep.
      nom: `Lot${i % 17}`,
      prenom: i % 3 ? "Camille" : "Dominique",
      sexe: i % 5 ? "F" : "M",
      grade,
      echelon,
      echelonDate: `${year}-0${1 + (i % 9)}-01`,
      position: i % 23 === 0 ? "Disponibilité" : "Activité",
      functions:
        i % 4 === 0
          ? [
              {
                kind: "DIRECTEUR_ECOLE" as const,
                startDate: "2012-09-01",
                endDate: i % 8 ? null : "2020-08-31",
                status: "VALIDEE" as const,
              },
            ]
          : [],
    };
  });
}

beforeAll(async () => {
  circoId = (await createCirconscription(prisma, { code: "BAT", name: "Lots", departement: "31" }))
    .id;
  const a = await createAdministrator(prisma, {
    identifiant: "gest-batches",
    password: "x".repeat(12),
  });
  admin = {
    id: a.id,
    role: "GESTIONNAIRE",
    agentId: null,
    circonscriptionIds: [],
    departementIds: [DEFAULT_DEPARTEMENT_ID],
  };
  await createTeachers(
    prisma,
    teachers(240).map((t) => ({ ...t, circonscriptionId: circoId })),
    { hashCost: { N: 1024, r: 8, p: 1 } },
  );
});

describe("the tableau loaded in batches", () => {
  it.each([
    ["HC_PE", 2027],
    ["CE_2017_2023", 2023],
    ["CE_DEPUIS_2024", 2026],
  ] as const)("%s %i: batches of 7 agents give the table of one batch", async (ruleSet, year) => {
    const campaign = await createCampaign(prisma, { ruleSet, year, status: "CLOSE" });
    const examined = await loadExamined(prisma, campaign);
    expect(examined.length).toBeGreaterThan(20);
    const agents = examined.map((e) => e.agent.id);
    // Appréciations or avis for most of them, oppositions and candidatures for a few.
    const levels = {
      HC_PE: ["EXCELLENT", "TRES_SATISFAISANT", "SATISFAISANT"],
      CE_2017_2023: ["EXCELLENT", "TRES_SATISFAISANT", "SATISFAISANT"],
      CE_DEPUIS_2024: ["TRES_FAVORABLE", "FAVORABLE"],
    }[ruleSet];
    const chosen = agents.filter((_, i) => i % 5 !== 4);
    if (ruleSet === "CE_DEPUIS_2024") {
      await prisma.opinion.createMany({
        data: chosen.map((agentId, i) => ({
          campaignId: campaign.id,
          agentId,
          authorId: admin.id,
          value: levels[i % levels.length] as string,
        })),
      });
    } else {
      await prisma.appreciation.createMany({
        data: chosen.map((agentId, i) => ({
          campaignId: campaign.id,
          agentId,
          value: levels[i % levels.length] as string,
          opposed: i % 11 === 0,
          oppositionReason: i % 11 === 0 ? "Motif" : null,
        })),
      });
    }

    const whole = await computeTableau(prisma, campaign.id, { batchSize: 10_000 });
    const batched = await computeTableau(prisma, campaign.id, { batchSize: 7 });
    expect(batched.ranking).toEqual(whole.ranking);
    expect(batched.examined.map((e) => e.agent.id)).toEqual(whole.examined.map((e) => e.agent.id));
    expect(batched.examined).toEqual(whole.examined);
    // The lists' loader (agent rows through Prisma) examines the same agents, seen the same way,
    // and both see what toAgentSnapshot makes of the Prisma include.
    const listed = await loadExamined(prisma, campaign, {}, { batchSize: 5 });
    expect(listed.map((e) => ({ ...e, agent: { id: e.agent.id } }))).toEqual(whole.examined);
    const included = await prisma.agent.findMany({
      where: { id: { in: listed.map((e) => e.agent.id) } },
      include: SNAPSHOT_INCLUDE,
    });
    const viaPrisma = new Map(included.map((a) => [a.id, toAgentSnapshot(a)]));
    for (const e of listed) expect(e.snapshot).toEqual(viaPrisma.get(e.agent.id));
    if (ruleSet !== "CE_2017_2023") expect(whole.ranking.rows.some((r) => r.promoted)).toBe(true);

    // The bulk write stores exactly the ranking's rows.
    expect(await storeTableau(prisma, admin, campaign.id)).toEqual({
      ok: true,
      rows: whole.ranking.rows.length,
    });
    const stored = await prisma.promotionResult.findMany({
      where: { campaignId: campaign.id },
      orderBy: [{ vivier: "asc" }, { rank: "asc" }, { agentId: "asc" }],
    });
    const expected = resultRowsOf(campaign.id, whole.ranking).sort(
      (a, b) =>
        (a.vivier ?? 0) - (b.vivier ?? 0) ||
        a.rank - b.rank ||
        (a.agentId < b.agentId ? -1 : a.agentId > b.agentId ? 1 : 0),
    );
    expect(stored.map(({ id: _, createdAt: __, effectAppliedAt: ___, ...row }) => row)).toEqual(
      expected,
    );
    for (const row of stored) {
      expect(row.createdAt).toBeInstanceOf(Date);
      expect(row.effectAppliedAt).toBeNull();
    }
  });
});
