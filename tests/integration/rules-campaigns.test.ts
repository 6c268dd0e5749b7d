import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import {
  campaignFormSchema,
  createCampaignFromForm,
  transitionCampaign,
} from "@/lib/campaigns/admin";
import { loadExamined } from "@/lib/campaigns/promouvables";
import { evaluateAgent } from "@/lib/campaigns/rules";
import { SNAPSHOT_INCLUDE } from "@/lib/agents/snapshot";
import { proposedAppreciations } from "@/lib/opinions/appreciations";
import { filterRows, inspectorCampaignList } from "@/lib/opinions/inspector-list";
import { closingReadiness } from "@/lib/campaigns/readiness";
import { saveOpinion } from "@/lib/opinions/opinions";
import { computeTableau, storeTableau } from "@/lib/results/tableau";
import { parseDetail } from "@/lib/results/detail";
import { getRuleSet } from "@/lib/rules";
import { previousRemainder } from "@/lib/campaigns/contingent";
import {
  createAdministrator,
  createCampaign,
  createCirconscription,
  createInspector,
  createTeacher,
  type TeacherInput,
} from "@/lib/seed/factories";
import { DEFAULT_DEPARTEMENT_ID } from "@/lib/departements/known";

// The rules of issue 10 through the database: contingent carried over from one campaign to
// the next of the same kind and the notified number (décret 2005-1090, art. 1–2), pyramidage
// counted at the observation date, a past campaign replayed from the career history, the
// éducation prioritaire share and the position of real dossiers, the Très favorable renewed.

const DAY = 86_400_000;
const now = new Date();
const isoDay = (offset: number) =>
  new Date(now.getTime() + offset * DAY).toISOString().slice(0, 10);

let circoId: string;
let admin: Actor;
let ien: Actor;
let n = 0;

async function teacher(
  input: Omit<TeacherInput, "numen" | "nom" | "prenom" | "circonscriptionId"> & { nom?: string },
) {
  n += 1;
  return createTeacher(prisma, {
    numen: `31E${String(5000000 + n)}RUL`,
    nom: input.nom ?? `Agent${n}`,
    prenom: "Test",
    circonscriptionId: circoId,
    ...input,
  });
}

/** A classe normale agent of the 11th échelon since 2015: promouvable to the HC every year since 2018. */
const cn11 = (over: Partial<TeacherInput> = {}) =>
  teacher({ grade: "CN", echelon: 11, echelonDate: "2015-03-01", ...over });

beforeAll(async () => {
  circoId = (
    await createCirconscription(prisma, { code: "R10", name: "Règles", departement: "31" })
  ).id;
  const a = await createAdministrator(prisma, {
    identifiant: "gest-rules",
    password: "x".repeat(12),
  });
  admin = {
    id: a.id,
    role: "GESTIONNAIRE",
    agentId: null,
    circonscriptionIds: [],
    departementIds: [DEFAULT_DEPARTEMENT_ID],
  };
  const i = await createInspector(prisma, {
    identifiant: "ien-rules",
    password: "x".repeat(12),
    circonscriptionIds: [circoId],
  });
  ien = {
    id: i.id,
    role: "INSPECTEUR",
    agentId: null,
    circonscriptionIds: [circoId],
    departementIds: [DEFAULT_DEPARTEMENT_ID],
  };
});

