import type { Campaign, Prisma } from "@/generated/prisma/client";
import type { Db } from "@/lib/db";
import { snapshotOf } from "@/lib/agents/snapshot";
import { GRADE_RANK, GRADES } from "@/lib/rules/grades";
import type { AgentSnapshot, Eligibility, GradeCode, RuleSet } from "@/lib/rules/types";
import { campaignRules } from "./rules";
import { promotedEarlier } from "./already-promoted";
import { careerStepsOf, functionPeriodsOf, snapshotBasesOf } from "@/lib/agents/snapshot-sql";
import { toIsoDate } from "@/lib/format";
import { candidateFilter, type CandidateFilter } from "@/lib/rules/candidate-filter";
import { addDays } from "@/lib/rules/dates";

// Who a campaign examines: the promouvables by its rule set, and, where the rule set asks
// for a candidature (vivier 1 of CE 2017–2023), only those who applied in that vivier.

const INCLUDE = {
  school: { select: { id: true, name: true } },
  circonscription: { select: { id: true, name: true } },
} as const;

function findWithPlaces(db: Db, ids: string[]) {
  return db.agent.findMany({
    where: { id: { in: ids } },
    include: INCLUDE,
  });
}

/** An agent row with its school and circonscription; its career is in the snapshot. */
export type LoadedAgent = Awaited<ReturnType<typeof findWithPlaces>>[number];

export type ExaminedAgent = {
  agent: LoadedAgent;
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

/**
 * The database side of the rule set's pre-filter (lib/rules/candidate-filter.ts): the same
 * test as passesCandidateFilter, on the agent's current row. It only leaves out agents the
 * rule set would refuse, so that a country's table does not load every career of the grade.
 */
export function candidateWhere(filter: CandidateFilter): Prisma.AgentWhereInput {
  const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
  const observation = day(filter.observationDate);
  // Stored dates are UTC midnights; a later time of day on the last day stays on the kept side.
  const reachedBy = filter.minEchelonReachedBy
    ? { echelonDate: { lt: day(addDays(filter.minEchelonReachedBy, 1)) } }
    : {};
  return {
    OR: [
      { echelonDate: { gt: observation } },
      { grade: filter.grade, echelon: { gt: filter.minEchelon } },
      { grade: filter.grade, echelon: filter.minEchelon, ...reachedBy },
    ],
  };
}

export interface LoadExaminedOptions {
  /** Agents loaded (with their careers) per round trip; default 5,000. */
  batchSize?: number;
}

/** An examined agent without its row: what the tableau needs. */
export type ExaminedSnapshot = Omit<ExaminedAgent, "agent"> & { agent: { id: string } };

export async function loadExamined(
  db: Db,
  campaign: CampaignForRules,
  where: Prisma.AgentWhereInput = {},
  options: LoadExaminedOptions = {},
): Promise<ExaminedAgent[]> {
  return examine(db, campaign, where, options, loadAgents);
}

/**
 * loadExamined without the agents' rows (school, circonscription, names…): the rules' view of
 * each agent, read with raw queries only. For a whole table (lib/results/tableau).
 */
export async function loadExaminedSnapshots(
  db: Db,
  campaign: CampaignForRules,
  options: LoadExaminedOptions = {},
): Promise<ExaminedSnapshot[]> {
  return examine(db, campaign, {}, options, loadSnapshots);
}

type Loaded<A> = { agent: A; snapshot: AgentSnapshot }[];

async function examine<A extends { id: string }>(
  db: Db,
  campaign: CampaignForRules,
  where: Prisma.AgentWhereInput,
  options: LoadExaminedOptions,
  load: (db: Db, ids: string[]) => Promise<Loaded<A>>,
): Promise<(Omit<ExaminedAgent, "agent"> & { agent: A })[]> {
  const { ruleSet, context } = campaignRules(campaign);
  const batchSize = Math.max(1, options.batchSize ?? 5_000);
  const agentFilter = Object.keys(where).length ? { agent: where } : {};
  // First the ids, in the order of the lists (the pre-filter applied by the database), then
  // the agents in batches with their careers: only what a batch keeps stays in memory.
  const [ordered, candidatures, promoted] = await Promise.all([
    db.agent.findMany({
      where: {
        AND: [
          selectionWhere(campaign, ruleSet, where),
          candidateWhere(candidateFilter(ruleSet, context)),
        ],
      },
      select: { id: true },
      orderBy: [{ nom: "asc" }, { prenom: "asc" }, { id: "asc" }],
    }),
    // A list of one circonscription reads its own agents' rows, not the whole campaign's.
    db.candidature.findMany({
      where: { campaignId: campaign.id, status: "ENREGISTREE", ...agentFilter },
      select: { agentId: true },
    }),
    promotedEarlier(db, campaign, agentFilter),
  ]);
  const ids = ordered.map((a) => a.id).filter((id) => !promoted.has(id));
  const applied = new Set(candidatures.map((c) => c.agentId));
  const out: (Omit<ExaminedAgent, "agent"> & { agent: A })[] = [];
  for (let i = 0; i < ids.length; i += batchSize) {
    const batch = ids.slice(i, i + batchSize);
    const loaded = await load(db, batch);
    const byId = new Map(loaded.map((l) => [l.agent.id, l]));
    for (const id of batch) {
      const entry = byId.get(id);
      if (!entry) continue; // deleted meanwhile
      const { agent, snapshot } = entry;
      const eligibility = ruleSet.evaluate(snapshot, context);
      const hasApplied = applied.has(id);
      if (!isExamined(eligibility, hasApplied)) continue;
      const viviers = eligibility.viviers.filter(
        (v) => v !== 1 || hasApplied || !eligibility.candidatureRequired,
      );
      out.push({ agent, snapshot, eligibility, applied: hasApplied, viviers });
    }
  }
  return out;
}

/** The agents of `ids` with their rows (Prisma) and snapshots. */
async function loadAgents(db: Db, ids: string[]): Promise<Loaded<LoadedAgent>> {
  const [agents, careers, functions] = await Promise.all([
    findWithPlaces(db, ids),
    careerStepsOf(db, ids),
    functionPeriodsOf(db, ids),
  ]);
  return agents.map((agent) => ({
    agent,
    snapshot: snapshotOf(
      {
        id: agent.id,
        sexe: agent.sexe,
        birthDate: toIsoDate(agent.birthDate),
        corpsDate: toIsoDate(agent.corpsDate),
        grade: agent.grade,
        echelon: agent.echelon,
        echelonDate: toIsoDate(agent.echelonDate),
        gradeDate: toIsoDate(agent.gradeDate),
        position: agent.position,
      },
      careers.get(agent.id) ?? [],
      functions.get(agent.id) ?? [],
    ),
  }));
}

/** The snapshots of `ids`, from raw queries only. */
async function loadSnapshots(db: Db, ids: string[]): Promise<Loaded<{ id: string }>> {
  const [bases, functions] = await Promise.all([
    snapshotBasesOf(db, ids),
    functionPeriodsOf(db, ids),
  ]);
  return bases.map(({ base, steps }) => ({
    agent: { id: base.id },
    snapshot: snapshotOf(base, steps, functions.get(base.id) ?? []),
  }));
}
