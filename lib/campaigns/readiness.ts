import type { WriteResult } from "@/lib/actions/result";
import type { Campaign } from "@/generated/prisma/client";
import type { Db } from "@/lib/db";
import { formatCalendarDate } from "@/lib/format";
import { checkLevelCaps, type LevelCapCheck } from "@/lib/rules";
import { levelLabel } from "@/lib/rules/levels";
import { keptAppreciations, proposedAppreciations } from "@/lib/opinions/appreciations";
import { tableauStaleness, type Staleness } from "@/lib/results/staleness";
import { loadExamined } from "./promouvables";
import { campaignRules } from "./rules";
import { parisDayEnd, parisDayStart } from "./windows";

// What the gestionnaire must know, and decide, before closing or publishing: nothing is
// decided silently (an undecided appréciation taken from the IEN avis, a cap passed
// without a word, a draft older than the data, a window cut short).

/** Rule sets whose table follows the IEN avis rather than a final appréciation. */
export function followsAvis(ruleSet: { ranksOn: "AVIS" | "APPRECIATION" }): boolean {
  return ruleSet.ranksOn === "AVIS";
}

export interface AppreciationState {
  examined: number;
  decided: number;
  /** Not decided, but with a proposal (the IEN avis or an earlier campaign's appréciation). */
  proposed: number;
  /** Not decided and nothing to propose. */
  none: number;
  counts: Record<string, number>;
  caps: (LevelCapCheck & { label: string; percent: number })[];
}

type CampaignRow = Pick<
  Campaign,
  | "id"
  | "departementId"
  | "kind"
  | "ruleSet"
  | "parameters"
  | "year"
  | "observationDate"
  | "status"
  | "tableauComputedAt"
>;

/** Decided / proposed / missing appréciations of the examined agents, and the caps on the best levels. */
export async function appreciationState(
  db: Db,
  campaign: CampaignRow,
): Promise<AppreciationState | null> {
  const { ruleSet, context } = campaignRules(campaign);
  if (followsAvis(ruleSet)) return null;
  const examined = await loadExamined(db, campaign);
  const proposed = await proposedAppreciations(
    db,
    campaign.id,
    examined.map((e) => e.agent.id),
  );
  const state: AppreciationState = {
    examined: examined.length,
    decided: 0,
    proposed: 0,
    none: 0,
    counts: {},
    caps: [],
  };
  for (const p of proposed.values()) {
    if (p.source === "SAISIE") {
      state.decided++;
      state.counts[p.value!] = (state.counts[p.value!] ?? 0) + 1;
    } else if (p.value) state.proposed++;
    else state.none++;
  }
  const caps = ((context.parameters as { appreciationCaps?: Record<string, number> })
    .appreciationCaps ?? {}) as Record<string, number>;
  state.caps = checkLevelCaps(state.counts, examined.length, caps).map((c) => ({
    ...c,
    label: levelLabel(campaign.ruleSet, c.level),
    percent: caps[c.level]!,
  }));
  return state;
}

/** "5 « Excellent » pour 3 au plus (20 % de 15 promouvables)". */
export function capSentence(c: AppreciationState["caps"][number], examined: number): string {
  return `${c.count} « ${c.label} » pour ${c.max} au plus (${c.percent} % de ${examined} promouvable(s))`;
}

export interface PublicationReadiness {
  rows: number;
  staleness: Staleness;
  appreciations: AppreciationState | null;
}

export async function publicationReadiness(
  db: Db,
  campaign: CampaignRow,
): Promise<PublicationReadiness> {
  const [rows, staleness, appreciations] = await Promise.all([
    db.promotionResult.count({ where: { campaignId: campaign.id } }),
    tableauStaleness(db, campaign),
    appreciationState(db, campaign),
  ]);
  return { rows, staleness, appreciations };
}

export type Decision = WriteResult;

export const CAPS_REASON_MIN = 10;

