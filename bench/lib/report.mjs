// Markdown tables of a benchmark run (bench/run.mjs), ready to paste into BENCHMARKS.md.
// Also a command: `node bench/lib/report.mjs bench/out/results-<date>.json` prints them again.
import fs from "node:fs";
const fmt = (n, digits = 0) =>
  n === null || n === undefined || Number.isNaN(n)
    ? "—"
    : Number(n).toLocaleString("en-GB", {
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
      });
const s = (ms, digits = 2) => (ms === null || ms === undefined ? "—" : fmt(ms / 1000, digits));
const MODES = { création: "first import", "ré-import identique": "same file again" };
const table = (head, rows) =>
  [
    `| ${head.join(" | ")} |`,
    `| ${head.map(() => "---").join(" | ")} |`,
    ...rows.map((r) => `| ${r.join(" | ")} |`),
  ].join("\n");
const verdict = (ok) => (ok ? "met" : "**missed**");

export function renderReport({
  machine,
  command,
  startedAt,
  finishedAt,
  loadAvgAtEnd,
  results,
  failures,
}) {
  const by = (step) => results.filter((r) => r.step === step);
  const out = [];
  out.push(`Run from ${startedAt} to ${finishedAt} — \`${command}\``);
  out.push("");
  out.push(
    `Machine: ${machine.cpus} cores (${machine.cpuModel}), ${fmt(machine.memoryGb, 1)} GB of memory, Node ${machine.node}, ${machine.platform}. ` +
      `Load average (1, 5, 15 min) at the start: ${machine.loadAvgAtStart.join(", ")}; at the end: ${loadAvgAtEnd.join(", ")}.`,
  );

  const seeds = by("seed");
  if (seeds.length) {
    out.push("", "### Synthetic data", "");
    out.push(
      table(
        [
          "Agents",
          "Career events",
          "Affectations",
          "Functions",
          "Appréciations",
          "Avis",
          "Candidatures",
          "File (MB)",
          "Generate + write (s)",
        ],
        seeds.map((r) => [
          fmt(r.size),
          fmt(r.rows?.CareerEvent),
          fmt(r.rows?.Affectation),
          fmt(r.rows?.FunctionMission),
          fmt(r.rows?.Appreciation),
          fmt(r.rows?.Opinion),
          fmt(r.rows?.Candidature),
          fmt(r.fileMb),
          `${s(r.fillMs, 1)}${r.cached ? " (existing database)" : ""}`,
        ]),
      ),
    );
  }

  const engine = by("engine");
  if (engine.length) {
    out.push(
      "",
      "### (a) Rules engine alone: eligibility + barème + ranking of a whole campaign",
      "",
    );
    out.push(
      table(
        [
          "Agents",
          "Rule set",
          "Evaluated",
          "Promouvables",
          "Examined",
          "evaluate (s)",
          "rank (s)",
          "Total, 1st call (s)",
          "Total, next call (s)",
          "CPU, 1st call (s)",
          "Peak RSS (MB)",
        ],
        engine.map((r) => [
          fmt(r.size),
          r.ruleSet,
          fmt(r.evaluated),
          fmt(r.promouvables),
          fmt(r.examined),
          s(r.cold.evaluateMs),
          s(r.cold.rankMs),
          s(r.cold.totalMs),
          s(r.warm.totalMs),
          s(r.cold.totalCpuMs),
          fmt(r.memory.peakRssMb),
        ]),
      ),
    );
    const big = engine.filter((r) => r.size >= 330_000);
    if (big.length) {
      out.push("");
      for (const r of big)
        out.push(
          `- Target "ranking of ${fmt(r.size)} agents under 5 s" (${r.ruleSet}, first call): ${s(r.cold.totalMs)} s — ${verdict(r.cold.totalMs < 5000)}.`,
        );
    }
  }

  const tableau = by("tableau");
  if (tableau.length) {
    out.push(
      "",
      "### (a) Through the database: computeTableau / storeTableau (lib/results/tableau.ts)",
      "",
    );
    out.push(
      table(
        [
          "Agents",
          "Rule set",
          "Examined",
          "computeTableau, 1st (s)",
          "CPU (s)",
          "computeTableau, 2nd (s)",
          "loadExamined alone (s)",
          "appréciations alone (s)",
          "storeTableau (s)",
          "storeTableau CPU (s)",
          "Peak RSS after computeTableau (MB)",
          "Peak RSS (MB)",
          "Load (1 min)",
        ],
        tableau.map((r) => [
          fmt(r.size),
          r.ruleSet,
          fmt(r.examined),
          s(r.computeTableau.coldMs),
          s(r.computeTableau.coldCpuMs, 1),
          s(r.computeTableau.warmMs),
          s(r.parts.loadExaminedMs),
          s(r.parts.proposedAppreciationsMs),
          r.storeTableau?.error ? `failed: ${r.storeTableau.error}` : s(r.storeTableau?.ms),
          s(r.storeTableau?.cpuMs, 1),
          fmt(r.memory.peakAfterComputeMb),
          fmt(r.memory.peakRssMb),
          r.loadAvg1 ?? "—",
        ]),
      ),
    );
  }

  const imports = by("import");
  if (imports.length) {
    out.push("", "### (b) CSV import (applyImport)", "");
    out.push(
      table(
        [
          "Agents",
          "File (MB)",
          "Mode",
          "Created",
          "Updated",
          "Unchanged",
          "Total (s)",
          "CPU (s)",
          "Parse (s)",
          "Match (s)",
          "Waiting for hashes (s)",
          "Write (s)",
          "Peak RSS (MB)",
        ],
        imports.map((r) => [
          fmt(r.size),
          fmt(r.csvMb, 1),
          MODES[r.mode] ?? r.mode,
          fmt(r.toCreate),
          fmt(r.toUpdate),
          fmt(r.unchanged),
          s(r.ms, 1),
          s(r.cpuMs, 1),
          s(r.timings?.parseMs, 1),
          s(r.timings?.matchMs, 1),
          s(r.timings?.hashMs, 1),
          s(r.timings?.writeMs, 1),
          fmt(r.memory?.peakRssMb),
        ]),
      ),
    );
    for (const r of imports.filter((i) => i.size >= 330_000 && i.mode === "création")) {
      out.push(
        "",
        `- Target "import of ${fmt(r.size)} agents under 60 s": ${s(r.ms, 1)} s — ${verdict(r.ms < 60_000)}.`,
      );
    }
  }
  for (const r of by("import-skipped")) out.push("", `(b) CSV import not measured: ${r.reason}`);

  const http = by("http");
  if (http.length) {
    out.push("", "### (c) HTTP under load (autocannon, next start)", "");
    out.push(
      table(
        [
          "Database",
          "Target",
          "Clients",
          "Requests",
          "req/s",
          "p50 (ms)",
          "p95 (ms)",
          "p97.5 (ms)",
          "p99 (ms)",
          "Server CPU / request (ms)",
          "Statuses",
          "Server peak RSS (MB)",
        ],
        http.map((r) => [
          fmt(r.size),
          r.target,
          fmt(r.connections),
          fmt(r.requests),
          fmt(r.requestsPerS, 1),
          fmt(r.latencyMs.p50),
          fmt(r.latencyMs.p95),
          fmt(r.latencyMs.p97_5),
          fmt(r.latencyMs.p99),
          fmt((r.serverCpuS * 1000) / Math.max(1, r.requests), 1),
          Object.entries(r.statuses)
            .map(([k, v]) => `${k}×${v}`)
            .join(" ") + (r.errors ? ` errors×${r.errors}` : ""),
          fmt(r.serverPeakRssMb),
        ]),
      ),
    );
    // Issue 13, target 1: each page at ≥ 70 % of the login page's throughput in the same
    // run, p97.5 under 250 ms.
    const groups = new Map();
    for (const r of http) {
      const key = fmt(r.size);
      if (!groups.has(key)) groups.set(key, {});
      groups.get(key)[r.target] = r;
    }
    out.push("");
    for (const [key, g] of groups) {
      if (!g.connexion) continue;
      for (const target of ["synthese", "candidature-page", "inspection", "gestion-candidatures"]) {
        const r = g[target];
        if (!r) continue;
        const ratio = r.requestsPerS / g.connexion.requestsPerS;
        out.push(
          `- Database ${key}, ${target}: ${fmt(r.requestsPerS, 1)} req/s = ${fmt(ratio * 100, 1)} % of the login page's ${fmt(g.connexion.requestsPerS, 1)} (target ≥ 70 %: ${verdict(ratio >= 0.7)}), ` +
            `p97.5 ${fmt(r.latencyMs.p97_5)} ms (target < 250 ms: ${verdict(r.latencyMs.p97_5 < 250)}; login page ${fmt(g.connexion.latencyMs.p97_5)} ms).`,
        );
      }
      if (g.candidature)
        out.push(
          `- Database ${key}: candidatures recorded ${fmt(g.candidature.recorded)} for ${fmt(g.candidature.requests)} submissions.`,
        );
    }
  }
  for (const r of by("http-setup")) {
    out.push(
      `- Server (database ${fmt(r.size)}): static file \`${r.staticFile}\`, ${fmt(r.sessions)} sessions opened through the login form in ${fmt(r.signInS)} s, RSS ${fmt(r.serverIdleRssMb)} MB idle, peak (VmHWM) ${fmt(r.serverHighWaterMb)} MB, build of ${r.build.git}.`,
    );
  }
  if (failures?.length) out.push("", `Failed steps: ${failures.join(", ")}.`);
  return out.join("\n");
}

if (
  process.argv[1] &&
  new URL(import.meta.url).pathname === fs.realpathSync(process.argv[1]) &&
  process.argv[2]
) {
  process.stdout.write(`${renderReport(JSON.parse(fs.readFileSync(process.argv[2], "utf8")))}\n`);
}
