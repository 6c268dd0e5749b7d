import "server-only";
import { forbidden } from "next/navigation";
import { requireRole, type CurrentUser } from "@/lib/auth/session";

/** The signed-in teacher and the id of their own dossier. */
export async function requireOwnDossier(): Promise<{ user: CurrentUser; agentId: string }> {
  const user = await requireRole("ENSEIGNANT");
  if (!user.agentId) forbidden();
  return { user, agentId: user.agentId };
}
