"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/actions/safe-action";
import { decodeCsv } from "@/lib/csv";
import type { CareerImportSummary } from "@/lib/agents/career-import";
import { applyCareer, dryRunCareer } from "@/lib/agents/commands";
import {
  encodingNote,
  importFormSchema,
  interruptedMessage,
  type ImportFormState,
} from "@/lib/agents/import-form";
import { finishImport, trackImport } from "@/lib/agents/import-progress";

export type CareerActionState = ImportFormState<CareerImportSummary>;

const careerSchema = importFormSchema("des carrières");

const n = (v: number) => v.toLocaleString("fr-FR");

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
          message: `${n(summary.errorCount)} erreur(s) dans le fichier : rien n'a été importé. Corrigez le fichier puis vérifiez-le à nouveau.${note}`,
        };
      }
      const counts = `${n(summary.agents)} agent(s), ${n(summary.toUpdate)} carrière(s) ${input.intent === "importer" ? "mise(s) à jour" : "à mettre à jour"}, ${n(summary.unchanged)} inchangée(s)`;
      if (input.intent === "verifier")
        return {
          ok: true,
          intent: input.intent,
          summary,
          message: `Fichier valide (${n(summary.rows)} ligne(s)) : ${counts}.${note}`,
        };
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