/** Pure: may the campaign be published with what the gestionnaire confirmed? */
export function checkPublication(
  r: PublicationReadiness,
  input: { capsReason?: string | null },
): Decision {
  if (r.rows === 0)
    return { ok: false, message: "Calculez et vérifiez le tableau d'avancement avant de publier." };
  const a = r.appreciations;
  if (a && a.proposed + a.none > 0) {
    return {
      ok: false,
      message:
        `${a.proposed + a.none} appréciation(s) sur ${a.examined} ne sont pas arrêtées` +
        (a.proposed
          ? ` (${a.proposed} proposée(s) d'après l'avis de l'IEN ou une campagne antérieure`
          : " (") +
        (a.none ? `${a.proposed ? ", " : ""}${a.none} sans aucune proposition` : "") +
        ") : arrêtez-les sur la page Appréciations (ou « Arrêter les appréciations proposées »), recalculez le tableau, puis publiez.",
    };
  }
  if (r.staleness.stale) {
    return {
      ok: false,
      message: `Le tableau n'est plus à jour (${r.staleness.reasons.join(", ")} depuis son calcul) : recalculez-le avant de publier.`,
    };
  }
  const exceeded = a?.caps.filter((c) => c.exceeded) ?? [];
  if (exceeded.length && (input.capsReason ?? "").trim().length < CAPS_REASON_MIN) {
    return {
      ok: false,
      field: "capsReason",
      message: `Plafond dépassé : ${exceeded.map((c) => capSentence(c, a!.examined)).join(" ; ")}. Pour publier quand même, indiquez le motif (${CAPS_REASON_MIN} caractères au moins) ; il sera inscrit au journal.`,
    };
  }
  return { ok: true };
}

export interface ClosingReadiness {
  /** Windows that have not ended yet; `started`: false when the window has not opened. */
  early: { label: string; start: Date | null; end: Date; started: boolean }[];
  examined: number | null;
  missingAvis: number | null;
  candidatures: number | null;
}

export async function closingReadiness(
  db: Db,
  campaign: Pick<
    Campaign,
    | "id"
    | "departementId"
    | "kind"
    | "ruleSet"
    | "parameters"
    | "year"
    | "observationDate"
    | "candidatureStart"
    | "candidatureEnd"
    | "opinionStart"
    | "opinionEnd"
  >,
  now: Date,
): Promise<ClosingReadiness> {
  const early: ClosingReadiness["early"] = [];
  const windows = [
    {
      label: "le dépôt des candidatures",
      start: campaign.candidatureStart,
      end: campaign.candidatureEnd,
    },
    { label: "la saisie des avis", start: campaign.opinionStart, end: campaign.opinionEnd },
  ];
  for (const w of windows)
    if (w.end && now < parisDayEnd(w.end))
      early.push({
        label: w.label,
        start: w.start,
        end: w.end,
        started: !w.start || now >= parisDayStart(w.start),
      });
  let examined: number | null = null;
  let missingAvis: number | null = null;
  if (campaign.opinionStart) {
    const list = await loadExamined(db, campaign);
    const ids = list.map((e) => e.agent.id);
    // An agent whose earlier appréciation is kept (hors classe) is asked for no avis.
    const [opinions, kept] = await Promise.all([
      db.opinion.findMany({
        where: { campaignId: campaign.id, agentId: { in: ids } },
        select: { agentId: true },
      }),
      keptAppreciations(db, campaign, ids),
    ]);
    examined = list.length - kept.size;
    missingAvis = examined - opinions.filter((o) => !kept.has(o.agentId)).length;
  }
  const candidatures = campaign.candidatureStart
    ? await db.candidature.count({ where: { campaignId: campaign.id, status: "ENREGISTREE" } })
    : null;
  return { early, examined, missingAvis, candidatures };
}

/** The consequences of closing, in French, for the confirmation dialog. */
export function closingConsequences(r: ClosingReadiness): string[] {
  const out: string[] = [];
  for (const w of r.early)
    out.push(
      w.started
        ? `Clôture anticipée : ${w.label} devait durer jusqu'au ${formatCalendarDate(w.end)} et s'arrête aujourd'hui.`
        : `Clôture anticipée : ${w.label} (du ${formatCalendarDate(w.start)} au ${formatCalendarDate(w.end)}) n'aura pas lieu.`,
    );
  if (r.missingAvis !== null)
    out.push(
      r.missingAvis
        ? `${r.missingAvis} avis sur ${r.examined} ne sont pas saisis : les inspecteurs ne pourront plus les donner.`
        : `Tous les avis sont saisis (${r.examined}).`,
    );
  out.push(
    r.candidatures !== null
      ? `Plus aucune candidature ne sera acceptée ; les ${r.candidatures} candidature(s) enregistrée(s) recevront leur accusé de réception, daté de ce jour.`
      : "Plus aucun avis ne sera accepté.",
  );
  return out;
}
