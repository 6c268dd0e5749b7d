"use server";

import { authedAction } from "@/lib/actions/safe-action";
import { opinionSchema } from "@/lib/opinions/opinions";
import { saveOpinion } from "@/lib/opinions/commands";

export const saveOpinionAction = authedAction({ roles: ["INSPECTEUR"], schema: opinionSchema }, async (input, user) => {
  const result = await saveOpinion(user, input);
  if (!result.ok) return { ok: false, message: result.message, errors: result.field ? { [result.field]: [result.message] } : undefined };
  // No revalidation: in bulk mode the list must stay as it is while the inspector goes on
  // (a filtered "à saisir" list would otherwise drop the row just saved).
  // The counter «N / M avis saisis» moves on the client instead (components/ui/live-counter).
  return { ok: true, message: "Avis enregistré.", increment: result.created ? 1 : 0 };
});
