#!/usr/bin/env node
// `npm run bench`: the benchmarks of BENCHMARKS.md. Prints figures (not a test: nothing
// fails on a slow machine). Each measurement runs in its own Node process, so that the peak
// memory it reports is its own. Results: bench/out/results-<date>.json and bench/out/report.md.
//
//   npm run bench                                   every step, sizes 5,000, 20,000 and 330,000
//   npm run bench -- --sizes 5000,20000             a subset of the sizes
//   npm run bench -- --only engine,tableau          a subset of the steps:
//        seed     synthetic databases bench/out/bench-<size>.db (kept between runs)
//        engine   (a) rules engine alone: evaluate + rank, per rule set
//        tableau  (a) the same through the database (computeTableau, storeTableau)
//        import   (b) CSV import (lib/agents/import.ts applyImport)
//        http     (c) next start under 50 clients: static file, Synthèse, candidature
//        rush, processes  issue 13 on PostgreSQL (bench/rush.mjs): 5,000 candidatures in a
//                 minute at --rush-clients (50,100,200); Synthèse on one vs two next start
//        auth-pg  bench/auth-load.mjs --db postgres: a teacher's page during 16 logins/s
//   Other options: --http-sizes 5000,330000 (databases the server uses; default: every size
//   of the run), --connections 50, --duration 12 (seconds per HTTP run),
//   --port 3200, --rebuild (force next build), --tableau-sizes 5000,20000,330000,
//   --all-rule-sets (every rule set through the database at 330,000 too).
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const outDir = path.join(root, "bench", "out");
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1] : fallback;
};
const list = (v) =>
  String(v)
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
const sizes = list(arg("sizes", "5000,20000,330000")).map(Number);
const steps = new Set(list(arg("only", "seed,engine,tableau,import,http")));
const tableauSizes = list(arg("tableau-sizes", sizes.join(",")))
  .map(Number)
  .filter((s) => sizes.includes(s));
// The server is measured on every database of the run (issue 13: the ratios at each size).
const httpSizes = list(arg("http-sizes", sizes.join(","))).map(Number);
const passThrough = ["connections", "duration", "port"].flatMap((k) =>
  arg(k) ? [`--${k}`, arg(k)] : [],
);
if (process.argv.includes("--rebuild")) passThrough.push("--rebuild");
const RULE_SETS = ["HC_PE", "CE_2017_2023", "CE_DEPUIS_2024"];
// Ranking a whole country through the database takes minutes per rule set: the largest
// table (hors classe) only at that size, unless asked.
const tableauRuleSets = (size) =>
  size >= 100_000 && !process.argv.includes("--all-rule-sets") ? ["HC_PE"] : RULE_SETS;

if (sizes.some((s) => !Number.isInteger(s) || s < 100)) {
  console.error("--sizes : des entiers ≥ 100 séparés par des virgules");
  process.exit(2);
}
fs.mkdirSync(outDir, { recursive: true });

const results = [];
const failures = [];
function runStep(label, command, args) {
  return new Promise((resolve) => {
    process.stderr.write(`\n▶ ${label}\n`);
    const child = spawn(command, args, { cwd: root, stdio: ["ignore", "pipe", "inherit"] });
    let buffer = "";
    child.stdout.on("data", (d) => {
      buffer += d;
      let nl;
      while ((nl = buffer.indexOf("\n")) >= 0) {
        const line = buffer.slice(0, nl);
        buffer = buffer.slice(nl + 1);
        if (line.startsWith("BENCH_RESULT ")) results.push(JSON.parse(line.slice(13)));
        else process.stderr.write(`${line}\n`);
      }
    });
    child.on("exit", (code) => {
      if (code !== 0) failures.push(`${label} (code ${code})`);
      resolve(code);
    });
  });
}
const tsx = (script, ...args) => [
  process.execPath,
  ["--expose-gc", "--max-old-space-size=8192", "--import", "tsx", script, ...args.map(String)],
];

function machine() {
  const cpuinfo = fs.existsSync("/proc/cpuinfo") ? fs.readFileSync("/proc/cpuinfo", "utf8") : "";
  const model = /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1] ?? os.cpus()[0]?.model ?? "inconnu";
  return {
    cpus: os.availableParallelism(),
    cpuModel: model,
    memoryGb: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
    loadAvgAtStart: os.loadavg().map((l) => Math.round(l * 100) / 100),
  };
}

