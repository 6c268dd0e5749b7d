"use server";

import { chooseDepartement } from "@/lib/auth/scope";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { formatCount } from "@/lib/format";
import { closedUnpublishedCampaigns } from "@/lib/campaigns/queries";
import { authedAction } from "@/lib/actions/safe-action";
import { decodeCsv, ImportBusyError, type ImportSummary } from "@/lib/agents/import";
import { applyImport, dryRun } from "@/lib/agents/commands";
import {
  closedCampaignsNote,
  encodingNote,
  importFormSchema,
  interruptedMessage,
  type ImportFormState,
} from "@/lib/agents/import-form";
import { finishImport, trackImport } from "@/lib/agents/import-progress";

/** What the import form gets back: the usual message, and the summary of the file. */
export type ImportActionState = ImportFormState<ImportSummary>;

const importSchema = importFormSchema("des agents").extend({
  // «Marquer inactifs les agents absents du fichier»: off unless ticked.
  inactifs: z.literal("oui").optional(),
  // The département imported into, for a gestionnaire of several (lib/auth/scope chooseDepartement).
  departement: z.string().max(40).optional(),
});

function counts(s: ImportSummary, done: boolean): string {
  return [
    formatCount(
      s.toCreate,
      done ? "agent créé" : "agent à créer",
      done ? "agents créés" : "agents à créer",
    ),
    formatCount(
      s.toUpdate,
      done ? "mis à jour" : "à mettre à jour",
      done ? "mis à jour" : "à mettre à jour",
    ),
    formatCount(s.unchanged, "inchangé", "inchangés"),
    ...(s.toDeactivate > 0
      ? [
          formatCount(
            s.toDeactivate,
            done ? "agent absent marqué inactif" : "agent absent à marquer inactif",
            done ? "agents absents marqués inactifs" : "agents absents à marquer inactifs",
          ),
        ]
      : []),
  ].join(", ");
}

const importAction = authedAction(
  { roles: ["GESTIONNAIRE"], schema: importSchema },
  async (input, user): Promise<ImportActionState> => {
    const { text, encoding } = decodeCsv(new Uint8Array(await input.fichier.arrayBuffer()));
    const departement = chooseDepartement(user, input.departement);
    if (!departement.ok)
      return {
        ok: false,
        intent: input.intent,
        message: departement.message,
        errors: { departement: [departement.message] },
      };
    const onProgress = trackImport(input.importId, user.id);
    try {
      const options = {
        onProgress,
        encoding,
        deactivateMissing: input.inactifs === "oui",
        departementId: departement.id,
      };
      const summary =
        input.intent === "verifier"
          ? await dryRun(text, options)
          : await applyImport(user, text, options);
      const note = encodingNote(encoding);
      if (summary.errorCount > 0) {
        return {
          ok: false,
          intent: input.intent,
          summary,
          message: `${formatCount(summary.errorCount, "erreur", "erreurs")} dans le fichier : rien n'a été importé. Corrigez le fichier puis vérifiez-le à nouveau.${note}`,
        };
      }
      if (input.intent === "verifier") {
        const changes = summary.toCreate + summary.toUpdate + summary.toDeactivate > 0;
        const closed = changes ? await closedUnpublishedCampaigns(user, [departement.id]) : [];
        return {
          ok: true,
          intent: input.intent,
          summary,
          message: `Fichier valide (${formatCount(summary.rows, "ligne", "lignes")}) : ${counts(summary, false)}.${note}${closedCampaignsNote(closed)}`,
        };
      }
      revalidatePath("/gestion/agents");
      revalidatePath("/gestion");
      return {
        ok: true,
        intent: input.intent,
        summary,
        message: `Import terminé : ${counts(summary, true)}.${note}`,
      };
    } catch (error) {
      if (error instanceof ImportBusyError)
        return { ok: false, intent: input.intent, message: error.message };
      console.error("[import des agents] échec :", error);
      return { ok: false, intent: input.intent, message: interruptedMessage(input.intent) };
    } finally {
      finishImport(input.importId, user.id);
    }
  },
);

/** "Vérifier le fichier" (dry run) or "Importer" (apply), as chosen by the button pressed. */
export async function importAgentsAction(
  prev: ImportActionState | undefined,
  formData: FormData,
): Promise<ImportActionState> {
  return importAction(prev, formData);
}
