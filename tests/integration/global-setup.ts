import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

// Migrates one template database per run; every test file then works on its own copy
// (tests/integration/setup.ts), so files never see each other's data.
export const TEMPLATE = path.resolve("data/test-template.db");

export default function setup() {
  fs.mkdirSync(path.dirname(TEMPLATE), { recursive: true });
  fs.rmSync(TEMPLATE, { force: true });
  execFileSync("node", ["scripts/prisma-wasm-migrate.mjs", "deploy"], {
    env: { ...process.env, DATABASE_URL: `file:${TEMPLATE}` },
    stdio: "pipe",
  });
  return () => fs.rmSync(TEMPLATE, { force: true });
}
