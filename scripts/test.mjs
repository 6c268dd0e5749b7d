#!/usr/bin/env node
// `npm test`: type check, unit and integration tests (Vitest), one production build, then
// the browser tests (Playwright) against it. Ends with the line CI reads:
// "N passed, N failed".
import fs from "node:fs";
import path from "node:path";
import { bin, localEnv, root, run } from "./run.mjs";

const results = path.join(root, "test-results");
fs.mkdirSync(results, { recursive: true });
const env = localEnv();
const totals = { passed: 0, failed: 0, skipped: 0 };
const lines = [];

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8"));
  } catch {
    return null;
  }
}

function record(name, passed, failed, skipped) {
  totals.passed += passed;
  totals.failed += failed;
  totals.skipped += skipped;
  lines.push(`${name}: ${passed} passed, ${failed} failed, ${skipped} skipped`);
}

const started = Date.now();
const typecheck = await run(bin("tsc"), ["--noEmit", "-p", "."], { env });
record("typecheck", typecheck.code === 0 ? 1 : 0, typecheck.code === 0 ? 0 : 1, 0);

const vitestJson = path.join(results, "vitest.json");
fs.rmSync(vitestJson, { force: true });
const vitest = await run(bin("vitest"), ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${vitestJson}`], { env });
const v = readJson(vitestJson);
if (v) record("vitest (unit + integration)", v.numPassedTests, v.numFailedTests, v.numPendingTests + (v.numTodoTests ?? 0));
else record("vitest (unit + integration)", 0, 1, 0);
if (vitest.code !== 0 && v && v.numFailedTests === 0) record("vitest exit code", 0, 1, 0);

const build = await run(bin("next"), ["build"], { env });
if (build.code !== 0) {
  record("next build", 0, 1, 0);
} else {
  const pwJson = path.join(results, "playwright.json");
  fs.rmSync(pwJson, { force: true });
  const pw = await run(bin("playwright"), ["test"], { env });
  const p = readJson(pwJson);
  if (p) record("playwright (chromium)", p.stats.expected + p.stats.flaky, p.stats.unexpected, p.stats.skipped);
  else record("playwright (chromium)", 0, 1, 0);
  if (pw.code !== 0 && p && p.stats.unexpected === 0) record("playwright exit code", 0, 1, 0);
}

console.log("\n" + lines.join("\n"));
console.log(`durée : ${Math.round((Date.now() - started) / 1000)} s`);
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed > 0 ? 1 : 0);
