import type { Campaign, Prisma } from "@/generated/prisma/client";
import type { Db } from "@/lib/db";
import { SNAPSHOT_INCLUDE, toAgentSnapshot } from "@/lib/agents/snapshot";
import { GRADE_RANK, GRADES } from "@/lib/rules/grades";
import type { AgentSnapshot, Eligibility, GradeCode, RuleSet } from "@/lib/rules/types";
import { campaignRules } from "./rules";
import { withoutAlreadyPromoted } from "./already-promoted";

// Who a campaign examines: the promouvables by its rule set, and, where the rule set asks
// for a candidature (vivier 1 of CE 2017–2023), only those who applied in that vivier.

const INCLUDE = {
  ...SNAPSHOT_INCLUDE,
  school: { select: { id: true, name: true } },
  circonscription: { select: { id: true, name: true } },
} as const;

async function findAgents(db: Db, where: Prisma.AgentWhereInput) {
  return db.agent.findMany({
    where,
    include: INCLUDE,
    orderBy: [{ nom: "asc" }, { prenom: "asc" }],
  });
}

export type ExaminedAgent = {
  agent: Awaited<ReturnType<typeof findAgents>>[number];
  snapshot: AgentSnapshot;
  eligibility: Eligibility;
  applied: boolean;
  /** The viviers the agent is examined in (empty for rule sets without viviers). */
  viviers: number[];
};

type CampaignForRules = Pick<
  Campaign,
  "id" | "departementId" | "kind" | "ruleSet" | "parameters" | "year" | "observationDate"
>;

export function isExamined(eligibility: Eligibility, applied: boolean): boolean {
  if (!eligibility.promouvable) return false;
  if (!eligibility.candidatureRequired) return true;
  // In vivier 1 only, the candidature is required; vivier 2 is examined without one.
  return applied || eligibility.viviers.some((v) => v !== 1);
}

/**
 * Agents who may have been in the grade promoted from at the observation date: those in it
 * now, and those in a higher grade reached after that date (promoted since: a past campaign
 * replayed examines them as they were). The rule set then reads the situation at the
 * observation date from the career history.
 */
export function inFromGradeAt(fromGrade: GradeCode, observationDate: Date): Prisma.AgentWhereInput {
  const higher = GRADES.slice(GRADE_RANK[fromGrade] + 1);
  return higher.length
    ? {
        OR: [
          { grade: fromGrade },
          { grade: { in: [...higher] }, gradeDate: { gt: observationDate } },
        ],
      }
    : { grade: fromGrade };
}

/** The filters of a campaign's selection, one per line; the caller's own filter comes last. */
export function selectionWhere(
  campaign: CampaignForRules,
  ruleSet: RuleSet<unknown>,
  where: Prisma.AgentWhereInput,
): Prisma.AgentWhereInput {
  // Agents marked inactive (retired, gone: lib/agents/status.ts) are examined by no campaign.
  // A campaign examines the agents of its own département only (each DASEN, their tableau).
  return {
    AND: [
      { departementId: campaign.departementId, inactiveAt: null },
      inFromGradeAt(ruleSet.fromGrade, campaign.observationDate),
      where,
    ],
  };
}

export async function loadExamined(
  db: Db,
  campaign: CampaignForRules,
  where: Prisma.AgentWhereInput = {},
): Promise<ExaminedAgent[]> {
  const { ruleSet, context } = campaignRules(campaign);
  const [agents, candidatures] = await Promise.all([
    findAgents(db, selectionWhere(campaign, ruleSet, where)).then((agents) =>
      withoutAlreadyPromoted(db, campaign, agents),
    ),
    db.candidature.findMany({
      where: { campaignId: campaign.id, status: "ENREGISTREE" },
      select: { agentId: true },
    }),
  ]);
  const applied = new Set(candidatures.map((c) => c.agentId));
  const out: ExaminedAgent[] = [];
  for (const agent of agents) {
    const snapshot = toAgentSnapshot(agent);
    const eligibility = ruleSet.evaluate(snapshot, context);
    const hasApplied = applied.has(agent.id);
    if (!isExamined(eligibility, hasApplied)) continue;
    const viviers = eligibility.viviers.filter(
      (v) => v !== 1 || hasApplied || !eligibility.candidatureRequired,
    );
    out.push({ agent, snapshot, eligibility, applied: hasApplied, viviers });
  }
  return out;
}
