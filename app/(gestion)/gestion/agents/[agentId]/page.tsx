import type { Metadata } from "next";
import Link from "next/link";
import { StaffDossier } from "@/components/dossier/staff-dossier";
import { requireAgentAccess, requireRole } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Dossier d'un agent" };

export default async function AdminAgentDossier({ params }: { params: Promise<{ agentId: string }> }) {
  await requireRole("GESTIONNAIRE");
  const { agentId } = await params;
  await requireAgentAccess(agentId, "read");
  return (
    <div>
      <p className="mb-1 text-sm">
        <Link href="/gestion">Espace gestionnaire</Link> › <Link href="/gestion/agents">Agents</Link> › Dossier
      </p>
      <StaffDossier agentId={agentId} />
    </div>
  );
}
