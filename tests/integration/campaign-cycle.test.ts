import { beforeAll, describe, expect, it } from "vitest";
import { actAs, form } from "./session-mock";
import { prisma } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/session";
import {
  confirmProposedAppreciationsAction,
  deleteCampaignAction,
  importAppreciationsAction,
  saveAppreciationAction,
  setNotifiedContingentAction,
  transitionCampaignAction,
  updateCampaignAction,
} from "@/app/(gestion)/gestion/campagnes/actions";
import {
  createAdministrator,
  createCampaign,
  createCirconscription,
  createInspector,
  createTeacher,
} from "@/lib/seed/factories";
import { transitionCampaign } from "@/lib/campaigns/admin";
import { loadExamined } from "@/lib/campaigns/promouvables";
import { applyDuePromotionEffects } from "@/lib/campaigns/promotion-effect";
import { proposedAppreciations, saveAppreciation } from "@/lib/opinions/appreciations";
import { storeTableau } from "@/lib/results/tableau";
import { parameterFields } from "@/lib/campaigns/parameters-form";
import { GET as exportRoute } from "@/app/(gestion)/gestion/campagnes/[campaignId]/export/[kind]/route";
import { getRuleSet } from "@/lib/rules";
import { tableauStaleness } from "@/lib/results/staleness";
import { DEFAULT_DEPARTEMENT_ID } from "@/lib/departements/known";

// A DSDEN's campaigns from one year to the next (issue 15): promotions that take effect,
// decisions never silently lost, publication only of what was decided. Clocks are
// injected: the 2027 campaign runs "in 2027" without waiting for it.

function actor(id: string, role: CurrentUser["role"]): CurrentUser {
  return {
    id,
    role,
    agentId: null,
    circonscriptionIds: [],
    departementIds: [DEFAULT_DEPARTEMENT_ID],
    sessionId: "s",
    identifiant: id,
    displayName: id,
    passwordIsDefault: false,
    previousLoginAt: null,
    totpEnabled: false,
  };
}
const at = (iso: string) => new Date(`${iso}T10:00:00Z`);

let admin: CurrentUser;
let ienId: string;
let circoId: string;
const hc: Record<string, string> = {};

beforeAll(async () => {
  circoId = (await createCirconscription(prisma, { code: "C", name: "Cycle", departement: "31" }))
    .id;
  admin = actor(
    (await createAdministrator(prisma, { identifiant: "gest-cycle", password: "x".repeat(12) })).id,
    "GESTIONNAIRE",
  );
  ienId = (
    await createInspector(prisma, {
      identifiant: "ien-cycle",
      password: "x".repeat(12),
      circonscriptionIds: [circoId],
    })
  ).id;
  // Observation 31 August 2027: A 11th + 6 years, D 11th + 2 years, B 10th + 2 years, C 9th + 3 years.
  const plan = [
    { id: "a", echelon: 11, echelonDate: "2021-03-01" },
    { id: "b", echelon: 10, echelonDate: "2025-09-01" },
    { id: "c", echelon: 9, echelonDate: "2024-01-01" },
    { id: "d", echelon: 11, echelonDate: "2025-06-01" },
  ];
  for (const [i, p] of plan.entries()) {
    const t = await createTeacher(prisma, {
      identifiant: `cycle-${p.id}`,
      numen: `31E${String(6100000 + i)}CYC`,
      nom: `Cycle${p.id.toUpperCase()}`,
      prenom: "Agent",
      sexe: i % 2 ? "M" : "F",
      grade: "CN",
      echelon: p.echelon,
      echelonDate: p.echelonDate,
      circonscriptionId: circoId,
    });
    hc[p.id] = t.agentId;
  }
});

