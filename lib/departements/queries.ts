import "server-only";
import { prisma } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { inDepartements } from "@/lib/auth/scope";
import { sideBySide } from "./figures";

/** The départements of the actor's scope, by code. */
export function departementsOf(actor: Actor) {
  return prisma.departement.findMany({
    where: { id: { in: actor.departementIds } },
    orderBy: { code: "asc" },
  });
}

/** Every campaign of the actor's départements that has a tableau, side by side (lib/departements/figures). */
export async function academieFigures(actor: Actor) {
  const campaigns = await prisma.campaign.findMany({
    where: { ...inDepartements(actor), status: { in: ["OUVERTE", "CLOSE", "PUBLIEE"] } },
    select: {
      id: true,
      kind: true,
      year: true,
      title: true,
      status: true,
      departement: { select: { id: true, code: true, name: true } },
    },
  });
  const rows = await prisma.promotionResult.findMany({
    where: { campaignId: { in: campaigns.map((c) => c.id) } },
    select: { campaignId: true, promoted: true, bareme: true, agent: { select: { sexe: true } } },
  });
  return sideBySide(
    campaigns,
    rows.map((r) => ({
      campaignId: r.campaignId,
      promoted: r.promoted,
      bareme: r.bareme,
      sexe: r.agent.sexe,
    })),
  );
}
