import { beforeAll, describe, expect, it } from "vitest";
import { actAs, form } from "./session-mock";
import { prisma } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/session";
import { FORBIDDEN_MESSAGE, type ActionState } from "@/lib/actions/safe-action";
import { DEFAULT_DEPARTEMENT_ID, departementIdOf } from "@/lib/departements/known";
import {
  createAcademieAccount,
  createAdministrator,
  createCampaign,
  createCirconscription,
  createInspector,
  createTeacher,
} from "@/lib/seed/factories";

// The département half of the authorization matrix (issue 12): a gestionnaire of Ariège
// calls every gestionnaire action and route on Haute-Garonne's real data, with forms that
// would pass, and reaches nothing; the académie reads and changes nothing. The same calls
// by Haute-Garonne's gestionnaire succeed, so that the refusals are not an empty form's.
type Action = (prev: ActionState | undefined, data: FormData) => Promise<ActionState>;
type RouteHandler = (
  request: Request,
  context?: { params: Promise<Record<string, string>> },
) => Promise<Response>;

const ARIEGE = departementIdOf("09");
const user = (
  id: string,
  role: CurrentUser["role"],
  departementIds: string[],
  agentId: string | null = null,
): CurrentUser => ({
  id,
  role,
  agentId,
  circonscriptionIds: [],
  departementIds,
  sessionId: "s",
  identifiant: id,
  displayName: id,
  passwordIsDefault: false,
  previousLoginAt: null,
  totpEnabled: false,
});

let ids: {
  agent: string;
  userId: string;
  fonction: string;
  correction: string;
  document: string;
  qualification: string;
  draft: string;
  closed: string;
  numen: string;
};
let gestion31: CurrentUser;
let gestion09: CurrentUser;
let academie: CurrentUser;

async function call(
  path: string,
  name: string,
  values: Record<string, string | Blob>,
): Promise<ActionState> {
  const mod = (await import(/* @vite-ignore */ path)) as Record<string, Action>;
  try {
    return await mod[name]!(undefined, form(values));
  } catch (error) {
    // A success ends in redirect(): a thrown NEXT_REDIRECT is a write that went through.
    if (String((error as { digest?: string }).digest ?? error).includes("NEXT_REDIRECT"))
      return { ok: true, message: "redirect" };
    throw error;
  }
}

beforeAll(async () => {
  const circo = await createCirconscription(prisma, {
    code: "HG-N",
    name: "Toulouse Nord",
    departement: "31",
  });
  await createCirconscription(prisma, { code: "AR-P", name: "Pamiers", departement: "09" });
  const numen = "31E2000001HGN";
  const t = await createTeacher(prisma, {
    identifiant: "hg.teacher",
    numen,
    nom: "Garonne",
    prenom: "Hélène",
    grade: "HC",
    echelon: 4,
    echelonDate: "2022-09-01",
    circonscriptionId: circo.id,
    functions: [
      { kind: "DIRECTEUR_ECOLE", startDate: "2015-09-01", status: "A_VERIFIER", source: "AGENT" },
    ],
    qualifications: [{ kind: "Diplôme", title: "Master MEEF", obtainedAt: "2012-06-30" }],
  });
  const doc = await prisma.document.create({
    data: {
      agentId: t.agentId,
      filename: "arrete.pdf",
      mimeType: "application/pdf",
      size: 4,
      sha256: "0".repeat(64),
      content: new Uint8Array([37, 80, 68, 70]),
    },
  });
  const correction = await prisma.correctionRequest.create({
    data: {
      agentId: t.agentId,
      section: "SITUATION",
      description: "Échelon erroné",
      documentId: doc.id,
    },
  });
  const fonction = await prisma.functionMission.findFirstOrThrow({ where: { agentId: t.agentId } });
  const qualification = await prisma.qualification.findFirstOrThrow({
    where: { agentId: t.agentId },
  });
  await createInspector(prisma, {
    identifiant: "ien-hg",
    password: "x".repeat(12),
    circonscriptionIds: [circo.id],
  });
  const draft = await createCampaign(prisma, {
    ruleSet: "CE_2017_2023",
    year: 2031,
    status: "BROUILLON",
  });
  const closed = await createCampaign(prisma, { ruleSet: "HC_PE", year: 2031, status: "CLOSE" });
  const a31 = await createAdministrator(prisma, {
    identifiant: "gest-31",
    password: "x".repeat(12),
  });
  const a09 = await createAdministrator(prisma, {
    identifiant: "gest-09",
    password: "x".repeat(12),
    departements: ["09"],
  });
  const rect = await createAcademieAccount(prisma, {
    identifiant: "rectorat",
    password: "x".repeat(12),
  });
  ids = {
    agent: t.agentId,
    userId: t.userId,
    fonction: fonction.id,
    correction: correction.id,
    document: doc.id,
    qualification: qualification.id,
    draft: draft.id,
    closed: closed.id,
    numen,
  };
  gestion31 = user(a31.id, "GESTIONNAIRE", [DEFAULT_DEPARTEMENT_ID]);
  gestion09 = user(a09.id, "GESTIONNAIRE", [ARIEGE]);
  academie = user(rect.id, "ACADEMIE", [ARIEGE, DEFAULT_DEPARTEMENT_ID]);
});

