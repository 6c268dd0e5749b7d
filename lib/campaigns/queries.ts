import "server-only";
import { prisma } from "@/lib/db";

/** Campaigns a user can act in now: open, whatever window is running. */
export async function listOpenCampaigns() {
  return prisma.campaign.findMany({
    where: { status: "OUVERTE" },
    orderBy: [{ year: "desc" }, { kind: "asc" }],
    select: { id: true, kind: true, title: true, year: true, candidatureStart: true, candidatureEnd: true, opinionStart: true, opinionEnd: true },
  });
}
