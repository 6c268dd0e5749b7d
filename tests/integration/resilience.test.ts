import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import {
  createCampaign,
  createCirconscription,
  createTeachers,
  type TeacherInput,
} from "@/lib/seed/factories";
import { currentCampaignYear } from "@/lib/campaigns/campaign-year";

const DAY = 86_400_000;
const now = new Date();
const isoDay = (offset: number) =>
  new Date(now.getTime() + offset * DAY).toISOString().slice(0, 10);
const year = currentCampaignYear(now);

/** Runs the burst process; `killAfter` acknowledgements, it is killed with SIGKILL. */
function burst(
  input: string,
  killAfter: number | null,
): Promise<{ acked: string[]; killed: boolean }> {
  return new Promise((resolve, reject) => {
    // tsx as a loader of this very process: the tsx command runs the script in a child
    // process, which outlived the SIGKILL of its parent and kept writing into the next burst.
    const child = spawn(
      process.execPath,
      ["--import", "tsx", "tests/support/candidature-burst.ts", input],
      { env: process.env, stdio: ["ignore", "pipe", "inherit"] },
    );
    const acked: string[] = [];
    let buffer = "";
    let killed = false;
    child.stdout.on("data", (chunk: Buffer) => {
      buffer += chunk.toString();
      const lines = buffer.split("\n");
      buffer = lines.pop()!;
      for (const line of lines) if (line.startsWith("ACK ")) acked.push(line.slice(4));
      if (killAfter !== null && !killed && acked.length >= killAfter) {
        killed = true;
        child.kill("SIGKILL");
      }
    });
    child.on("error", reject);
    child.on("exit", () => resolve({ acked, killed }));
  });
}

describe("resilience of the candidature submission", () => {
  it("keeps every acknowledged candidature, whole, when the process is killed mid-burst", async () => {
    const circo = await createCirconscription(prisma, {
      code: "R",
      name: "Résilience",
      departement: "31",
    });
    const campaign = await createCampaign(prisma, {
      ruleSet: "CE_2017_2023",
      year,
      status: "OUVERTE",
      candidatureStart: isoDay(-3),
      candidatureEnd: isoDay(10),
      parameters: { candidatureRequired: true },
    });
    const inputs: TeacherInput[] = Array.from({ length: 300 }, (_, i) => ({
      identifiant: `res${i}`,
      numen: `31E${String(2000000 + i)}RES`,
      nom: `Agent${i}`,
      prenom: "Test",
      grade: "HC",
      echelon: 4,
      echelonDate: "2024-03-01",
      circonscriptionId: circo.id,
      careerSteps: [
        { grade: "HC", echelon: 3, date: "2021-09-01" },
        { grade: "HC", echelon: 4, date: "2024-03-01" },
      ],
      functions: [
        {
          kind: "DIRECTEUR_ECOLE",
          startDate: "2012-09-01",
          status: "VALIDEE",
          source: "ADMINISTRATION",
        },
      ],
    }));
    const teachers = await createTeachers(prisma, inputs, { hashCost: { N: 1024, r: 8, p: 1 } });
    const input = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "burst-")), "input.json");
    fs.writeFileSync(
      input,
      JSON.stringify({
        campaignId: campaign.id,
        teachers: teachers.map((t) => ({ userId: t.userId, agentId: t.agentId })),
      }),
    );

    const first = await burst(input, 60);
    expect(first.killed).toBe(true);
    expect(first.acked.length).toBeGreaterThanOrEqual(60);

    // After the crash: every acknowledged submission is there, and nothing is half-written
    // (each candidature has its audit record, and the other way round).
    const rows = await prisma.candidature.findMany({
      where: { campaignId: campaign.id },
      select: { id: true, agentId: true, status: true },
    });
    const recorded = new Set(rows.filter((r) => r.status === "ENREGISTREE").map((r) => r.agentId));
    expect(first.acked.filter((id) => !recorded.has(id))).toEqual([]);
    expect(rows.length).toBeLessThan(300);
    const audited = await prisma.auditLog.findMany({
      where: { action: "candidature.submit", entityId: { in: rows.map((r) => r.id) } },
      select: { entityId: true },
    });
    expect(new Set(audited.map((a) => a.entityId)).size).toBe(rows.length);
    if (process.env.DATABASE_URL?.startsWith("file:")) {
      const [integrity] =
        await prisma.$queryRawUnsafe<{ integrity_check: string }[]>("PRAGMA integrity_check");
      expect(integrity?.integrity_check).toBe("ok");
    }

    // The restarted service takes every submission again, once per agent.
    const second = await burst(input, null);
    expect(second.acked).toHaveLength(300);
    expect(
      await prisma.candidature.count({ where: { campaignId: campaign.id, status: "ENREGISTREE" } }),
    ).toBe(300);
  }, 120_000);
});
