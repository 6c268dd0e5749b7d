"use server";

import { revalidatePath } from "next/cache";
import { formatCount } from "@/lib/format";
import { closedUnpublishedCampaigns } from "@/lib/campaigns/queries";
import { authedAction } from "@/lib/actions/safe-action";
import { decodeCsv } from "@/lib/csv";
import type { CareerImportSummary } from "@/lib/agents/career-import";
import { applyCareer, dryRunCareer } from "@/lib/agents/commands";
import {
  closedCampaignsNote,
  encodingNote,
  importFormSchema,
  interruptedMessage,
  type ImportFormState,
} from "@/lib/agents/import-form";
import { finishImport, trackImport } from "@/lib/agents/import-progress";

export type CareerActionState = ImportFormState<CareerImportSummary>;

const careerSchema = importFormSchema("des carrières");

// One process-wide flag, like the agent import: two applies would interleave their histories.
const lock = globalThis as { __avancementCareerImportRunning?: boolean };

const careerAction = authedAction(
  { roles: ["GESTIONNAIRE"], schema: careerSchema },
  async (input, user): Promise<CareerActionState> => {
    const { text, encoding } = decodeCsv(new Uint8Array(await input.fichier.arrayBuffer()));
    const note = encodingNote(encoding);
    if (input.intent === "importer" && lock.__avancementCareerImportRunning) {
      return {
        ok: false,
        intent: input.intent,
        message: "Un import des carrières est déjà en cours : réessayez quand il sera terminé.",
      };
    }
    const onProgress = trackImport(input.importId, user.id);
    if (input.intent === "importer") lock.__avancementCareerImportRunning = true;
    try {
      const summary =
        input.intent === "verifier"
          ? await dryRunCareer(text, { onProgress, departementIds: user.departementIds })
          : await applyCareer(user, text, { onProgress, departementIds: user.departementIds });
      if (summary.errorCount > 0) {
        return {
          ok: false,
          intent: input.intent,
          summary,
          message: `${formatCount(summary.errorCount, "erreur", "erreurs")} dans le fichier : rien n'a été importé. Corrigez le fichier puis vérifiez-le à nouveau.${note}`,
        };
      }
      const done = input.intent === "importer";
      const counts = [
        formatCount(summary.agents, "agent", "agents"),
        formatCount(
          summary.toUpdate,
          done ? "carrière mise à jour" : "carrière à mettre à jour",
          done ? "carrières mises à jour" : "carrières à mettre à jour",
        ),
        formatCount(summary.unchanged, "inchangée", "inchangées"),
      ].join(", ");
      if (input.intent === "verifier") {
        const closed = summary.toUpdate
          ? await closedUnpublishedCampaigns(user, user.departementIds)
          : [];
        return {
          ok: true,
          intent: input.intent,
          summary,
          message: `Fichier valide (${formatCount(summary.rows, "ligne", "lignes")}) : ${counts}.${note}${closedCampaignsNote(closed)}`,
        };
      }
      revalidatePath("/gestion/agents");
      return {
        ok: true,
        intent: input.intent,
        summary,
        message: `Import terminé : ${counts}.${note}`,
      };
    } catch (error) {
      console.error("[import des carrières] échec :", error);
      return { ok: false, intent: input.intent, message: interruptedMessage(input.intent) };
    } finally {
      if (input.intent === "importer") lock.__avancementCareerImportRunning = false;
      finishImport(input.importId, user.id);
    }
  },
);

/** "Vérifier le fichier" (dry run) or "Importer" (apply) of a career-history file. */
export async function importCareerAction(
  prev: CareerActionState | undefined,
  formData: FormData,
): Promise<CareerActionState> {
  return careerAction(prev, formData);
}
