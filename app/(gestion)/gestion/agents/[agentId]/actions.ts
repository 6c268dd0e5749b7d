"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { prisma } from "@/lib/db";
import { removeSecurityKeyByAdmin, unblockAccountByAdmin, type AccountResult } from "@/lib/auth/account";
import { authedAction, type ActionState } from "@/lib/actions/safe-action";

// A gestionnaire's help for an account whose owner is shut out: a lost (or someone
// else's) security key, or login throttling set off by guesses.
const accountSchema = z.object({ agentId: z.string().min(1).max(40), userId: z.string().min(1).max(40) });

function done(result: AccountResult, agentId: string, success: string): ActionState {
  if (!result.ok) return { ok: false, message: result.message };
  revalidatePath(`/gestion/agents/${agentId}`);
  return { ok: true, message: success };
}

export const removeSecurityKeyAction = authedAction({ roles: ["GESTIONNAIRE"], schema: accountSchema }, async (input, user) =>
  done(
    await removeSecurityKeyByAdmin(prisma, user.id, input.userId),
    input.agentId,
    "La clé de sécurité est retirée ; son titulaire en est informé par courriel.",
  ),
);

export const unblockAccountAction = authedAction({ roles: ["GESTIONNAIRE"], schema: accountSchema }, async (input, user) =>
  done(
    await unblockAccountByAdmin(prisma, user.id, input.userId),
    input.agentId,
    "Le compte est débloqué : les tentatives de connexion ne sont plus ralenties.",
  ),
);