const GESTION = "@/app/(gestion)/gestion/actions";
const CAMPAGNES = "@/app/(gestion)/gestion/campagnes/actions";
const AGENTS = "@/app/(gestion)/gestion/agents/[agentId]/actions";
const DOSSIER = "@/app/(enseignant)/dossier/actions";
const IMPORT = "@/app/(gestion)/gestion/import/actions";
const CARRIERES = "@/app/(gestion)/gestion/import/carrieres/actions";

/** Every gestionnaire write, with a form that passes validation, on Haute-Garonne's data. */
const writes = (): [string, string, Record<string, string | Blob>][] => [
  [
    GESTION,
    "reviewFunctionAction",
    { id: ids.fonction, decision: "REFUSEE", note: "Pièce illisible" },
  ],
  [
    GESTION,
    "treatCorrectionAction",
    { id: ids.correction, decision: "REJETEE", answer: "Votre échelon est exact." },
  ],
  [AGENTS, "deactivateAgentAction", { agentId: ids.agent, reason: "Mutation" }],
  [AGENTS, "unblockAccountAction", { agentId: ids.agent, userId: ids.userId }],
  [
    DOSSIER,
    "deleteEntryAction",
    { entry: "qualification", id: ids.qualification, agentId: ids.agent },
  ],
  [
    CAMPAGNES,
    "updateCampaignAction",
    { id: ids.draft, ruleSet: "CE_2017_2023", year: "2031", title: "Renommée" },
  ],
  [
    CAMPAGNES,
    "saveAppreciationAction",
    { campaignId: ids.closed, agentId: ids.agent, value: "EXCELLENT" },
  ],
  [CAMPAGNES, "computeTableauAction", { campaignId: ids.closed }],
  [
    CAMPAGNES,
    "createCampaignAction",
    { ruleSet: "HC_PE", year: "2032", departementIds: DEFAULT_DEPARTEMENT_ID },
  ],
  [CAMPAGNES, "transitionCampaignAction", { id: ids.draft, transition: "ouvrir" }],
  [CAMPAGNES, "deleteCampaignAction", { id: ids.draft }],
  [CAMPAGNES, "setNotifiedContingentAction", { campaignId: ids.closed, notified: "7" }],
];

async function snapshot() {
  const [
    fonction,
    correction,
    agent,
    qualification,
    draft,
    campaigns31,
    appreciations,
    results,
    changes,
  ] = await Promise.all([
    prisma.functionMission.findUniqueOrThrow({
      where: { id: ids.fonction },
      select: { status: true },
    }),
    prisma.correctionRequest.findUniqueOrThrow({
      where: { id: ids.correction },
      select: { status: true },
    }),
    prisma.agent.findUniqueOrThrow({ where: { id: ids.agent }, select: { inactiveAt: true } }),
    prisma.qualification.count({ where: { id: ids.qualification } }),
    prisma.campaign.findUnique({ where: { id: ids.draft }, select: { status: true, title: true } }),
    prisma.campaign.count({ where: { departementId: DEFAULT_DEPARTEMENT_ID } }),
    prisma.appreciation.count(),
    prisma.promotionResult.count(),
    prisma.auditLog.count({ where: { action: { not: "access.refused" } } }),
  ]);
  return {
    fonction,
    correction,
    agent,
    qualification,
    draft,
    campaigns31,
    appreciations,
    results,
    changes,
  };
}

