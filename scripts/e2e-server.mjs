#!/usr/bin/env node
// Playwright's web server: a fresh database (demo data plus the test accounts), then the
// production build served by `next start`. The build is made once by scripts/test.mjs.
import fs from "node:fs";
import path from "node:path";
import { bin, localEnv, prepareDatabase, root, runOrExit } from "./run.mjs";

const port = process.argv[2] || "3100";
const file = path.join(root, "data", "e2e.db");
for (const f of [file, `${file}-wal`, `${file}-shm`, `${file}-journal`]) fs.rmSync(f, { force: true });
const env = localEnv({
  DATABASE_URL: process.env.E2E_DATABASE_URL || "file:./data/e2e.db",
  AUTH_URL: `http://localhost:${port}`,
});
await prepareDatabase(env, { seed: "tests/support/e2e-seed.ts" });
if (!fs.existsSync(path.join(root, ".next", "BUILD_ID"))) await runOrExit(bin("next"), ["build"], { env });
await runOrExit(bin("next"), ["start", "-p", port], { env });