const started = new Date();
const info = {
  startedAt: started.toISOString(),
  command: `npm run bench -- ${process.argv.slice(2).join(" ")}`.trim(),
  machine: machine(),
};

const seedNeeded = new Set([
  ...(steps.has("seed") ? sizes : []),
  ...(steps.has("tableau") ? tableauSizes : []),
  ...(steps.has("http") ? httpSizes : []),
]);
for (const size of [...seedNeeded].sort((a, b) => a - b))
  await runStep(`seed ${size}`, ...tsx("bench/seed-db.ts", "--size", size));
if (steps.has("engine")) {
  for (const size of sizes)
    for (const rs of RULE_SETS)
      await runStep(
        `engine ${rs} ${size}`,
        ...tsx(
          "bench/engine.ts",
          "--size",
          size,
          "--rule-set",
          rs,
          "--repeat",
          size >= 100_000 ? 2 : 3,
        ),
      );
}
if (steps.has("tableau")) {
  for (const size of tableauSizes) {
    for (const rs of tableauRuleSets(size))
      await runStep(
        `tableau ${rs} ${size}`,
        ...tsx("bench/tableau.ts", "--size", size, "--rule-set", rs, "--store"),
      );
  }
}
if (steps.has("import")) {
  // Another developer writes lib/agents/import.ts: measured only once it exists and its tests pass.
  const exists = fs.existsSync(path.join(root, "lib", "agents", "import.ts"));
  const testsPass =
    exists &&
    (await runStep(
      "tests de lib/agents (import prêt ?)",
      path.join(root, "node_modules", ".bin", "vitest"),
      ["run", "--project", "unit", "lib/agents"],
    )) === 0;
  if (exists && !testsPass) failures.pop(); // not a failure of the benchmark: reported below
  if (!testsPass) {
    results.push({
      step: "import-skipped",
      reason: "lib/agents/import.ts absent ou ses tests unitaires échouent",
    });
  } else {
    for (const size of sizes)
      await runStep(`import ${size}`, ...tsx("bench/import.ts", "--size", size));
  }
}
if (steps.has("http")) {
  for (const size of httpSizes) {
    await runStep(`http ${size}`, process.execPath, [
      "bench/http.mjs",
      "--size",
      String(size),
      ...passThrough,
    ]);
  }
}

// Issue 13: PostgreSQL (a server on PG_TEST_URL / PGHOST…, default 127.0.0.1:5432).
const issue13 = ["rush", "processes"].filter((s) => steps.has(s));
if (issue13.length) {
  await runStep(`rush (PostgreSQL): ${issue13.join(", ")}`, process.execPath, [
    "bench/rush.mjs",
    "--only",
    issue13.join(","),
    ...(arg("rush-clients") ? ["--clients", arg("rush-clients")] : []),
    ...passThrough,
  ]);
}
if (steps.has("auth-pg")) {
  await runStep("auth-load (PostgreSQL)", process.execPath, [
    "bench/auth-load.mjs",
    "--db",
    "postgres",
    "--app-dir",
    path.join(os.tmpdir(), "avancement-rush-app"),
    "--skip-csp",
    "--port",
    "3410",
  ]);
}

info.finishedAt = new Date().toISOString();
info.loadAvgAtEnd = os.loadavg().map((l) => Math.round(l * 100) / 100);
const stamp = started.toISOString().replace(/[:.]/g, "-").slice(0, 19);
const file = path.join(outDir, `results-${stamp}.json`);
fs.writeFileSync(file, JSON.stringify({ ...info, results, failures }, null, 2));
const { renderReport } = await import("./lib/report.mjs");
const markdown = renderReport({ ...info, results, failures });
fs.writeFileSync(path.join(outDir, "report.md"), markdown);
process.stdout.write(`\n${markdown}\n`);
process.stderr.write(
  `\nRésultats : ${path.relative(root, file)}, tableaux : bench/out/report.md\n`,
);
if (failures.length) process.stderr.write(`Étapes en échec : ${failures.join(", ")}\n`);
process.exit(failures.length ? 1 : 0);