describe("hors classe contingent: decimal part carried over, notified number", () => {
  it("stores the remainder with the tableau, prefills it in the next campaign of the same kind, and lets a notified number override", async () => {
    const seven: string[] = [];
    for (let i = 0; i < 7; i++) seven.push((await cn11({ nom: `Hc${i}` })).agentId);
    // 2021: 18 % of 7 promouvables = 1.26 → 1 promotion, 0.26 carried over.
    const y2021 = await createCampaign(prisma, { ruleSet: "HC_PE", year: 2021, status: "CLOSE" });
    // Before its tableau is computed it has no remainder: said as such (the creation page tells the gestionnaire).
    const hcKind = getRuleSet("HC_PE").campaignKind;
    expect(
      await previousRemainder(prisma, {
        departementId: DEFAULT_DEPARTEMENT_ID,
        kind: hcKind,
        ruleSet: "HC_PE",
        year: 2022,
      }),
    ).toEqual({ remainder: null, from: y2021.title });
    expect(await storeTableau(prisma, admin, y2021.id)).toMatchObject({ ok: true });
    expect(
      (await prisma.campaign.findUniqueOrThrow({ where: { id: y2021.id } })).contingentRemainder,
    ).toBe(0.26);
    expect(
      await previousRemainder(prisma, {
        departementId: DEFAULT_DEPARTEMENT_ID,
        kind: hcKind,
        ruleSet: "HC_PE",
        year: 2022,
      }),
    ).toEqual({ remainder: 0.26, from: y2021.title });
    const stored = await prisma.promotionResult.findFirstOrThrow({
      where: { campaignId: y2021.id },
    });
    expect(parseDetail(stored.detail).contingent).toMatchObject({
      total: 1,
      computed: 1,
      remainder: 0.26,
      notified: null,
    });

    // 2022, created through the admin form without any parameter: the remainder is prefilled.
    const created = await createCampaignFromForm(
      prisma,
      admin,
      campaignFormSchema.parse({ ruleSet: "HC_PE", year: "2022" }),
    );
    if (!created.ok) throw new Error(created.message);
    const y2022 = await prisma.campaign.findUniqueOrThrow({ where: { id: created.id } });
    expect(JSON.parse(y2022.parameters).contingent).toMatchObject({
      method: "RATE",
      ratePercent: 18,
      carryOverRemainder: true,
      previousRemainder: 0.26,
    });
    // 18 % of 7 = 1.26, + 0.26 carried = 1.52 → 1, 0.52 left for 2023.
    const t2022 = await computeTableau(prisma, y2022.id);
    expect(t2022.ranking.contingent).toMatchObject({
      total: 1,
      computed: 1,
      previousRemainder: 0.26,
      remainder: 0.52,
    });

    // A remainder typed by the administrator wins over the prefilled one.
    const typed = await createCampaignFromForm(
      prisma,
      admin,
      campaignFormSchema.parse({
        ruleSet: "HC_PE",
        year: "2023",
        parameters: JSON.stringify({ contingent: { previousRemainder: 0.9 } }),
      }),
    );
    if (!typed.ok) throw new Error(typed.message);
    // 21 % of 7 = 1.47 + 0.9 = 2.37 → 2.
    expect((await computeTableau(prisma, typed.id)).ranking.contingent).toMatchObject({
      computed: 2,
      total: 2,
      previousRemainder: 0.9,
    });

    // The number notified by the ministry overrides the computed one; both are stored.
    const params = JSON.parse(y2022.parameters);
    params.contingent.notified = 3;
    await prisma.campaign.update({
      where: { id: y2022.id },
      data: { parameters: JSON.stringify(params), status: "CLOSE" },
    });
    await prisma.appreciation.createMany({
      data: seven.map((agentId) => ({ campaignId: y2022.id, agentId, value: "SATISFAISANT" })),
    });
    expect(await storeTableau(prisma, admin, y2022.id)).toMatchObject({ ok: true });
    const rows = await prisma.promotionResult.findMany({ where: { campaignId: y2022.id } });
    expect(rows.filter((r) => r.promoted)).toHaveLength(3);
    expect(parseDetail(rows[0]!.detail).contingent).toMatchObject({
      total: 3,
      computed: 1,
      notified: 3,
      remainder: 0.52,
    });
  });
});

