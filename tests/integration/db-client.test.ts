import { describe, expect, it } from "vitest";
import { createPrismaClient, databaseOf, prisma } from "@/lib/db";
import { isPostgresUrl } from "@/lib/env";
import { createCirconscription } from "@/lib/seed/factories";

// One generated client runs on both databases through Prisma's internal configOverride hook
// (docs/decisions/0003-postgresql.md). These tests are the canary of that hook: if an upgrade
// ignores it, the PostgreSQL run fails here by name, not somewhere in a feature.
const onPostgres = isPostgresUrl(process.env.DATABASE_URL ?? "");

describe("the database client", () => {
  it("records which database it was created for, without reading Prisma's private fields", () => {
    expect(databaseOf(prisma).kind).toBe(onPostgres ? "postgresql" : "sqlite");
    expect(() => databaseOf({})).toThrow(/Client de base de données inconnu/);
  });

  it("compiles bound parameters, relations and transactions for the database behind it", async () => {
    const circo = await createCirconscription(prisma, {
      code: "DBC",
      name: "Canari",
      departement: "31",
    });
    // PostgreSQL's compiler binds $1…, SQLite's ?: the wrong compiler fails this query.
    const found = await prisma.circonscription.findMany({
      where: { code: "DBC", name: { contains: "anar" } },
      select: { id: true },
    });
    expect(found).toEqual([{ id: circo.id }]);
    const [count] = await prisma.$transaction([
      prisma.circonscription.count({ where: { id: circo.id } }),
    ]);
    expect(count).toBe(1);
  });

  it.runIf(onPostgres)("on PostgreSQL, a second client with ?schema= keeps it", () => {
    const url = new URL(process.env.DATABASE_URL!);
    url.searchParams.set("schema", "autre");
    const client = createPrismaClient(url.toString());
    expect(databaseOf(client)).toEqual({ kind: "postgresql", schema: "autre" });
  });
});
