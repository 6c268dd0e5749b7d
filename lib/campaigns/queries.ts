import "server-only";
import { prisma } from "@/lib/db";

const SUMMARY = { id: true, kind: true, title: true, year: true, status: true, candidatureStart: true, candidatureEnd: true, opinionStart: true, opinionEnd: true } as const;

/** Campaigns under way: open, or closed and not yet published. */
export async function listCurrentCampaigns() {
  return prisma.campaign.findMany({ where: { status: { in: ["OUVERTE", "CLOSE"] } }, orderBy: [{ year: "desc" }, { kind: "asc" }], select: SUMMARY });
}

export async function listPublishedCampaigns(take = 5) {
  return prisma.campaign.findMany({ where: { status: "PUBLIEE" }, orderBy: [{ year: "desc" }, { kind: "asc" }], select: SUMMARY, take });
}