describe("a past campaign replayed from the career history", () => {
  it("examines an agent promoted since as of the observation date", async () => {
    const promoted = await teacher({
      nom: "Promue",
      grade: "HC",
      echelon: 1,
      echelonDate: "2020-09-01",
      careerSteps: [
        { grade: "CN", echelon: 9, date: "2010-09-01" },
        { grade: "CN", echelon: 10, date: "2013-09-01" },
        { grade: "CN", echelon: 11, date: "2016-09-01" },
        { grade: "HC", echelon: 1, date: "2020-09-01" },
      ],
    });
    const earlier = await teacher({
      nom: "Ancienne",
      grade: "HC",
      echelon: 2,
      echelonDate: "2017-09-01",
    }); // already HC in 2019
    const campaign = await createCampaign(prisma, {
      ruleSet: "HC_PE",
      year: 2019,
      status: "CLOSE",
    });
    const examined = await loadExamined(prisma, campaign);
    const row = examined.find((e) => e.agent.id === promoted.agentId);
    expect(row?.eligibility.promouvable).toBe(true);
    expect(row?.eligibility.facts).toMatchObject({ grade: "CN", echelon: 11 });
    expect(examined.some((e) => e.agent.id === earlier.agentId)).toBe(false);
    // The replayed table ranks her with the seniority she had then: 11th + 2 years → 90.
    const { ranking } = await computeTableau(prisma, campaign.id);
    expect(ranking.rows.find((r) => r.agentId === promoted.agentId)?.parts[1]).toEqual({
      label: "Ancienneté : 11e échelon + 2 ans",
      points: 90,
    });
  });
});

describe("dossier data reaching the engine", () => {
  const ep = (share: number) => [
    {
      kind: "EDUCATION_PRIORITAIRE" as const,
      startDate: "2012-09-01",
      endDate: "2022-08-31",
      educationPrioritaireShare: share,
      status: "VALIDEE" as const,
      source: "ADMINISTRATION" as const,
    },
  ];

  it("does not count éducation prioritaire below 50 % of the service (vivier 1 of the CE)", async () => {
    const below = await teacher({
      nom: "Quarante",
      grade: "HC",
      echelon: 4,
      echelonDate: "2020-09-01",
      functions: ep(40),
    });
    const above = await teacher({
      nom: "Soixante",
      grade: "HC",
      echelon: 4,
      echelonDate: "2020-09-01",
      functions: ep(60),
    });
    const campaign = await createCampaign(prisma, {
      ruleSet: "CE_2017_2023",
      year: 2023,
      status: "OUVERTE",
    });
    const ids = (await loadExamined(prisma, campaign)).map((e) => e.agent.id);
    expect(ids).toContain(above.agentId);
    expect(ids).not.toContain(below.agentId);
    const agent = await prisma.agent.findUniqueOrThrow({
      where: { id: below.agentId },
      include: SNAPSHOT_INCLUDE,
    });
    expect(evaluateAgent(campaign, agent).reasons.join(" ")).toMatch(
      /il faut au moins 50 % du service en éducation prioritaire \(40 % déclarés\)/,
    );
  });

  it("leaves out an agent in disponibilité at the observation date, with the reason shown to the teacher; congé parental keeps its rights from 2020", async () => {
    // Loi 2019-828 art. 85, décret 2020-529: congé parental keeps the rights to advancement.
    const parental = await cn11({ nom: "Parental", position: "Congé parental" });
    const away = await cn11({
      nom: "DispoCP",
      position: "Disponibilité pour convenances personnelles",
    });
    const dispo = await cn11({
      nom: "DispoPro",
      position: "Disponibilité pour exercer une activité professionnelle",
    });
    const campaign = await createCampaign(prisma, {
      ruleSet: "HC_PE",
      year: 2024,
      status: "OUVERTE",
    });
    const ids = (await loadExamined(prisma, campaign)).map((e) => e.agent.id);
    expect(ids).not.toContain(away.agentId);
    expect(ids).toContain(dispo.agentId);
    expect(ids).toContain(parental.agentId);
    const agent = await prisma.agent.findUniqueOrThrow({
      where: { id: away.agentId },
      include: SNAPSHOT_INCLUDE,
    });
    expect(evaluateAgent(campaign, agent)).toMatchObject({
      promouvable: false,
      reasons: [
        expect.stringMatching(
          /^Au 31\/08\/2024, vous êtes en position « Disponibilité pour convenances personnelles »/,
        ),
      ],
    });
    // A parameter: the campaign may let every position through.
    const open = await createCampaign(prisma, {
      ruleSet: "HC_PE",
      year: 2025,
      status: "OUVERTE",
      parameters: { positionRule: { excluded: [], allowed: [] } },
    });
    expect((await loadExamined(prisma, open)).map((e) => e.agent.id)).toContain(away.agentId);
  });
});

