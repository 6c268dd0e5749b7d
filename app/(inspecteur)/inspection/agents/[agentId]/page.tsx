import type { Metadata } from "next";
import Link from "next/link";
import { StaffDossier } from "@/components/dossier/staff-dossier";
import { requireAgentAccess, requireRole } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Dossier d'un agent" };

export default async function InspectorAgentDossier({ params }: { params: Promise<{ agentId: string }> }) {
  await requireRole("INSPECTEUR");
  const { agentId } = await params;
  await requireAgentAccess(agentId, "read");
  return (
    <div>
      <p className="mb-1 text-sm">
        <Link href="/inspection">Espace inspecteur</Link> › Dossier (lecture seule)
      </p>
      <StaffDossier agentId={agentId} />
    </div>
  );
}