describe("two consecutive hors classe campaigns", () => {
  let c2027: string;

  it("publishes 2027 only once every appréciation is decided and the tableau is up to date", async () => {
    c2027 = (
      await createCampaign(prisma, {
        ruleSet: "HC_PE",
        year: 2027,
        status: "OUVERTE",
        opinionStart: "2027-03-01",
        opinionEnd: "2027-04-30",
        parameters: { contingent: { ratePercent: 50, base: "PROMOUVABLES", override: null } },
      })
    ).id;
    for (const [id, value] of [
      ["a", "EXCELLENT"],
      ["b", "EXCELLENT"],
      ["d", "TRES_SATISFAISANT"],
    ] as const) {
      expect(
        await saveAppreciation(prisma, admin, {
          campaignId: c2027,
          agentId: hc[id]!,
          value,
          opposed: false,
          oppositionReason: null,
        }),
      ).toMatchObject({ ok: true });
    }
    // C has only the IEN's avis: a proposal, not a decision.
    await prisma.opinion.create({
      data: { campaignId: c2027, agentId: hc.c!, authorId: ienId, value: "SATISFAISANT" },
    });
    expect(await transitionCampaign(prisma, admin, c2027, "clore", at("2027-05-30"))).toMatchObject(
      { ok: true },
    );
    expect(await storeTableau(prisma, admin, c2027)).toMatchObject({ ok: true, rows: 4 });

    const refused = await transitionCampaign(prisma, admin, c2027, "publier", at("2027-06-30"));
    expect(refused).toMatchObject({ ok: false });
    expect(!refused.ok && refused.message).toMatch(
      /^1 appréciation\(s\) sur 4 ne sont pas arrêtées \(1 proposée\(s\)/,
    );

    actAs(admin);
    const bulk = await confirmProposedAppreciationsAction(undefined, form({ campaignId: c2027 }));
    expect(bulk).toMatchObject({ ok: true, message: "1 appréciation(s) proposée(s) arrêtée(s)." });
    expect(
      (
        await prisma.appreciation.findUniqueOrThrow({
          where: { campaignId_agentId: { campaignId: c2027, agentId: hc.c! } },
        })
      ).value,
    ).toBe("SATISFAISANT");

    // The decision changed the data the draft was computed from.
    const campaign = await prisma.campaign.findUniqueOrThrow({ where: { id: c2027 } });
    expect(await tableauStaleness(prisma, campaign)).toMatchObject({
      stale: true,
      reasons: ["1 appréciation(s) modifiée(s)"],
    });
    const stale = await transitionCampaign(prisma, admin, c2027, "publier", at("2027-06-30"));
    expect(!stale.ok && stale.message).toMatch(
      /^Le tableau n'est plus à jour \(1 appréciation\(s\) modifiée\(s\) depuis son calcul\) : recalculez-le/,
    );

    expect(await storeTableau(prisma, admin, c2027)).toMatchObject({ ok: true });
    // A dossier of another département changes nothing to this table.
    const ariege = await createCirconscription(prisma, {
      code: "CY09",
      name: "Cycle Pamiers",
      departement: "09",
    });
    await createTeacher(prisma, {
      identifiant: "cycle.ariege",
      numen: "09E6666666CYC",
      nom: "Ailleurs",
      prenom: "Lucie",
      grade: "CN",
      echelon: 9,
      echelonDate: "2024-09-01",
      circonscriptionId: ariege.id,
    });
    const fresh = await prisma.campaign.findUniqueOrThrow({ where: { id: c2027 } });
    expect(await tableauStaleness(prisma, fresh)).toMatchObject({ stale: false, reasons: [] });
    expect(
      await transitionCampaign(prisma, admin, c2027, "publier", at("2027-06-30")),
    ).toMatchObject({ ok: true });
    const promoted = await prisma.promotionResult.findMany({
      where: { campaignId: c2027, promoted: true },
      select: { agentId: true },
    });
    expect(promoted.map((p) => p.agentId).sort()).toEqual([hc.a, hc.d].sort());
    // Every agent examined is told with the publication, once.
    const examined = await prisma.promotionResult.count({ where: { campaignId: c2027 } });
    expect(
      await prisma.outboxMessage.count({
        where: {
          subject: { startsWith: "Résultats publiés — " },
          body: { contains: `/siap/${c2027}/resultats` },
        },
      }),
    ).toBe(examined);
  });

  it("examines none of the 2027 promoted in 2028, from publication on, and keeps the others' appréciations", async () => {
    const c2028 = await createCampaign(prisma, { ruleSet: "HC_PE", year: 2028, status: "OUVERTE" });
    // Before 1 September 2027 the promoted are still in the classe normale: the publication excludes them.
    const examined = (await loadExamined(prisma, c2028)).map((e) => e.agent.id);
    expect(examined.sort()).toEqual([hc.b, hc.c].sort());
    const kept = await proposedAppreciations(prisma, c2028.id, examined);
    expect(kept.get(hc.b!)).toMatchObject({ value: "EXCELLENT", source: "REPRISE" });
    expect(kept.get(hc.c!)).toMatchObject({ value: "SATISFAISANT", source: "REPRISE" });
  });

  it("takes effect on 1 September 2027, once, by the reclassement table, with career history and audit", async () => {
    expect(await applyDuePromotionEffects(prisma, at("2027-08-31"))).toEqual({
      applied: 0,
      skipped: [],
    });
    expect(await applyDuePromotionEffects(prisma, at("2027-09-01"))).toEqual({
      applied: 2,
      skipped: [],
    });
    expect(await applyDuePromotionEffects(prisma, at("2027-09-02"))).toEqual({
      applied: 0,
      skipped: [],
    });

    const a = await prisma.agent.findUniqueOrThrow({
      where: { id: hc.a! },
      include: { careerEvents: true },
    });
    // 11th CN → 3rd HC, seniority kept within the 2 years 6 months of the 3rd HC échelon.
    expect([
      a.grade,
      a.echelon,
      a.echelonDate.toISOString().slice(0, 10),
      a.gradeDate.toISOString().slice(0, 10),
    ]).toEqual(["HC", 3, "2025-03-01", "2027-09-01"]);
    const d = await prisma.agent.findUniqueOrThrow({ where: { id: hc.d! } });
    expect([d.grade, d.echelon, d.echelonDate.toISOString().slice(0, 10)]).toEqual([
      "HC",
      3,
      "2025-06-01",
    ]);
    expect(a.careerEvents.filter((e) => e.nature.startsWith("Promotion de grade"))).toHaveLength(1);
    const audit = await prisma.auditLog.findMany({ where: { action: "promotion.effect" } });
    expect(audit).toHaveLength(2);
    expect(JSON.parse(audit[0]!.after!).citation).toMatch(
      /Décret n° 90-680 du 1er août 1990, art\. 25/,
    );
    const b = await prisma.agent.findUniqueOrThrow({ where: { id: hc.b! } });
    expect(b.grade).toBe("CN");
  });
});

describe("exports", () => {
  it("gives the published tableau, the results and the appréciations in CSV and xlsx, under readable names", async () => {
    const c2027 = await prisma.campaign.findFirstOrThrow({
      where: { kind: "HORS_CLASSE", year: 2027 },
    });
    const get = (kind: string, format: string) =>
      exportRoute(
        new Request(
          `http://localhost/gestion/campagnes/${c2027.id}/export/${kind}?format=${format}`,
        ),
        { params: Promise.resolve({ campaignId: c2027.id, kind }) },
      );
    actAs(null);
    expect((await get("tableau", "csv")).status).toBe(401);
    actAs(admin);
    const csv = await get("tableau", "csv");
    expect(csv.headers.get("content-disposition")).toMatch(
      /^attachment; filename="tableau-d-avancement-hors-classe-2027-\d{4}-\d{2}-\d{2}\.csv"; filename\*=UTF-8''/,
    );
    const bytes = new Uint8Array(await csv.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // UTF-8 BOM, for Excel
    const lines = new TextDecoder().decode(bytes).split("\r\n");
    expect(lines[0]).toBe(
      "Rang;Vivier;Nom;Prénom;Identifiant;Circonscription;Sexe;Barème;Détail du barème;Résultat;Motif",
    );
    expect(lines).toHaveLength(5);
    expect(lines[1]).toMatch(
      /^1;;CycleA;Agent;cycle-a;Cycle;F;240;"Appréciation : Excellent : 120 ; .+";Promu\(e\);$/,
    );
    const results = await (await get("resultats", "csv")).text();
    expect(results.split("\r\n")).toHaveLength(3);
    const xlsx = await get("appreciations", "xlsx");
    expect(xlsx.headers.get("content-type")).toBe(
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    );
    const { default: ExcelJS } = await import("exceljs");
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await xlsx.arrayBuffer()) as never);
    const sheet = book.worksheets[0]!;
    expect(sheet.name).toBe("Appréciations");
    expect(sheet.getRow(1).getCell(1).value).toBe("Nom");
    // Header + B and C: A and D are hors classe since 1 September (selection by the current
    // grade; selection by the career at the observation date is issue 10's).
    expect(sheet.rowCount).toBe(3);
    expect((await get("inconnu", "csv")).status).toBe(404);
  });
});