describe("a gestionnaire of another département", () => {
  it("changes nothing of Haute-Garonne through any action, whatever the ids given", async () => {
    const before = await snapshot();
    for (const [path, name, values] of writes()) {
      actAs(gestion09);
      const state = await call(path, name, values);
      expect([name, state.ok]).toEqual([name, false]);
    }
    // An import into Haute-Garonne is refused; into Ariège, Haute-Garonne's circonscription is unknown.
    const csv = new Blob(
      [
        `numen;nom;prenom;sexe;date_naissance;grade;echelon;date_echelon;circonscription_code\n31E2000002HGN;Nouvelle;Agente;F;1985-01-01;CN;5;2022-09-01;HG-N\n`,
      ],
      { type: "text/csv" },
    );
    for (const departement of [DEFAULT_DEPARTEMENT_ID, undefined]) {
      actAs(gestion09);
      const state = await call(IMPORT, "importAgentsAction", {
        intent: "importer",
        importId: "a".repeat(32),
        fichier: new File([csv], "agents.csv"),
        ...(departement ? { departement } : {}),
      });
      expect(state.ok).toBe(false);
    }
    // A career file naming Haute-Garonne's agent by NUMEN finds no such agent.
    actAs(gestion09);
    const career = await call(CARRIERES, "importCareerAction", {
      intent: "importer",
      importId: "b".repeat(32),
      fichier: new File(
        [`numen;grade;echelon;date_effet\n${ids.numen};HC;5;01/09/2024\n`],
        "carrieres.csv",
        { type: "text/csv" },
      ),
    });
    expect([career.ok, career.message]).toEqual([false, expect.anything()]);
    expect(await snapshot()).toEqual(before);
    expect(await prisma.agent.count({ where: { nom: "Nouvelle" } })).toBe(0);
  });

  it("while Haute-Garonne's own gestionnaire does each of these", async () => {
    actAs(gestion31);
    expect(
      (
        await call(GESTION, "reviewFunctionAction", {
          id: ids.fonction,
          decision: "REFUSEE",
          note: "Pièce illisible",
        })
      ).ok,
    ).toBe(true);
    expect(
      (
        await call(GESTION, "treatCorrectionAction", {
          id: ids.correction,
          decision: "REJETEE",
          answer: "Votre échelon est exact.",
        })
      ).ok,
    ).toBe(true);
    expect(
      (
        await call(CAMPAGNES, "updateCampaignAction", {
          id: ids.draft,
          ruleSet: "CE_2017_2023",
          year: "2031",
          title: "Renommée",
        })
      ).ok,
    ).toBe(true);
    expect(
      (await call(AGENTS, "deactivateAgentAction", { agentId: ids.agent, reason: "Mutation" })).ok,
    ).toBe(true);
    expect((await call(AGENTS, "reactivateAgentAction", { agentId: ids.agent })).ok).toBe(true);
  });
});

describe("the académie", () => {
  it("is refused every write, and reads a document of any département", async () => {
    const before = await snapshot();
    for (const [path, name, values] of writes()) {
      actAs(academie);
      const state = await call(path, name, values);
      expect([name, state.message]).toEqual([name, FORBIDDEN_MESSAGE]);
    }
    expect(await snapshot()).toEqual(before);
    const { GET } = (await import("@/app/documents/[documentId]/route")) as { GET: RouteHandler };
    actAs(academie);
    expect(
      (
        await GET(new Request("http://localhost/documents/x"), {
          params: Promise.resolve({ documentId: ids.document }),
        })
      ).status,
    ).toBe(200);
    actAs(gestion09);
    expect(
      (
        await GET(new Request("http://localhost/documents/x"), {
          params: Promise.resolve({ documentId: ids.document }),
        })
      ).status,
    ).toBe(403);
  });
});

describe("route handlers of another département's campaign", () => {
  it("answer a gestionnaire of Ariège as if the campaign did not exist", async () => {
    const exportRoute =
      (await import("@/app/(gestion)/gestion/campagnes/[campaignId]/export/[kind]/route")) as {
        GET: RouteHandler;
      };
    const candidatures =
      (await import("@/app/(gestion)/gestion/campagnes/[campaignId]/candidatures/export/route")) as {
        GET: RouteHandler;
      };
    for (const [who, expected] of [
      [gestion09, 404],
      [gestion31, 200],
    ] as const) {
      actAs(who);
      const a = await exportRoute.GET(new Request("http://localhost/x?format=csv"), {
        params: Promise.resolve({ campaignId: ids.closed, kind: "tableau" }),
      });
      const b = await candidatures.GET(new Request("http://localhost/x?format=csv"), {
        params: Promise.resolve({ campaignId: ids.closed }),
      });
      expect([a.status, b.status]).toEqual([expected, expected]);
    }
  });
});
