import { beforeAll, describe, expect, it } from "vitest";
import { actAs, form } from "./session-mock";
import { prisma } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/session";
import { saveOpinionAction } from "@/app/(inspecteur)/inspection/actions";
import { campaignFigures, figuresLabel } from "@/lib/campaigns/figures";
import { campaignEchelons } from "@/lib/campaigns/rules";
import { candidatureWhere, parseCandidatureFilters } from "@/lib/campaigns/candidatures-query";
import { deactivateAgent } from "@/lib/agents/status";
import {
  createAdministrator,
  createCampaign,
  createCirconscription,
  createInspector,
  createTeacher,
} from "@/lib/seed/factories";
import { DEFAULT_DEPARTEMENT_ID } from "@/lib/departements/known";
import { currentCampaignYear } from "@/lib/campaigns/campaign-year";

// Issue 15, items 5–7: the IEN's counter moves as avis are saved, the échelon filters offer
// the échelons the campaign examines, a published campaign's figures are frozen.
const now = new Date();
const year = currentCampaignYear(now);
const isoDay = (offset: number) =>
  new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
let ien: CurrentUser;
let admin: CurrentUser;
let campaignId: string;
const agents: Record<string, string> = {};

function actor(
  id: string,
  role: CurrentUser["role"],
  circonscriptionIds: string[] = [],
): CurrentUser {
  return {
    id,
    role,
    agentId: null,
    circonscriptionIds,
    departementIds: [DEFAULT_DEPARTEMENT_ID],
    sessionId: "s",
    identifiant: id,
    displayName: id,
    passwordIsDefault: false,
    previousLoginAt: null,
    totpEnabled: false,
  };
}

beforeAll(async () => {
  const circo = await createCirconscription(prisma, {
    code: "LST",
    name: "Listes",
    departement: "31",
  });
  for (const [i, p] of [
    { id: "onze", echelon: 11, echelonDate: `${year - 5}-03-01` },
    { id: "dix", echelon: 10, echelonDate: `${year - 2}-09-01` },
  ].entries()) {
    agents[p.id] = (
      await createTeacher(prisma, {
        identifiant: `lst-${p.id}`,
        numen: `31E${String(7100000 + i)}LST`,
        nom: p.id,
        prenom: "Agent",
        grade: "CN",
        echelon: p.echelon,
        echelonDate: p.echelonDate,
        circonscriptionId: circo.id,
      })
    ).agentId;
  }
  ien = actor(
    (
      await createInspector(prisma, {
        identifiant: "ien-lst",
        password: "x".repeat(12),
        circonscriptionIds: [circo.id],
      })
    ).id,
    "INSPECTEUR",
    [circo.id],
  );
  admin = actor(
    (await createAdministrator(prisma, { identifiant: "gest-lst", password: "x".repeat(12) })).id,
    "GESTIONNAIRE",
  );
  campaignId = (
    await createCampaign(prisma, {
      ruleSet: "HC_PE",
      year,
      status: "OUVERTE",
      opinionStart: isoDay(-5),
      opinionEnd: isoDay(20),
    })
  ).id;
});

describe("the IEN's counter «N / M avis saisis»", () => {
  it("counts one more for a new avis, none for an avis changed", async () => {
    actAs(ien);
    expect(
      await saveOpinionAction(
        undefined,
        form({ campaignId, agentId: agents.onze!, value: "EXCELLENT" }),
      ),
    ).toMatchObject({ ok: true, increment: 1 });
    expect(
      await saveOpinionAction(
        undefined,
        form({ campaignId, agentId: agents.onze!, value: "TRES_SATISFAISANT" }),
      ),
    ).toMatchObject({ ok: true, increment: 0 });
    expect(
      await saveOpinionAction(
        undefined,
        form({ campaignId, agentId: agents.dix!, value: "SATISFAISANT" }),
      ),
    ).toMatchObject({ ok: true, increment: 1 });
    const refused = await saveOpinionAction(
      undefined,
      form({ campaignId, agentId: agents.dix!, value: "INCONNU" }),
    );
    expect(refused.ok).toBe(false);
    expect(refused.increment).toBeUndefined();
  });
});

describe("the échelon filters offer the échelons the campaign examines", () => {
  it("takes them from the rule set and its parameters", async () => {
    const hc = await prisma.campaign.findUniqueOrThrow({ where: { id: campaignId } });
    expect(campaignEchelons(hc)).toEqual([9, 10, 11]);
    const hc7 = await createCampaign(prisma, {
      ruleSet: "HC_PE",
      year: year + 3,
      parameters: { promouvabilite: { echelon: 7, yearsInEchelon: 2 } },
    });
    expect(campaignEchelons(hc7)).toEqual([7, 8, 9, 10, 11]);
    expect(
      campaignEchelons(await createCampaign(prisma, { ruleSet: "CE_DEPUIS_2024", year: year + 1 })),
    ).toEqual([5, 6, 7]);
    expect(
      campaignEchelons(await createCampaign(prisma, { ruleSet: "CE_2017_2023", year: 2021 })),
    ).toEqual([3, 4, 5, 6, 7]);
    expect(
      campaignEchelons(await createCampaign(prisma, { ruleSet: "ES_JUSQU_2023", year: 2021 })),
    ).toEqual([4, 5]);
  });

  it("the candidatures list filters on the échelon", async () => {
    const ce = await createCampaign(prisma, {
      ruleSet: "CE_2017_2023",
      year: 2020,
      status: "OUVERTE",
    });
    await prisma.candidature.create({
      data: { campaignId: ce.id, agentId: agents.onze!, vivier: 1 },
    });
    expect(parseCandidatureFilters({ echelon: "11" }).echelon).toBe(11);
    expect(parseCandidatureFilters({ echelon: "x" }).echelon).toBeUndefined();
    expect(
      await prisma.candidature.count({ where: candidatureWhere(ce.id, { echelon: 11 }) }),
    ).toBe(1);
    expect(
      await prisma.candidature.count({ where: candidatureWhere(ce.id, { echelon: 10 }) }),
    ).toBe(0);
  });
});

describe("a published campaign's figures are frozen", () => {
  it("reads examined and promotions from the stored tableau, whatever happens to the agents after publication", async () => {
    const published = await createCampaign(prisma, {
      ruleSet: "HC_PE",
      year: year - 1,
      status: "PUBLIEE",
      publishedAt: new Date(),
    });
    await prisma.promotionResult.createMany({
      data: [
        {
          campaignId: published.id,
          agentId: agents.onze!,
          bareme: 100,
          detail: "{}",
          rank: 1,
          promoted: true,
        },
        {
          campaignId: published.id,
          agentId: agents.dix!,
          bareme: 50,
          detail: "{}",
          rank: 2,
          promoted: false,
        },
      ],
    });
    const figures = async () => (await campaignFigures(prisma, [published])).get(published.id);
    expect(await figures()).toEqual({ examined: 2, promoted: 1, frozen: true });
    // After publication: one agent promoted (grade changed), the other gone.
    await prisma.agent.update({
      where: { id: agents.onze! },
      data: { grade: "HC", echelon: 2, gradeDate: new Date() },
    });
    await deactivateAgent(prisma, admin, agents.dix!, "Départ à la retraite");
    expect(await figures()).toEqual({ examined: 2, promoted: 1, frozen: true });
    expect(figuresLabel(await figures())).toBe("2 examiné(s), 1 promotion(s)");
    expect(figuresLabel({ examined: 3, promoted: 1, frozen: false })).toBe(
      "3 examiné(s), 1 promotion(s) (tableau provisoire)",
    );
    expect(figuresLabel(undefined)).toBe("—");
  });
});