describe("candidature of the classe exceptionnelle 2017–2023, a parameter", () => {
  it("keeps counting the candidatures of a campaign stored before the parameter existed", async () => {
    // Stored parameters without candidatureRequired: the rule set then always asked vivier 1
    // for a candidature, so the 2022 campaign keeps its candidatures (today's 2022 default is none).
    const directeur = [
      {
        kind: "DIRECTEUR_ECOLE" as const,
        startDate: "2010-09-01",
        endDate: null,
        status: "VALIDEE" as const,
        source: "ADMINISTRATION" as const,
      },
    ];
    const applicant = await teacher({
      nom: "Candidate",
      grade: "HC",
      echelon: 4,
      echelonDate: "2020-09-01",
      functions: directeur,
    });
    const silent = await teacher({
      nom: "Silencieux",
      grade: "HC",
      echelon: 4,
      echelonDate: "2020-09-01",
      functions: directeur,
    });
    const { candidatureRequired: _dropped, ...legacy } =
      getRuleSet("CE_2017_2023").defaultParameters(2022);
    const campaign = await createCampaign(prisma, {
      ruleSet: "CE_2017_2023",
      year: 2022,
      status: "CLOSE",
      candidatureStart: "2022-03-02",
      candidatureEnd: "2022-03-23",
      parameters: legacy,
    });
    expect(JSON.parse(campaign.parameters)).not.toHaveProperty("candidatureRequired");
    await prisma.candidature.create({
      data: { campaignId: campaign.id, agentId: applicant.agentId, vivier: 1 },
    });
    const examined = await loadExamined(prisma, campaign);
    const ids = examined.map((e) => e.agent.id);
    expect(ids).toContain(applicant.agentId);
    expect(ids).not.toContain(silent.agentId);
    expect(examined.find((e) => e.agent.id === applicant.agentId)).toMatchObject({
      applied: true,
      viviers: [1],
    });
    // The next test creates the 2022 campaign through the form (one campaign a kind and year).
    await prisma.candidature.deleteMany({ where: { campaignId: campaign.id } });
    await prisma.campaign.delete({ where: { id: campaign.id } });
  });

  it("asks for the candidature window only when the campaign asks for a candidature (2017–2020 by default)", async () => {
    // Décret 2017-786: candidature for the campaigns 2017 to 2020; none from 2021.
    const y2020 = await createCampaignFromForm(
      prisma,
      admin,
      campaignFormSchema.parse({ ruleSet: "CE_2017_2023", year: "2020" }),
    );
    expect(y2020).toMatchObject({
      ok: false,
      field: "candidatureStart",
      message: "Cette campagne demande une période de dépôt des candidatures.",
    });
    // No candidature asked: a window typed anyway is refused, not dropped unseen.
    const withWindow = await createCampaignFromForm(
      prisma,
      admin,
      campaignFormSchema.parse({
        ruleSet: "CE_2017_2023",
        year: "2021",
        candidatureStart: "2021-03-02",
        candidatureEnd: "2021-03-23",
      }),
    );
    expect(withWindow).toMatchObject({
      ok: false,
      field: "candidatureStart",
      message:
        "Avec ces paramètres, cette campagne ne demande pas de candidature : laissez vides les dates du dépôt des candidatures.",
    });
    const y2021 = await createCampaignFromForm(
      prisma,
      admin,
      campaignFormSchema.parse({ ruleSet: "CE_2017_2023", year: "2021" }),
    );
    if (!y2021.ok) throw new Error(y2021.message);
    expect(await prisma.campaign.findUniqueOrThrow({ where: { id: y2021.id } })).toMatchObject({
      candidatureStart: null,
      candidatureEnd: null,
    });
    const asked = await createCampaignFromForm(
      prisma,
      admin,
      campaignFormSchema.parse({
        ruleSet: "CE_2017_2023",
        year: "2022",
        candidatureStart: "2022-03-02",
        candidatureEnd: "2022-03-23",
        parameters: JSON.stringify({ candidatureRequired: true }),
      }),
    );
    expect(asked.ok).toBe(true);
  });
});

