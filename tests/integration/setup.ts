import { randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { afterAll, vi } from "vitest";

// Runs before each test file imports lib/db: point the process at a private copy of the
// migrated template.
const template = path.resolve("data/test-template.db");
const file = path.resolve(`data/test-${randomUUID()}.db`);
fs.copyFileSync(template, file);
process.env.DATABASE_URL = `file:${file}`;

// Outside a Next.js request there is no cache to revalidate.
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));

afterAll(async () => {
  const { prisma } = await import("@/lib/db");
  await prisma.$disconnect();
  for (const f of [file, `${file}-wal`, `${file}-shm`, `${file}-journal`]) fs.rmSync(f, { force: true });
});
