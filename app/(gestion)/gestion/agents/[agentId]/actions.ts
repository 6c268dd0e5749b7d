"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { removeSecurityKeyByAdmin, unblockAccountByAdmin } from "@/lib/auth/commands";
import { authedAction, type ActionState } from "@/lib/actions/safe-action";
import { INACTIVE_REASON_MAX } from "@/lib/agents/status";
import { deactivateAgent, reactivateAgent } from "@/lib/agents/commands";
import { toActionState, type WriteResult } from "@/lib/actions/result";

// A gestionnaire's help for an account whose owner is shut out: a lost (or someone
// else's) security key, or login throttling set off by guesses.
const accountSchema = z.object({
  agentId: z.string().min(1).max(40),
  userId: z.string().min(1).max(40),
});

function done(
  result: WriteResult,
  agentId: string,
  success: string,
  alsoList = false,
): ActionState {
  if (result.ok) {
    revalidatePath(`/gestion/agents/${agentId}`);
    if (alsoList) revalidatePath("/gestion/agents");
  }
  return toActionState(result, { message: success });
}

export const removeSecurityKeyAction = authedAction(
  { roles: ["GESTIONNAIRE"], schema: accountSchema },
  async (input, user) =>
    done(
      await removeSecurityKeyByAdmin(user, input.userId),
      input.agentId,
      "La clé de sécurité est retirée ; son titulaire en est informé par courriel.",
    ),
);

export const unblockAccountAction = authedAction(
  { roles: ["GESTIONNAIRE"], schema: accountSchema },
  async (input, user) =>
    done(
      await unblockAccountByAdmin(user, input.userId),
      input.agentId,
      "Le compte est débloqué : les tentatives de connexion ne sont plus ralenties.",
    ),
);

// An agent who left (retirement, departure) is marked inactive, and back (lib/agents/status.ts).
const deactivateSchema = z.object({
  agentId: z.string().min(1).max(40),
  reason: z.string().trim().min(1, "Indiquez le motif.").max(INACTIVE_REASON_MAX),
});
const reactivateSchema = z.object({ agentId: z.string().min(1).max(40) });

export const deactivateAgentAction = authedAction(
  { roles: ["GESTIONNAIRE"], schema: deactivateSchema },
  async (input, user) =>
    done(
      await deactivateAgent(user, input.agentId, input.reason),
      input.agentId,
      "L'agent est marqué inactif : aucune campagne ne l'examine plus et son compte ne peut plus se connecter.",
      true,
    ),
);

export const reactivateAgentAction = authedAction(
  { roles: ["GESTIONNAIRE"], schema: reactivateSchema },
  async (input, user) =>
    done(
      await reactivateAgent(user, input.agentId),
      input.agentId,
      "L'agent est de nouveau actif : son compte peut se connecter.",
      true,
    ),
);