describe("a classe exceptionnelle promotion", () => {
  it("is never examined again by a later CE campaign", async () => {
    const t = await createTeacher(prisma, {
      identifiant: "cycle-ce",
      numen: "31E6200000CEX",
      nom: "Exceptionnelle",
      prenom: "Agent",
      grade: "HC",
      echelon: 6,
      echelonDate: "2020-09-01",
      circonscriptionId: circoId,
    });
    const ce2027 = await createCampaign(prisma, {
      ruleSet: "CE_DEPUIS_2024",
      year: 2027,
      status: "PUBLIEE",
    });
    const ce2028 = await createCampaign(prisma, {
      ruleSet: "CE_DEPUIS_2024",
      year: 2028,
      status: "OUVERTE",
    });
    expect((await loadExamined(prisma, ce2028, { id: t.agentId })).length).toBe(1);
    await prisma.promotionResult.create({
      data: { campaignId: ce2027.id, agentId: t.agentId, rank: 1, promoted: true, detail: "{}" },
    });
    expect((await loadExamined(prisma, ce2028, { id: t.agentId })).length).toBe(0);
    // The campaign that promoted them still shows them.
    expect((await loadExamined(prisma, ce2027, { id: t.agentId })).length).toBe(1);
  });
});

describe("the DASEN's opposition", () => {
  let campaignId: string;
  beforeAll(async () => {
    campaignId = (await createCampaign(prisma, { ruleSet: "HC_PE", year: 2029, status: "OUVERTE" }))
      .id;
    // In 2029 B is still in the classe normale (10th + 4 years).
  });

  it("keeps what was entered when refused, then stores it with its reason", async () => {
    actAs(admin);
    const refused = await saveAppreciationAction(
      undefined,
      form({
        campaignId,
        agentId: hc.b!,
        value: "SATISFAISANT",
        opposed: "on",
        oppositionReason: "",
      }),
    );
    expect(refused).toMatchObject({
      ok: false,
      errors: { oppositionReason: ["L'opposition à une promotion doit être motivée par écrit."] },
    });
    expect(refused.values).toMatchObject({ value: "SATISFAISANT", opposed: "on" });

    const saved = await saveAppreciationAction(
      undefined,
      form({
        campaignId,
        agentId: hc.b!,
        value: "SATISFAISANT",
        opposed: "on",
        oppositionReason: "Manquements graves et répétés.",
      }),
    );
    expect(saved).toMatchObject({
      ok: true,
      values: { opposed: "on", oppositionReason: "Manquements graves et répétés." },
    });
    const stored = await prisma.appreciation.findUniqueOrThrow({
      where: { campaignId_agentId: { campaignId, agentId: hc.b! } },
    });
    expect([stored.opposed, stored.oppositionReason]).toEqual([
      true,
      "Manquements graves et répétés.",
    ]);
  });

  it("refuses a reason typed without the box ticked instead of dropping it", async () => {
    actAs(admin);
    const state = await saveAppreciationAction(
      undefined,
      form({
        campaignId,
        agentId: hc.b!,
        value: "SATISFAISANT",
        oppositionReason: "Motif sans case cochée",
      }),
    );
    expect(state).toMatchObject({
      ok: false,
      errors: {
        opposed: ["Cochez « Opposition du DASEN » pour enregistrer ce motif, ou effacez-le."],
      },
    });
    expect(
      (
        await prisma.appreciation.findUniqueOrThrow({
          where: { campaignId_agentId: { campaignId, agentId: hc.b! } },
        })
      ).opposed,
    ).toBe(true);
  });
});

