"use server";

import { authedAction } from "@/lib/actions/safe-action";
import { toActionState } from "@/lib/actions/result";
import { opinionSchema } from "@/lib/opinions/opinions";
import { saveOpinion } from "@/lib/opinions/commands";

export const saveOpinionAction = authedAction(
  { roles: ["INSPECTEUR"], schema: opinionSchema },
  async (input, user) => {
    const result = await saveOpinion(user, input);
    // No revalidation: in bulk mode the list must stay as it is while the inspector goes on
    // (a filtered "à saisir" list would otherwise drop the row just saved).
    // The counter «N / M avis saisis» moves on the client instead (components/ui/live-counter).
    return toActionState(result, {
      message: "Avis enregistré.",
      increment: result.ok && result.counted ? 1 : 0,
    });
  },
);
