import { beforeAll, describe, expect, it } from "vitest";
import { actAs, form } from "./session-mock";
import { prisma } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/session";
import { saveOpinionAction } from "@/app/(inspecteur)/inspection/actions";
import {
  computeTableauAction,
  importAppreciationsAction,
  saveAppreciationAction,
  transitionCampaignAction,
} from "@/app/(gestion)/gestion/campagnes/actions";
import {
  createAdministrator,
  createCampaign,
  createCirconscription,
  createInspector,
  createTeacher,
} from "@/lib/seed/factories";
import { DEFAULT_DEPARTEMENT_ID } from "@/lib/departements/known";
import { parseDetail } from "@/lib/results/detail";
import { currentCampaignYear } from "@/lib/campaigns/campaign-year";

const DAY = 86_400_000;
const now = new Date();
const isoDay = (offset: number) =>
  new Date(now.getTime() + offset * DAY).toISOString().slice(0, 10);
const year = currentCampaignYear(now);

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

let campaignId: string;
let nordIen: CurrentUser;
let sudIen: CurrentUser;
let admin: CurrentUser;
const agents: Record<string, string> = {};

beforeAll(async () => {
  const nord = await createCirconscription(prisma, { code: "N", name: "Nord", departement: "31" });
  const sud = await createCirconscription(prisma, { code: "S", name: "Sud", departement: "31" });
  // Seniority in the 9th-11th échelon at 31 August of the campaign year, as in domain.md.
  const plan = [
    { id: "eleven", nom: "Onze", echelon: 11, echelonDate: `${year - 5}-03-01`, circo: nord.id },
    { id: "ten", nom: "Dix", echelon: 10, echelonDate: `${year - 2}-09-01`, circo: nord.id },
    { id: "nine", nom: "Neuf", echelon: 9, echelonDate: `${year - 3}-01-01`, circo: sud.id },
    { id: "young", nom: "Jeune", echelon: 9, echelonDate: `${year - 1}-09-02`, circo: nord.id },
  ];
  for (const [i, p] of plan.entries()) {
    const t = await createTeacher(prisma, {
      identifiant: p.id,
      numen: `31E${String(7000000 + i)}HCP`,
      nom: p.nom,
      prenom: "Agent",
      grade: "CN",
      echelon: p.echelon,
      echelonDate: p.echelonDate,
      circonscriptionId: p.circo,
    });
    agents[p.id] = t.agentId;
  }
  nordIen = actor(
    (
      await createInspector(prisma, {
        identifiant: "ien-nord",
        password: "x".repeat(12),
        circonscriptionIds: [nord.id],
      })
    ).id,
    "INSPECTEUR",
    [nord.id],
  );
  sudIen = actor(
    (
      await createInspector(prisma, {
        identifiant: "ien-sud",
        password: "x".repeat(12),
        circonscriptionIds: [sud.id],
      })
    ).id,
    "INSPECTEUR",
    [sud.id],
  );
  admin = actor(
    (await createAdministrator(prisma, { identifiant: "gest", password: "x".repeat(12) })).id,
    "GESTIONNAIRE",
  );
  campaignId = (
    await createCampaign(prisma, {
      ruleSet: "HC_PE",
      year,
      status: "OUVERTE",
      opinionStart: isoDay(-5),
      opinionEnd: isoDay(20),
      parameters: { contingent: { ratePercent: 50, carryOverRemainder: false } },
    })
  ).id;
});

describe("inspector opinions", () => {
  it("saves an avis on a promouvable agent of the inspector's circonscription, and changes it", async () => {
    actAs(nordIen);
    expect(
      await saveOpinionAction(
        undefined,
        form({ campaignId, agentId: agents.eleven!, value: "EXCELLENT" }),
      ),
    ).toMatchObject({ ok: true });
    expect(
      await saveOpinionAction(
        undefined,
        form({ campaignId, agentId: agents.eleven!, value: "TRES_SATISFAISANT" }),
      ),
    ).toMatchObject({ ok: true });
    const opinion = await prisma.opinion.findUniqueOrThrow({
      where: { campaignId_agentId: { campaignId, agentId: agents.eleven! } },
    });
    expect(opinion.value).toBe("TRES_SATISFAISANT");
    expect(
      await prisma.auditLog.count({ where: { entity: "Opinion", entityId: opinion.id } }),
    ).toBe(2);
  });

  it("refuses an agent outside the inspector's circonscriptions, at the action level", async () => {
    actAs(sudIen);
    const state = await saveOpinionAction(
      undefined,
      form({ campaignId, agentId: agents.eleven!, value: "A_CONSOLIDER" }),
    );
    expect(state).toMatchObject({
      ok: false,
      message: "Cet agent ne relève pas de vos circonscriptions.",
    });
    expect(
      (await prisma.opinion.findFirstOrThrow({ where: { agentId: agents.eleven! } })).value,
    ).toBe("TRES_SATISFAISANT");
  });

  it("refuses non-promouvable agents, unknown levels, teachers and administrators", async () => {
    actAs(nordIen);
    expect(
      (
        await saveOpinionAction(
          undefined,
          form({ campaignId, agentId: agents.young!, value: "EXCELLENT" }),
        )
      ).message,
    ).toBe("Cet agent n'est pas promouvable pour cette campagne.");
    expect(
      (
        await saveOpinionAction(
          undefined,
          form({ campaignId, agentId: agents.ten!, value: "GENIAL" }),
        )
      ).errors?.value,
    ).toEqual(["Choisissez un avis dans la liste."]);
    actAs(admin);
    expect(
      (
        await saveOpinionAction(
          undefined,
          form({ campaignId, agentId: agents.ten!, value: "EXCELLENT" }),
        )
      ).message,
    ).toBe("Vous n'avez pas accès à cette action.");
  });
});