describe("the appréciations CSV import", () => {
  it("reads Windows-1252, gives each line of the file one outcome, once, by its own line number", async () => {
    const campaignId = (
      await prisma.campaign.findFirstOrThrow({ where: { kind: "HORS_CLASSE", year: 2029 } })
    ).id;
    const text =
      'identifiant;appreciation\r\ncycle-c;Très satisfaisant\r\n\r\ncycle-c;Excellent\r\ninconnu;Excellent\r\ncycle-b;"Satisfaisant\r\n';
    // Windows-1252, as Excel saves it: "è" is the single byte 0xE8.
    const bytes = Uint8Array.from(text, (ch) => (ch === "è" ? 0xe8 : ch.charCodeAt(0)));
    actAs(admin);
    const state = await importAppreciationsAction(
      undefined,
      form({ campaignId, fichier: new File([bytes], "appreciations.csv", { type: "text/csv" }) }),
    );
    expect(state.message).toBe(
      "1 appréciation(s) enregistrée(s), 3 ligne(s) rejetée(s). ligne 4 : Agent déjà présent ligne 2 : cette ligne n'est pas prise en compte. ; ligne 5 : Agent introuvable (colonne identifiant ou numen). ; ligne 6 : Ligne illisible (Quoted field unterminated) : vérifiez les guillemets et le séparateur.",
    );
    expect(
      (
        await prisma.appreciation.findUniqueOrThrow({
          where: { campaignId_agentId: { campaignId, agentId: hc.c! } },
        })
      ).value,
    ).toBe("TRES_SATISFAISANT");
    // The unreadable line was not imported: B keeps the appréciation set before.
    expect(
      (
        await prisma.appreciation.findUniqueOrThrow({
          where: { campaignId_agentId: { campaignId, agentId: hc.b! } },
        })
      ).opposed,
    ).toBe(true);
  });
});

