import type { Metadata } from "next";
import { StaffDossier } from "@/components/dossier/staff-dossier";
import { requireAgentAccess, requireRole } from "@/lib/auth/session";
import { Breadcrumb } from "@/components/ui/breadcrumb";

export const metadata: Metadata = { title: "Dossier d'un agent" };

export default async function InspectorAgentDossier({
  params,
}: {
  params: Promise<{ agentId: string }>;
}) {
  await requireRole("INSPECTEUR");
  const { agentId } = await params;
  await requireAgentAccess(agentId, "read");
  return (
    <div>
      <Breadcrumb
        items={[{ label: "Espace inspecteur", href: "/inspection" }]}
        current="Dossier (lecture seule)"
      />
      <StaffDossier agentId={agentId} />
    </div>
  );
}
