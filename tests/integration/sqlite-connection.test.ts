import { spawn, type ChildProcess } from "node:child_process";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { PrismaClient } from "@/generated/prisma/client";
import { prisma } from "@/lib/db";
import { isPostgresUrl } from "@/lib/env";
import { QueuedSqlite } from "@/lib/sqlite-connection";

// The SQLite connection shared by every request of a process (lib/sqlite-connection.ts).
// "Another process" is a real one: better-sqlite3 waits synchronously, so a second
// connection in this process could never let go of its lock while we wait for it.
const url = process.env.DATABASE_URL ?? "";
const file = url.replace(/^file:/, "");
const onSqlite = !isPostgresUrl(url);

const departement = (code: string) => ({
  code,
  name: `Test ${code}`,
  dsden: `DSDEN ${code}`,
  academie: "Test",
});
const codes = (db: Database.Database) =>
  (
    db.prepare(`SELECT code FROM "Departement" WHERE code LIKE 'Q%' ORDER BY code`).all() as {
      code: string;
    }[]
  ).map((row) => row.code);

/**
 * Another process on the same file: `lock` is "write" (BEGIN IMMEDIATE and an insert) or
 * "read" (a read transaction), held for `holdMs` from the moment it prints "held".
 */
function otherProcess(lock: "write" | "read", holdMs: number) {
  const script = `
    const Database = require("better-sqlite3");
    const db = new Database(process.argv[1], { timeout: 5000 });
    const sleep = (ms) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
    if (process.argv[2] === "write") {
      db.exec("BEGIN IMMEDIATE");
      db.prepare('INSERT INTO "Departement" (id, code, name, dsden, academie) VALUES (?, ?, ?, ?, ?)')
        .run("other-process", "Q0", "Autre", "Autre", "Test");
    } else {
      db.exec("BEGIN");
      db.prepare('SELECT count(*) FROM "Departement"').get();
    }
    console.log("held");
    sleep(Number(process.argv[3]));
    db.exec("COMMIT");
    console.log("released");
  `;
  const child: ChildProcess = spawn(process.execPath, ["-e", script, file, lock, String(holdMs)], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  const said = (line: string) =>
    new Promise<void>((resolve, reject) => {
      let out = "";
      child.stdout!.on("data", (chunk: Buffer) => {
        out += chunk.toString();
        if (out.split("\n").includes(line)) resolve();
      });
      child.on("exit", (code) => (code ? reject(new Error(`exit ${code}`)) : resolve()));
    });
  return { held: said("held"), released: said("released") };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.runIf(onSqlite)("the SQLite connection shared by a process", () => {
  const clients: PrismaClient[] = [];
  const client = (busyTimeoutMs: number) => {
    const db = new PrismaClient({ adapter: new QueuedSqlite(url, { busyTimeoutMs }) });
    clients.push(db);
    return db;
  };
  const fresh = () => new Database(file, { readonly: true });
  afterAll(async () => {
    await Promise.all(clients.map((db) => db.$disconnect()));
    await prisma.departement.deleteMany({ where: { code: { startsWith: "Q" } } });
  });

  it("keeps a write acknowledged while another request's transaction was open, when that transaction rolls back", async () => {
    let seenInside: string[] = [];
    const rolledBack = prisma
      .$transaction(async (tx) => {
        await tx.departement.create({ data: departement("Q1") });
        await sleep(300);
        throw new Error("refusé");
      })
      .catch((error: Error) => error.message);
    await sleep(50);
    // Another request, meanwhile: it must neither see Q1 nor have its own write undone.
    seenInside = (await prisma.departement.findMany({ where: { code: { startsWith: "Q" } } })).map(
      (d) => d.code,
    );
    await prisma.departement.create({ data: departement("Q2") });
    expect(await rolledBack).toBe("refusé");
    expect(seenInside).toEqual([]);
    const db = fresh();
    expect(codes(db)).toEqual(["Q2"]);
    db.close();
    await prisma.departement.deleteMany({ where: { code: { startsWith: "Q" } } });
  });

  it("lets a transaction that reads then writes wait for another process's write instead of refusing it", async () => {
    const other = otherProcess("write", 400);
    await other.held;
    const seen = await prisma.$transaction(async (tx) => {
      const before = await tx.departement.count({ where: { code: { startsWith: "Q" } } });
      await sleep(600); // the other process is committing by now
      await tx.departement.create({ data: departement("Q3") });
      return before;
    });
    await other.released;
    expect(seen).toBe(1); // it began after the other process's commit, and saw it
    const db = fresh();
    expect(codes(db)).toEqual(["Q0", "Q3"]);
    db.close();
    await prisma.departement.deleteMany({ where: { code: { startsWith: "Q" } } });
  });

  it("after a COMMIT refused by another process's reader, rolls back, says so, and the next transactions commit", async () => {
    const db = client(200);
    const other = otherProcess("read", 1_500);
    await other.held;
    await expect(
      db.$transaction(async (tx) => {
        await tx.departement.create({ data: departement("Q4") });
      }),
    ).rejects.toThrow();
    await other.released;
    await db.$transaction(async (tx) => {
      await tx.departement.create({ data: departement("Q5") });
    });
    await db.departement.create({ data: departement("Q6") });
    // Committed for everyone, not written inside a transaction left open.
    const reader = fresh();
    expect(codes(reader)).toEqual(["Q5", "Q6"]);
    reader.close();
    await prisma.departement.deleteMany({ where: { code: { startsWith: "Q" } } });
  });

  it("after a BEGIN refused because another process kept writing, the next transaction runs", async () => {
    const db = client(200);
    const other = otherProcess("write", 1_000);
    await other.held;
    await expect(
      db.$transaction(async (tx) => {
        await tx.departement.create({ data: departement("Q7") });
      }),
    ).rejects.toThrow();
    await other.released;
    await db.$transaction(async (tx) => {
      await tx.departement.create({ data: departement("Q8") });
    });
    const reader = fresh();
    expect(codes(reader)).toEqual(["Q0", "Q8"]);
    reader.close();
  });
});
