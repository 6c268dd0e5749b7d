import { randomBytes } from "node:crypto";
import fs from "node:fs";
import { afterAll, inject, vi } from "vitest";
import { createDatabase, databaseUrl, dropDatabase } from "../../scripts/databases.mjs";

// Runs before each test file imports lib/db: point the process at a private copy of the
// migrated template (tests/integration/global-setup.ts).
const testDatabase = inject("testDatabase");
const suffix = randomBytes(4).toString("hex");
let dropCopy: () => Promise<unknown> | void;

if (testDatabase.provider === "postgresql") {
  const { server, template, prefix } = testDatabase;
  const name = `${prefix}_${suffix}`;
  await createDatabase(server, name, template);
  process.env.DATABASE_URL = databaseUrl(server, name);
  dropCopy = () => dropDatabase(server, name);
} else {
  const file = testDatabase.template.replace(/\.db$/, `-${suffix}.db`);
  fs.copyFileSync(testDatabase.template, file);
  process.env.DATABASE_URL = `file:${file}`;
  dropCopy = () => {
    for (const f of [file, `${file}-wal`, `${file}-shm`, `${file}-journal`])
      fs.rmSync(f, { force: true });
  };
}

// Outside a Next.js request there is no cache to revalidate.
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));

afterAll(async () => {
  const { prisma } = await import("@/lib/db");
  await prisma.$disconnect();
  await dropCopy();
});
