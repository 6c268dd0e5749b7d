import type { Db } from "@/lib/db";
import { loadExamined } from "@/lib/campaigns/promouvables";
import { campaignRules } from "@/lib/campaigns/rules";
import { proposedAppreciations } from "@/lib/opinions/appreciations";
import { levelLabel } from "@/lib/rules/levels";
import { formatVivier } from "@/lib/results/format";
import { parseDetail } from "@/lib/results/detail";
import type { ExportTable } from "./table";

// The campaign's tables as the gestionnaire exports them: the tableau (every examined agent,
// with the barème detail), the results (the promoted, once published) and the appréciations.

export const EXPORT_KINDS = {
  tableau: "Tableau d'avancement",
  resultats: "Résultats",
  appreciations: "Appréciations",
} as const;
export type ExportKind = keyof typeof EXPORT_KINDS;

async function resultRows(db: Db, campaignId: string, promotedOnly: boolean) {
  const rows = await db.promotionResult.findMany({
    where: { campaignId, ...(promotedOnly ? { promoted: true } : {}) },
    include: {
      agent: {
        select: {
          nom: true,
          prenom: true,
          sexe: true,
          grade: true,
          echelon: true,
          user: { select: { identifiant: true } },
          circonscription: { select: { name: true } },
        },
      },
    },
  });
  return rows.sort((a, b) => (a.vivier ?? 0) - (b.vivier ?? 0) || a.rank - b.rank);
}

export async function campaignExport(
  db: Db,
  campaignId: string,
  kind: ExportKind,
): Promise<ExportTable | null> {
  const campaign = await db.campaign.findUnique({ where: { id: campaignId } });
  if (!campaign) return null;
  if (kind === "appreciations") {
    const { ruleSet } = campaignRules(campaign);
    const examined = await loadExamined(db, campaign);
    const ids = examined.map((e) => e.agent.id);
    const [proposed, opinions, users] = await Promise.all([
      proposedAppreciations(db, campaignId, ids),
      db.opinion.findMany({
        where: { campaignId },
        select: { agentId: true, value: true, reason: true },
      }),
      db.user.findMany({
        where: { agentId: { in: ids } },
        select: { agentId: true, identifiant: true },
      }),
    ]);
    const identifiant = new Map(users.map((u) => [u.agentId, u.identifiant]));
    const avis = new Map(opinions.map((o) => [o.agentId, o]));
    const SOURCE = {
      SAISIE: "Arrêtée",
      REPRISE: "Proposée (campagne antérieure)",
      AVIS_IEN: "Proposée (avis IEN)",
    } as const;
    return {
      sheet: EXPORT_KINDS.appreciations,
      header: [
        "Nom",
        "Prénom",
        "Identifiant",
        "Circonscription",
        "Avis IEN",
        "Motif de l'avis",
        ruleSet.appreciationLevels.length ? "Appréciation" : "—",
        "État",
        "Opposition du DASEN",
        "Motif de l'opposition",
      ],
      rows: examined.map((e) => {
        const p = proposed.get(e.agent.id);
        const o = avis.get(e.agent.id);
        return [
          e.agent.nom,
          e.agent.prenom,
          identifiant.get(e.agent.id) ?? null,
          e.agent.circonscription.name,
          o ? levelLabel(campaign.ruleSet, o.value) : null,
          o?.reason ?? null,
          p?.value ? levelLabel(campaign.ruleSet, p.value) : null,
          p?.source ? SOURCE[p.source] : "À arrêter",
          p?.opposed ? "Oui" : "Non",
          p?.oppositionReason ?? null,
        ];
      }),
    };
  }
  if (kind === "resultats" && campaign.status !== "PUBLIEE") return null;
  const rows = await resultRows(db, campaignId, kind === "resultats");
  return {
    sheet: EXPORT_KINDS[kind],
    header: [
      "Rang",
      "Vivier",
      "Nom",
      "Prénom",
      "Identifiant",
      "Circonscription",
      "Sexe",
      "Barème",
      "Détail du barème",
      "Résultat",
      "Motif",
    ],
    rows: rows.map((r) => {
      const detail = parseDetail(r.detail);
      return [
        r.rank,
        r.vivier === null ? null : formatVivier(r.vivier),
        r.agent.nom,
        r.agent.prenom,
        r.agent.user?.identifiant ?? null,
        r.agent.circonscription.name,
        r.agent.sexe,
        r.bareme,
        detail.parts.map((p) => `${p.label} : ${p.points}`).join(" ; "),
        r.promoted ? "Promu(e)" : r.opposed ? "Opposition du DASEN" : "Non promu(e)",
        r.opposed ? r.oppositionReason : r.promoted ? null : detail.note,
      ];
    }),
  };
}