describe("caps on the best appréciations", () => {
  it("warns while entering and refuses to publish past the cap without a reason, recorded in the audit", async () => {
    // Échelon spécial 2023: CE 4th échelon with 3 years; caps 20 % of 5 → 1 Excellent at most.
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      ids.push(
        (
          await createTeacher(prisma, {
            identifiant: `cycle-es${i}`,
            numen: `31E${String(6300000 + i)}ESP`,
            nom: `Special${i}`,
            prenom: "Agent",
            grade: "CE",
            echelon: 4,
            echelonDate: "2019-09-01",
            circonscriptionId: circoId,
          })
        ).agentId,
      );
    }
    const es = await createCampaign(prisma, {
      ruleSet: "ES_JUSQU_2023",
      year: 2023,
      status: "OUVERTE",
    });
    actAs(admin);
    expect(
      await saveAppreciationAction(
        undefined,
        form({ campaignId: es.id, agentId: ids[0]!, value: "EXCELLENT" }),
      ),
    ).toMatchObject({ ok: true, message: "Appréciation enregistrée." });
    const second = await saveAppreciationAction(
      undefined,
      form({ campaignId: es.id, agentId: ids[1]!, value: "EXCELLENT" }),
    );
    expect(second.message).toBe(
      "Appréciation enregistrée. Attention : 2 « Excellent » pour 1 au plus (20 % de 5 promouvable(s)). La publication demandera un motif.",
    );
    for (const id of ids.slice(2))
      await saveAppreciation(prisma, admin, {
        campaignId: es.id,
        agentId: id,
        value: "SATISFAISANT",
        opposed: false,
        oppositionReason: null,
      });
    expect(await transitionCampaign(prisma, admin, es.id, "clore", at("2023-06-01"))).toMatchObject(
      { ok: true },
    );
    expect(await storeTableau(prisma, admin, es.id)).toMatchObject({ ok: true });

    const refused = await transitionCampaignAction(
      undefined,
      form({ id: es.id, transition: "publier", capsReason: "court" }),
    );
    expect(refused.message).toMatch(/^Plafond dépassé : 2 « Excellent » pour 1 au plus/);
    expect(refused.values).toMatchObject({ capsReason: "court" });
    await expect(
      transitionCampaignAction(
        undefined,
        form({
          id: es.id,
          transition: "publier",
          capsReason: "Deux dossiers exceptionnels, validés par le DASEN.",
        }),
      ),
    ).rejects.toThrow(/NEXT_REDIRECT/);
    const audit = await prisma.auditLog.findFirstOrThrow({
      where: { action: "campaign.publier", entityId: es.id },
    });
    expect(JSON.parse(audit.after!).capsExceeded).toMatchObject({
      reason: "Deux dossiers exceptionnels, validés par le DASEN.",
      caps: [{ level: "EXCELLENT", count: 2, max: 1 }],
    });
  });
});

