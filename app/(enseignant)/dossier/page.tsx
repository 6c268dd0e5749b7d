import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { prisma } from "@/lib/db";
import { requireRole } from "@/lib/auth/session";
import { formatCalendarDate, GRADE_LABELS, ordinalEchelon } from "@/lib/format";

export const metadata: Metadata = { title: "Votre dossier" };

export default async function Dossier() {
  const user = await requireRole("ENSEIGNANT");
  if (!user.agentId) forbidden();
  const agent = await prisma.agent.findUniqueOrThrow({
    where: { id: user.agentId },
    include: { school: true, circonscription: true },
  });
  return (
    <div>
      <h1 className="mb-6 text-3xl font-bold">
        Dossier de {agent.prenom} {agent.nom}
      </h1>
      <h2 className="mb-3 text-2xl font-bold">Situation de carrière</h2>
      <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2">
        <dt className="font-medium">Corps</dt>
        <dd>Professeurs des écoles</dd>
        <dt className="font-medium">Grade</dt>
        <dd>{GRADE_LABELS[agent.grade]}</dd>
        <dt className="font-medium">Échelon</dt>
        <dd>
          {ordinalEchelon(agent.echelon)} échelon depuis le {formatCalendarDate(agent.echelonDate)}
        </dd>
        <dt className="font-medium">Position</dt>
        <dd>{agent.position}</dd>
        <dt className="font-medium">Affectation</dt>
        <dd>{agent.school ? `${agent.school.name} (${agent.school.commune})` : "—"}</dd>
        <dt className="font-medium">Circonscription</dt>
        <dd>{agent.circonscription.name}</dd>
      </dl>
    </div>
  );
}
