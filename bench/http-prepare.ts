// The database the HTTP benchmark serves: a copy of bench/out/bench-<size>.db in which the
// classe exceptionnelle campaign (CE 2017–2023, the rule set with a candidature) is open for
// candidatures today, with no candidature yet, and the teachers who must apply (vivier 1)
// listed with their password (the NUMEN, regenerated from the seed) for bench/http.mjs.
// The agentId indexes it once proposed are migrations since issue 13.
//   node --import tsx bench/http-prepare.ts --size 20000 [--pool 1000]
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { evaluateAgent, mustApply } from "@/lib/campaigns/rules";
import { SNAPSHOT_INCLUDE } from "@/lib/agents/snapshot";
import { createPrismaClient } from "@/lib/db";
import { getRuleSet } from "@/lib/rules";
import { benchDatabase, BENCH_ACCOUNTS, BENCH_CAMPAIGNS, outDir } from "./lib/bench-db";
import { log, option, report } from "./lib/measure";
import { synthAgents } from "./lib/synth";

const size = Number(option("size"));
const poolMax = Number(option("pool", "1500"));
export function httpDatabase(n: number) {
  const file = path.join(outDir, `http-${n}.db`);
  return { file, url: `file:${file}`, pool: path.join(outDir, `http-${n}-pool.json`) };
}

async function main() {
  const source = benchDatabase(size).file;
  if (!fs.existsSync(source))
    throw new Error(`${source} manque : lancez d'abord bench/seed-db.ts --size ${size}`);
  const target = httpDatabase(size);
  for (const f of [
    target.file,
    `${target.file}-journal`,
    `${target.file}-wal`,
    `${target.file}-shm`,
  ])
    fs.rmSync(f, { force: true });
  fs.copyFileSync(source, target.file);

  const { ruleSet, year } = BENCH_CAMPAIGNS.CE_2017_2023;
  const now = Date.now();
  const iso = (ms: number) => new Date(ms).toISOString().replace("Z", "+00:00");
  const raw = new Database(target.file);
  const campaign = raw
    .prepare(`SELECT id FROM "Campaign" WHERE "ruleSet" = ? AND "year" = ?`)
    .get(ruleSet, year) as { id: string };
  // The rule set asks vivier 1 to apply up to its 2020 campaign only (defaultParameters): the
  // replayed 2026 campaign keeps that rule of 2017–2020 so that there are candidatures to make.
  const parameters = { ...getRuleSet(ruleSet).defaultParameters(year), candidatureRequired: true };
  raw
    .prepare(
      `UPDATE "Campaign" SET "status" = 'OUVERTE', "candidatureStart" = ?, "candidatureEnd" = ?, "closedAt" = NULL, "receiptsIssuedAt" = NULL, "parameters" = ? WHERE "id" = ?`,
    )
    .run(
      iso(now - 86_400_000),
      iso(now + 30 * 86_400_000),
      JSON.stringify(parameters),
      campaign.id,
    );
  // The window has just opened: nobody has applied yet.
  raw.prepare(`DELETE FROM "Candidature" WHERE "campaignId" = ?`).run(campaign.id);
  raw.close();

  // Teachers who must apply, by the generated data, then checked through the application's path.
  const db = createPrismaClient(target.url);
  const pool: { identifiant: string; password: string; agentId: string }[] = [];
  try {
    const row = await db.campaign.findUniqueOrThrow({ where: { id: campaign.id } });
    const ce = getRuleSet(ruleSet);
    const context = {
      year,
      observationDate: row.observationDate.toISOString().slice(0, 10),
      parameters,
    };
    const wanted: { identifiant: string; password: string; agentId: string }[] = [];
    for (const a of synthAgents(size)) {
      if (mustApply(ce.evaluate(a.snapshot, context)))
        wanted.push({ identifiant: a.identifiant, password: a.numen, agentId: a.snapshot.id });
      if (wanted.length >= poolMax) break;
    }
    for (const w of wanted) {
      const agent = await db.agent.findUniqueOrThrow({
        where: { id: w.agentId },
        include: SNAPSHOT_INCLUDE,
      });
      if (mustApply(evaluateAgent(row, agent))) pool.push(w);
    }
  } finally {
    await db.$disconnect();
  }
  fs.writeFileSync(
    target.pool,
    JSON.stringify({ campaignId: campaign.id, teachers: pool, staff: BENCH_ACCOUNTS }, null, 1),
  );
  log(
    `http-prepare ${size}: campagne ${campaign.id} ouverte, ${pool.length} enseignants du vivier 1`,
  );
  report({
    step: "http-prepare",
    size,
    campaignId: campaign.id,
    pool: pool.length,
    database: target.file,
    poolFile: target.pool,
  });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