describe("appréciations kept and avis renewed, as the rule set says", () => {
  it("keeps an earlier hors classe appréciation only while keepAppreciationUntilPromoted is on", async () => {
    const kept = await cn11({ nom: "Reprise" });
    const before = await createCampaign(prisma, {
      ruleSet: "HC_PE",
      year: 2018,
      status: "PUBLIEE",
    });
    await prisma.appreciation.create({
      data: { campaignId: before.id, agentId: kept.agentId, value: "EXCELLENT" },
    });
    const on = await createCampaign(prisma, {
      ruleSet: "HC_PE",
      year: 2026,
      status: "OUVERTE",
      opinionStart: isoDay(-5),
      opinionEnd: isoDay(5),
    });
    expect(
      (await proposedAppreciations(prisma, on.id, [kept.agentId])).get(kept.agentId),
    ).toMatchObject({ value: "EXCELLENT", source: "REPRISE" });
    // The IEN is asked for no avis on that agent: the row says why, and no count includes it.
    const list = (await inspectorCampaignList(ien, on.id))!;
    const row = list.rows.find((r) => r.agent.id === kept.agentId);
    expect(row?.kept).toEqual({ value: "EXCELLENT", from: before.title, published: true });
    const others = list.rows.filter((r) => !r.kept);
    expect(others.length).toBeGreaterThan(0);
    expect(list.asked).toBe(others.length);
    expect(filterRows(list.rows, { saisi: "non" }).map((r) => r.agent.id)).not.toContain(
      kept.agentId,
    );
    const closing = await closingReadiness(prisma, on, now);
    expect(closing).toMatchObject({ examined: list.asked, missingAvis: list.asked - list.given });
    await prisma.campaign.update({
      where: { id: on.id },
      data: { parameters: JSON.stringify({ keepAppreciationUntilPromoted: false }) },
    });
    expect(
      (await proposedAppreciations(prisma, on.id, [kept.agentId])).get(kept.agentId),
    ).toMatchObject({ value: null, source: null });
  });

  it("CE depuis 2024: a new campaign starts with last year's Très favorable, marked, which the IEN may change", async () => {
    const hc5 = (nom: string) =>
      teacher({ nom, grade: "HC", echelon: 5, echelonDate: "2021-09-01" });
    const [tf, fav, promotedTf] = [await hc5("TresFav"), await hc5("Fav"), await hc5("PromuTf")];
    const last = await createCampaign(prisma, {
      ruleSet: "CE_DEPUIS_2024",
      year: 2027,
      status: "PUBLIEE",
    });
    await prisma.opinion.createMany({
      data: [
        {
          campaignId: last.id,
          agentId: tf.agentId,
          authorId: ien.id,
          value: "TRES_FAVORABLE",
          reason: "Engagement remarquable.",
        },
        { campaignId: last.id, agentId: fav.agentId, authorId: ien.id, value: "FAVORABLE" },
        {
          campaignId: last.id,
          agentId: promotedTf.agentId,
          authorId: ien.id,
          value: "TRES_FAVORABLE",
          reason: "Promu.",
        },
      ],
    });
    await prisma.promotionResult.create({
      data: {
        campaignId: last.id,
        agentId: promotedTf.agentId,
        rank: 1,
        promoted: true,
        detail: "{}",
      },
    });

    const created = await createCampaignFromForm(
      prisma,
      admin,
      campaignFormSchema.parse({
        ruleSet: "CE_DEPUIS_2024",
        year: "2028",
        opinionStart: isoDay(-1),
        opinionEnd: isoDay(10),
      }),
    );
    if (!created.ok) throw new Error(created.message);
    const renewed = await prisma.opinion.findMany({ where: { campaignId: created.id } });
    expect(renewed.map((o) => [o.agentId, o.value, o.reason, o.renewedFromCampaignId])).toEqual([
      [tf.agentId, "TRES_FAVORABLE", "Engagement remarquable.", last.id],
    ]);
    // Opening again renews nothing twice.
    expect(await transitionCampaign(prisma, admin, created.id, "ouvrir")).toMatchObject({
      ok: true,
    });
    expect(await prisma.opinion.count({ where: { campaignId: created.id } })).toBe(1);
    // The IEN changes it: it is then the IEN's own avis of this campaign.
    expect(
      await saveOpinion(prisma, ien, {
        campaignId: created.id,
        agentId: tf.agentId,
        value: "FAVORABLE",
        reason: null,
        comment: null,
      }),
    ).toMatchObject({ ok: true });
    expect(
      await prisma.opinion.findUniqueOrThrow({
        where: { campaignId_agentId: { campaignId: created.id, agentId: tf.agentId } },
      }),
    ).toMatchObject({ value: "FAVORABLE", renewedFromCampaignId: null });

    // Renewed only from a published campaign; one published after the next was created
    // renews at its publication, into that next campaign while it is still draft or open.
    const hc5b = await hc5("TresFavTardif");
    const late = await createCampaign(prisma, {
      ruleSet: "CE_DEPUIS_2024",
      year: 2030,
      status: "CLOSE",
    });
    await prisma.opinion.create({
      data: {
        campaignId: late.id,
        agentId: hc5b.agentId,
        authorId: ien.id,
        value: "TRES_FAVORABLE",
        reason: "Très investi.",
      },
    });
    await prisma.promotionResult.create({
      data: { campaignId: late.id, agentId: tf.agentId, rank: 1, promoted: false, detail: "{}" },
    });
    // Its tableau computed after its data (publishing a stale one is refused).
    await prisma.campaign.update({
      where: { id: late.id },
      data: { tableauComputedAt: new Date() },
    });
    const nextYear = await createCampaignFromForm(
      prisma,
      admin,
      campaignFormSchema.parse({ ruleSet: "CE_DEPUIS_2024", year: "2031" }),
    );
    if (!nextYear.ok) throw new Error(nextYear.message);
    expect(await prisma.opinion.count({ where: { campaignId: nextYear.id } })).toBe(0);
    expect(await transitionCampaign(prisma, admin, late.id, "publier")).toMatchObject({ ok: true });
    expect(
      (await prisma.opinion.findMany({ where: { campaignId: nextYear.id } })).map((o) => [
        o.agentId,
        o.renewedFromCampaignId,
      ]),
    ).toEqual([[hc5b.agentId, late.id]]);

    // renewTresFavorable off: nothing is carried over.
    const off = await createCampaignFromForm(
      prisma,
      admin,
      campaignFormSchema.parse({
        ruleSet: "CE_DEPUIS_2024",
        year: "2029",
        parameters: JSON.stringify({ renewTresFavorable: false }),
      }),
    );
    if (!off.ok) throw new Error(off.message);
    expect(await prisma.opinion.count({ where: { campaignId: off.id } })).toBe(0);
  });
});
