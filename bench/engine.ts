// (a) The pure rules engine on a whole campaign: evaluate() every agent of the population,
// then rank() the examined ones, as lib/results/tableau.ts does but without the database.
//   node --expose-gc --import tsx bench/engine.ts --size 330000 --rule-set HC_PE [--repeat 3]
import { isExamined } from "@/lib/campaigns/promouvables";
import {
  defaultObservationDate,
  getRuleSet,
  parseParameters,
  type AgentSnapshot,
  type Eligibility,
  type RankingCandidate,
} from "@/lib/rules";
import { gc, load, log, memory, option, report, round, timed, timedSync } from "./lib/measure";
import { BENCH_CAMPAIGNS, RANKED_CAMPAIGNS } from "./lib/bench-db";
import { appliedFor, levelFor, opposed, synthAgents } from "./lib/synth";

const size = Number(option("size"));
const ruleSetId = option("rule-set", "HC_PE") as keyof typeof RANKED_CAMPAIGNS;
const repeat = Number(option("repeat", "3"));

async function main() {
  const ruleSet = getRuleSet(ruleSetId);
  // As loadExamined: only the agents of the grade the campaign promotes from are evaluated
  // (the database query filters on the grade); their index in the population is kept for the draws.
  const fromGrade = ruleSet.fromGrade;
  const generated = await timed(() => {
    const snapshots: AgentSnapshot[] = [];
    const indices: number[] = [];
    for (const a of synthAgents(size)) {
      if (a.snapshot.grade !== fromGrade) continue;
      snapshots.push(a.snapshot);
      indices.push(a.index);
    }
    return { snapshots, indices };
  });
  const agents = generated.value.snapshots;
  const indexOf = generated.value.indices;
  gc();
  const baseline = memory();
  log(
    `engine ${ruleSetId} ${size}: ${size} agents générés en ${generated.ms} ms, ${agents.length} du grade ${fromGrade} évalués`,
  );

  const year = BENCH_CAMPAIGNS[RANKED_CAMPAIGNS[ruleSetId]].year;
  // As lib/campaigns/rules.ts: the stored JSON parameters, parsed and validated.
  const parameters = parseParameters(
    ruleSetId,
    JSON.stringify(ruleSet.defaultParameters(year)),
    year,
  );
  const context = { year, observationDate: defaultObservationDate(ruleSetId, year), parameters };

  function campaign() {
    const eligibilities: Eligibility[] = new Array(agents.length);
    const evaluation = timedSync(() => {
      for (let i = 0; i < agents.length; i++)
        eligibilities[i] = ruleSet.evaluate(agents[i] as AgentSnapshot, context);
    });

    const candidates: RankingCandidate[] = [];
    let promouvables = 0;
    for (let i = 0; i < agents.length; i++) {
      const eligibility = eligibilities[i] as Eligibility;
      if (eligibility.promouvable) promouvables++;
      const index = indexOf[i] as number;
      const applied = appliedFor(index, eligibility);
      if (!isExamined(eligibility, applied)) continue;
      candidates.push({
        agent: agents[i] as AgentSnapshot,
        eligibility,
        appreciation: levelFor(ruleSetId, index),
        candidatureValid: applied,
        // CE depuis 2024 ranks on the IEN avis: no appréciation row, hence no opposition there.
        opposition:
          ruleSetId !== "CE_DEPUIS_2024" && opposed(index)
            ? { reason: "Manière de servir (synthétique)." }
            : null,
      });
    }
    const ranked = timedSync(() =>
      ruleSet.rank(candidates, { ...context, population: { base: size, alreadyPromoted: 0 } }),
    );
    return {
      evaluateMs: evaluation.ms,
      evaluateCpuMs: evaluation.cpuMs,
      rankMs: ranked.ms,
      rankCpuMs: ranked.cpuMs,
      promouvables,
      examined: candidates.length,
      ranking: ranked.value,
    };
  }

  type Run = { evaluateMs: number; evaluateCpuMs: number; rankMs: number; rankCpuMs: number };
  const runs: Run[] = [];
  let last: ReturnType<typeof campaign> | null = null;
  for (let r = 0; r < 1 + repeat; r++) {
    last = campaign();
    runs.push(last);
    log(
      `  run ${r + 1}: evaluate ${last.evaluateMs} ms (CPU ${last.evaluateCpuMs} ms), rank ${last.rankMs} ms (CPU ${last.rankCpuMs} ms)`,
    );
  }
  const peak = memory();
  const cold = runs[0] as Run;
  const figures = (r: Run) => ({
    ...pick(r),
    totalMs: round(r.evaluateMs + r.rankMs),
    totalCpuMs: round(r.evaluateCpuMs + r.rankCpuMs),
  });
  const pick = ({ evaluateMs, evaluateCpuMs, rankMs, rankCpuMs }: Run) => ({
    evaluateMs,
    evaluateCpuMs,
    rankMs,
    rankCpuMs,
  });
  const warm =
    runs.slice(1).sort((a, b) => a.evaluateMs + a.rankMs - (b.evaluateMs + b.rankMs))[0] ?? cold;
  const result = last!;
  report({
    step: "engine",
    size,
    ruleSet: ruleSetId,
    agents: size,
    evaluated: agents.length,
    fromGrade,
    promouvables: result.promouvables,
    examined: result.examined,
    rows: result.ranking.rows.length,
    promoted: result.ranking.rows.filter((r) => r.promoted).length,
    contingent: result.ranking.contingent.total,
    generateMs: generated.ms,
    generateCpuMs: generated.cpuMs,
    cold: figures(cold),
    warm: figures(warm),
    ...load(),
    memory: {
      afterGenerationRssMb: baseline.rssMb,
      afterGenerationHeapMb: baseline.heapUsedMb,
      peakRssMb: peak.peakRssMb,
    },
  });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