describe("closing early", () => {
  it("asks for a confirmation and dates the accusés with the real closing", async () => {
    const t = await createTeacher(prisma, {
      identifiant: "cycle-cand",
      numen: "31E6400000CAN",
      nom: "Candidate",
      prenom: "Agent",
      grade: "HC",
      echelon: 4,
      echelonDate: "2017-09-01",
      circonscriptionId: circoId,
    });
    const ce = await createCampaign(prisma, {
      ruleSet: "CE_2017_2023",
      year: 2020,
      status: "OUVERTE",
      candidatureStart: "2020-03-02",
      candidatureEnd: "2020-03-23",
    });
    await prisma.candidature.create({ data: { campaignId: ce.id, agentId: t.agentId, vivier: 1 } });
    const refused = await transitionCampaign(prisma, admin, ce.id, "clore", at("2020-03-10"));
    expect(refused).toMatchObject({
      ok: false,
      field: "confirmEarly",
      message:
        "Clôture anticipée : le dépôt des candidatures court jusqu'au 23/03/2020. Confirmez la clôture anticipée pour continuer.",
    });
    expect(
      await transitionCampaign(prisma, admin, ce.id, "clore", at("2020-03-10"), {
        confirmEarly: true,
      }),
    ).toMatchObject({ ok: true });
    const mail = await prisma.outboxMessage.findFirstOrThrow({
      where: { kind: "accuse-reception", body: { contains: "Candidate" } },
    });
    expect(mail.body).toContain("Le dépôt des candidatures a été clos le 10/03/2020.");
    expect(mail.body).not.toContain("23/03/2020");
  });
});

describe("campaign parameters as a form", () => {
  it("answers in French on the field, keeps what was typed, stores a valid change and warns of incoherent windows", async () => {
    const campaign = await createCampaign(prisma, {
      ruleSet: "CE_2017_2023",
      year: 2030,
      candidatureStart: "2030-03-02",
      candidatureEnd: "2030-03-23",
    });
    const fields: Record<string, string> = {};
    for (const f of parameterFields(getRuleSet("CE_2017_2023").defaultParameters(2030))) {
      if (f.kind === "multi")
        for (const v of f.value.split(",").filter(Boolean)) fields[`${f.name}:${v}`] = "on";
      else fields[f.name] = f.value;
    }
    const base = {
      id: campaign.id,
      ruleSet: "CE_2017_2023",
      year: "2030",
      candidatureStart: "2030-03-02",
      candidatureEnd: "2030-03-23",
      opinionStart: "2030-03-20",
      opinionEnd: "2030-04-20",
    };
    actAs(admin);
    const refused = await updateCampaignAction(
      undefined,
      form({ ...base, ...fields, "p.vivier2.echelon": "15", "p.contingent.ratePercent": "" }),
    );
    expect(refused).toMatchObject({
      ok: false,
      errors: {
        "p.vivier2.echelon": ["Valeur maximale : 7."],
        "p.contingent.ratePercent": ["Renseignez ce champ."],
      },
    });
    expect(refused.values).toMatchObject({ "p.vivier2.echelon": "15", opinionStart: "2030-03-20" });

    const saved = await updateCampaignAction(
      undefined,
      form({
        ...base,
        ...fields,
        "p.contingent.notified": "12",
        "p.candidatureRequired": "on",
        "p.appreciationCaps.EXCELLENT": "25",
      }),
    );
    expect(saved.ok).toBe(true);
    expect(saved.message).toContain(
      "vaut pour les campagnes 2017–2023 : vérifiez qu'elle convient à 2030.",
    );
    expect(saved.message).toContain(
      "La saisie des avis commence avant la fin du dépôt des candidatures",
    );
    const stored = JSON.parse(
      (await prisma.campaign.findUniqueOrThrow({ where: { id: campaign.id } })).parameters,
    );
    expect(stored.contingent.notified).toBe(12);
    expect(stored.appreciationCaps.EXCELLENT).toBe(25);
  });
});

describe("deleting a campaign", () => {
  it("deletes a draft, with its audit, and refuses any other", async () => {
    const draft = await createCampaign(prisma, { ruleSet: "HC_PE", year: 2031 });
    const open = await createCampaign(prisma, { ruleSet: "HC_PE", year: 2032, status: "OUVERTE" });
    actAs(admin);
    expect(await deleteCampaignAction(undefined, form({ id: open.id }))).toMatchObject({
      ok: false,
      message: "Seule une campagne en préparation peut être supprimée.",
    });
    await expect(deleteCampaignAction(undefined, form({ id: draft.id }))).rejects.toThrow(
      /NEXT_REDIRECT/,
    );
    expect(await prisma.campaign.count({ where: { id: draft.id } })).toBe(0);
    expect(
      await prisma.auditLog.count({ where: { action: "campaign.delete", entityId: draft.id } }),
    ).toBe(1);
  });
});