describe("appréciations, tableau and publication", () => {
  it("imports appréciations from CSV with a report of rejected rows", async () => {
    actAs(admin);
    const csv =
      "identifiant;appreciation\nten;Excellent\nnine;Très satisfaisant\nyoung;Excellent\ninconnu;Excellent\nten;Formidable\n";
    const state = await importAppreciationsAction(
      undefined,
      form({ campaignId, fichier: new File([csv], "appreciations.csv", { type: "text/csv" }) }),
    );
    expect(state.message).toMatch(
      /^2 appréciation\(s\) enregistrée\(s\), 3 ligne\(s\) rejetée\(s\)\./,
    );
    expect(state.message).toMatch(/ligne 4 : Cet agent n'est pas promouvable/);
    expect(state.message).toMatch(/ligne 5 : Agent introuvable/);
    expect(state.message).toMatch(/ligne 6 : Appréciation inconnue « Formidable »/);
  });

  it("requires a written reason to oppose", async () => {
    actAs(admin);
    const state = await saveAppreciationAction(
      undefined,
      form({
        campaignId,
        agentId: agents.nine!,
        value: "TRES_SATISFAISANT",
        opposed: "on",
        oppositionReason: "",
      }),
    );
    expect(state.errors?.oppositionReason).toEqual([
      "L'opposition à une promotion doit être motivée par écrit.",
    ]);
    expect(
      (
        await saveAppreciationAction(
          undefined,
          form({ campaignId, agentId: agents.eleven!, value: "TRES_SATISFAISANT" }),
        )
      ).ok,
    ).toBe(true);
  });

  it("computes the tableau only once closed, publishes it frozen", async () => {
    actAs(admin);
    expect((await computeTableauAction(undefined, form({ campaignId }))).message).toBe(
      "Closez la campagne avant de calculer le tableau d'avancement.",
    );
    // The avis window runs on for 20 days: closing now is early and must be confirmed.
    expect(
      (await transitionCampaignAction(undefined, form({ id: campaignId, transition: "clore" })))
        .errors?.confirmEarly,
    ).toBeDefined();
    await expect(
      transitionCampaignAction(
        undefined,
        form({ id: campaignId, transition: "clore", confirmEarly: "on" }),
      ),
    ).rejects.toThrow(/NEXT_REDIRECT/);
    const computed = await computeTableauAction(undefined, form({ campaignId }));
    expect(computed).toMatchObject({ ok: true });
    const rows = await prisma.promotionResult.findMany({
      where: { campaignId },
      orderBy: { rank: "asc" },
    });
    // domain.md: 11th + 5 whole years (120) + Très satisfaisant (100) = 220; 10th reached on
    // 1 September two years before: 1 whole year (30) + Excellent (120) = 150; 9th + 3 years (10) + TS = 110.
    expect(rows.map((r) => [r.agentId, r.bareme])).toEqual([
      [agents.eleven, 220],
      [agents.ten, 150],
      [agents.nine, 110],
    ]);
    expect(rows.filter((r) => r.promoted)).toHaveLength(1); // 50 % of 3, rounded down
    expect(parseDetail(rows[0]!.detail).parts.map((p) => p.points)).toEqual([100, 120]);

    await expect(
      transitionCampaignAction(undefined, form({ id: campaignId, transition: "publier" })),
    ).rejects.toThrow(/NEXT_REDIRECT/);
    expect((await prisma.campaign.findUniqueOrThrow({ where: { id: campaignId } })).status).toBe(
      "PUBLIEE",
    );
    // Frozen: later changes of data or appréciations do not alter the published rows.
    await prisma.agent.update({ where: { id: agents.ten! }, data: { echelon: 11 } });
    expect((await computeTableauAction(undefined, form({ campaignId }))).message).toBe(
      "Les résultats sont publiés : le tableau est figé.",
    );
    expect(
      (
        await saveAppreciationAction(
          undefined,
          form({ campaignId, agentId: agents.nine!, value: "EXCELLENT" }),
        )
      ).ok,
    ).toBe(false);
    expect(
      await prisma.promotionResult.findMany({
        where: { campaignId },
        orderBy: { rank: "asc" },
        select: { bareme: true },
      }),
    ).toEqual([{ bareme: 220 }, { bareme: 150 }, { bareme: 110 }]);
    expect(
      await prisma.auditLog.count({ where: { action: "campaign.publier", entityId: campaignId } }),
    ).toBe(1);
  });
});
