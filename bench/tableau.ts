// (a) The whole campaign through the database, as the gestionnaire's "Calculer le tableau"
// does: lib/results/tableau.ts computeTableau (load the agents and their careers, evaluate,
// load appréciations / avis, rank), then storeTableau (the same plus writing every row).
// Also times the two loading steps alone, to see where the time goes.
//   node --expose-gc --import tsx bench/tableau.ts --size 20000 --rule-set HC_PE [--store]
import fs from "node:fs";
import { campaignRules } from "@/lib/campaigns/rules";
import { loadExamined } from "@/lib/campaigns/promouvables";
import { createPrismaClient } from "@/lib/db";
import { proposedAppreciations } from "@/lib/opinions/appreciations";
import { computeTableau, storeTableau } from "@/lib/results/tableau";
import { benchDatabase, BENCH_ACCOUNTS, BENCH_CAMPAIGNS, RANKED_CAMPAIGNS } from "./lib/bench-db";
import { gc, load, log, memory, option, report, timed } from "./lib/measure";

const size = Number(option("size"));
const ruleSetId = option("rule-set", "HC_PE") as keyof typeof RANKED_CAMPAIGNS;
const store = process.argv.includes("--store");
// --dump <file>: the computed table as JSON, to compare two versions of the code.
const dump = option("dump", "");

async function main() {
  const { url } = benchDatabase(size);
  const db = createPrismaClient(url);
  try {
    const { year } = BENCH_CAMPAIGNS[RANKED_CAMPAIGNS[ruleSetId]];
    const campaign = await db.campaign.findFirstOrThrow({ where: { ruleSet: ruleSetId, year } });
    const before = memory();

    const cold = await timed(() => computeTableau(db, campaign.id));
    const { ranking, examined } = cold.value;
    const summary = {
      examined: examined.length,
      rows: ranking.rows.length,
      promoted: ranking.rows.filter((r) => r.promoted).length,
      contingent: ranking.contingent.total,
      barre: ranking.barre,
    };
    log(
      `tableau ${ruleSetId} ${size}: computeTableau ${cold.ms} ms (CPU ${cold.cpuMs} ms), ${summary.rows} lignes`,
    );
    if (dump) {
      const table = {
        contingent: ranking.contingent,
        barre: ranking.barre,
        rows: ranking.rows.map((r) => [r.agentId, r.rank, r.bareme, r.promoted, r.vivier, r.note]),
      };
      fs.writeFileSync(dump, JSON.stringify(table));
    }
    const afterCold = memory();
    gc();

    // A second call shows the warm figure (compiled queries, JIT, the database file in the
    // system's cache: the first call at 330,000 agents may read 1.3 GB from the disk).
    const warm = await timed(() => computeTableau(db, campaign.id));
    if (warm) log(`  computeTableau (2e appel) ${warm.ms} ms`);
    gc();
    const loading = await timed(() => loadExamined(db, campaign));
    log(`  dont loadExamined ${loading.ms} ms`);
    const ids = loading.value.map((e) => e.agent.id);
    const appreciations = await timed(() => proposedAppreciations(db, campaign.id, ids));
    log(`  dont proposedAppreciations ${appreciations.ms} ms`);
    const { ruleSet, context } = campaignRules(campaign);
    const evaluation = await timed(() => {
      for (const e of loading.value) ruleSet.evaluate(e.snapshot, context);
    });

    let stored: {
      ms: number | null;
      cpuMs: number | null;
      rows: number;
      error: string | null;
    } | null = null;
    if (store) {
      const admin = await db.user.findUniqueOrThrow({
        where: { identifiant: BENCH_ACCOUNTS.administrator.identifiant },
      });
      const actor = {
        id: admin.id,
        role: admin.role,
        agentId: null,
        circonscriptionIds: [],
        // The campaign's own département (the bench databases have one, "dep-00").
        departementIds: [campaign.departementId],
      };
      try {
        const result = await timed(() => storeTableau(db, actor, campaign.id));
        if (!result.value.ok) throw new Error(result.value.message);
        stored = { ms: result.ms, cpuMs: result.cpuMs, rows: result.value.rows, error: null };
        log(`  storeTableau ${result.ms} ms (${result.value.rows} lignes écrites)`);
      } catch (error) {
        // Reported, not thrown: a failure to store is a finding of the benchmark.
        const message =
          error instanceof Error
            ? error.message.split("\n").filter(Boolean).slice(-2).join(" ")
            : String(error);
        stored = { ms: null, cpuMs: null, rows: 0, error: message };
        log(`  storeTableau a échoué : ${message}`);
      }
    }

    report({
      step: "tableau",
      size,
      ruleSet: ruleSetId,
      ...summary,
      computeTableau: {
        coldMs: cold.ms,
        coldCpuMs: cold.cpuMs,
        warmMs: warm?.ms ?? null,
        warmCpuMs: warm?.cpuMs ?? null,
      },
      parts: {
        loadExaminedMs: loading.ms,
        proposedAppreciationsMs: appreciations.ms,
        evaluateExaminedMs: evaluation.ms,
      },
      storeTableau: stored,
      ...load(),
      memory: {
        beforeRssMb: before.rssMb,
        afterFirstRssMb: afterCold.rssMb,
        // computeTableau's own peak: the steps after it (a second load, storeTableau) add theirs.
        peakAfterComputeMb: afterCold.peakRssMb,
        peakRssMb: memory().peakRssMb,
      },
    });
  } finally {
    await db.$disconnect();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