describe("the contingent notified while the campaign runs", () => {
  it("is entered until publication, makes a computed tableau stale and sets the number of promotions", async () => {
    const id = (
      await createCampaign(prisma, {
        ruleSet: "HC_PE",
        year: 2040,
        status: "OUVERTE",
        parameters: { contingent: { ratePercent: 50 } },
      })
    ).id;
    const promoted = () =>
      prisma.promotionResult.count({ where: { campaignId: id, promoted: true } });
    const stored = async () =>
      JSON.parse((await prisma.campaign.findUniqueOrThrow({ where: { id } })).parameters).contingent
        .notified;
    actAs(admin);
    expect(
      await setNotifiedContingentAction(undefined, form({ campaignId: id, notified: "deux" })),
    ).toMatchObject({
      ok: false,
      errors: { notified: ["Saisissez un nombre entier de promotions, ou laissez vide."] },
    });
    expect(
      await setNotifiedContingentAction(undefined, form({ campaignId: id, notified: "1" })),
    ).toMatchObject({
      ok: true,
      message: "Contingent notifié enregistré : 1 promotion. Il s'applique au calcul du tableau.",
    });
    expect(await stored()).toBe(1);
    // The same number again changes nothing, and leaves the tableau as it is.
    expect(
      await setNotifiedContingentAction(undefined, form({ campaignId: id, notified: "1" })),
    ).toMatchObject({ ok: true });
    expect(
      await prisma.auditLog.count({
        where: { action: "campaign.contingent.notified", entityId: id },
      }),
    ).toBe(1);

    expect(await transitionCampaign(prisma, admin, id, "clore", at("2040-05-30"))).toMatchObject({
      ok: true,
    });
    expect(await storeTableau(prisma, admin, id)).toMatchObject({ ok: true });
    expect(await promoted()).toBe(1);

    // The ministry notifies again after the computation: the tableau must be computed again.
    expect(
      await setNotifiedContingentAction(undefined, form({ campaignId: id, notified: "0" })),
    ).toMatchObject({ ok: true });
    const campaign = await prisma.campaign.findUniqueOrThrow({ where: { id } });
    expect(await tableauStaleness(prisma, campaign)).toMatchObject({
      stale: true,
      reasons: ["contingent notifié modifié"],
    });
    expect(await storeTableau(prisma, admin, id)).toMatchObject({ ok: true });
    expect(await promoted()).toBe(0);
    expect(
      await prisma.auditLog.count({
        where: { action: "campaign.contingent.notified", entityId: id },
      }),
    ).toBe(2);

    expect(
      await setNotifiedContingentAction(undefined, form({ campaignId: id, notified: "" })),
    ).toMatchObject({
      ok: true,
      message: "Contingent notifié effacé : le contingent calculé s'applique au calcul du tableau.",
    });
    expect(await stored()).toBeNull();
  });

  it("is refused once published, and out of the gestionnaire's départements", async () => {
    const published = await createCampaign(prisma, {
      ruleSet: "HC_PE",
      year: 2041,
      status: "PUBLIEE",
    });
    actAs(admin);
    expect(
      await setNotifiedContingentAction(
        undefined,
        form({ campaignId: published.id, notified: "3" }),
      ),
    ).toMatchObject({
      ok: false,
      message: "Les résultats sont publiés : le contingent ne change plus.",
    });
    const draft = await createCampaign(prisma, { ruleSet: "HC_PE", year: 2043 });
    expect(
      await setNotifiedContingentAction(undefined, form({ campaignId: draft.id, notified: "3" })),
    ).toMatchObject({
      ok: false,
      message: "Une campagne en préparation se modifie par le formulaire de ses paramètres.",
    });
    const open = await createCampaign(prisma, { ruleSet: "HC_PE", year: 2042, status: "OUVERTE" });
    actAs({ ...admin, departementIds: ["ailleurs"] });
    expect(
      await setNotifiedContingentAction(undefined, form({ campaignId: open.id, notified: "3" })),
    ).toMatchObject({ ok: false, message: "Cette campagne n'existe pas." });
    expect(
      JSON.parse((await prisma.campaign.findUniqueOrThrow({ where: { id: open.id } })).parameters)
        .contingent.notified,
    ).toBeNull();
  });
});
