// Where the benchmark databases live and what they contain besides the agents.
import path from "node:path";
import type { RuleSetId } from "@/lib/rules";

export const root = path.resolve(__dirname, "..", "..");
export const outDir = path.join(root, "bench", "out");

/** Bump when the generator or the seeder changes: cached databases are then rebuilt. */
export const SEED_VERSION = "2026-11-29.3";

/**
 * scrypt cost of the synthetic NUMEN hashes (also the default passwords): far cheaper than
 * lib/auth/password.ts's production cost (N=16384, r=8, p=1), for synthetic data only.
 */
export const BENCH_HASH_COST = { N: 16, r: 1, p: 1 };

/** bench-<size>.db: the full population; places-<size>.db: the same places, no agent. */
export function benchDatabase(size: number, kind: "bench" | "places" = "bench") {
  const file = path.join(outDir, `${kind}-${size}.db`);
  return {
    file,
    meta: path.join(outDir, `${kind}-${size}.json`),
    url: `file:${path.relative(root, file)}`,
  };
}

export const BENCH_ACCOUNTS = {
  administrator: { identifiant: "banc.gestionnaire", password: "00E0000000ADM" },
  inspector: { identifiant: "banc.ien", password: "00E0000000IEN" },
} as const;

/**
 * The campaigns of every benchmark database. CE 2017–2023 (the rule set with a candidature)
 * is replayed on the 2026 campaign; bench/http.mjs opens it for candidatures on its copy.
 */
export const BENCH_CAMPAIGNS = {
  HC_2026: { ruleSet: "HC_PE", year: 2026, status: "PUBLIEE" },
  HC_2027: { ruleSet: "HC_PE", year: 2027, status: "CLOSE" },
  CE_2017_2023: { ruleSet: "CE_2017_2023", year: 2026, status: "CLOSE" },
  CE_DEPUIS_2024: { ruleSet: "CE_DEPUIS_2024", year: 2027, status: "CLOSE" },
} as const satisfies Record<string, { ruleSet: RuleSetId; year: number; status: string }>;
export type BenchCampaignKey = keyof typeof BENCH_CAMPAIGNS;

/** The campaign of each rule set that the engine and tableau benchmarks rank. */
export const RANKED_CAMPAIGNS: Record<
  "HC_PE" | "CE_2017_2023" | "CE_DEPUIS_2024",
  BenchCampaignKey
> = {
  HC_PE: "HC_2027",
  CE_2017_2023: "CE_2017_2023",
  CE_DEPUIS_2024: "CE_DEPUIS_2024",
};
