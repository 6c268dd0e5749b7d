"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { authedAction, type ActionState } from "@/lib/actions/safe-action";
import { decodeCsv } from "@/lib/csv";
import type { CareerImportSummary } from "@/lib/agents/career-import";
import { applyCareer, dryRunCareer } from "@/lib/agents/commands";
import { MAX_UPLOAD_BYTES } from "@/lib/agents/import-labels";
import { finishImport, trackImport } from "@/lib/agents/import-progress";

export interface CareerActionState extends ActionState {
  intent?: "verifier" | "importer";
  summary?: CareerImportSummary;
}

const careerSchema = z.object({
  intent: z.enum(["verifier", "importer"], { error: "Choisissez « Vérifier le fichier » ou « Importer »." }),
  importId: z.string().regex(/^[0-9a-f]{32}$/, "Identifiant de suivi invalide : rechargez la page."),
  fichier: z
    .instanceof(File, { error: "Choisissez le fichier CSV des carrières." })
    .refine((f) => f.size > 0, "Choisissez le fichier CSV des carrières (le fichier envoyé est vide).")
    .refine((f) => f.size <= MAX_UPLOAD_BYTES, "Le fichier dépasse 5,5 Mo : découpez-le (par circonscription, par exemple)."),
});

const n = (v: number) => v.toLocaleString("fr-FR");

// One process-wide flag, like the agent import: two applies would interleave their histories.
const lock = globalThis as { __avancementCareerImportRunning?: boolean };

const careerAction = authedAction({ roles: ["GESTIONNAIRE"], schema: careerSchema }, async (input, user): Promise<CareerActionState> => {
  const { text, encoding } = decodeCsv(new Uint8Array(await input.fichier.arrayBuffer()));
  const note = encoding === "windows-1252" ? " Le fichier n'était pas en UTF-8 : il a été lu en Windows-1252 (export Excel) ; vérifiez les accents." : "";
  if (input.intent === "importer" && lock.__avancementCareerImportRunning) {
    return { ok: false, intent: input.intent, message: "Un import des carrières est déjà en cours : réessayez quand il sera terminé." };
  }
  const onProgress = trackImport(input.importId, user.id);
  if (input.intent === "importer") lock.__avancementCareerImportRunning = true;
  try {
    const summary = input.intent === "verifier" ? await dryRunCareer(text, { onProgress, departementIds: user.departementIds }) : await applyCareer(user, text, { onProgress, departementIds: user.departementIds });
    if (summary.errorCount > 0) {
      return {
        ok: false,
        intent: input.intent,
        summary,
        message: `${n(summary.errorCount)} erreur(s) dans le fichier : rien n'a été importé. Corrigez le fichier puis vérifiez-le à nouveau.${note}`,
      };
    }
    const counts = `${n(summary.agents)} agent(s), ${n(summary.toUpdate)} carrière(s) ${input.intent === "importer" ? "mise(s) à jour" : "à mettre à jour"}, ${n(summary.unchanged)} inchangée(s)`;
    if (input.intent === "verifier") return { ok: true, intent: input.intent, summary, message: `Fichier valide (${n(summary.rows)} ligne(s)) : ${counts}.${note}` };
    revalidatePath("/gestion/agents");
    return { ok: true, intent: input.intent, summary, message: `Import terminé : ${counts}.${note}` };
  } catch (error) {
    console.error("[import des carrières] échec :", error);
    return {
      ok: false,
      intent: input.intent,
      message:
        input.intent === "importer"
          ? "L'import s'est interrompu. Les lots déjà enregistrés sont conservés : relancez l'import du même fichier pour le terminer."
          : "La vérification s'est interrompue : réessayez.",
    };
  } finally {
    if (input.intent === "importer") lock.__avancementCareerImportRunning = false;
    finishImport(input.importId, user.id);
  }
});

/** "Vérifier le fichier" (dry run) or "Importer" (apply) of a career-history file. */
export async function importCareerAction(prev: CareerActionState | undefined, formData: FormData): Promise<CareerActionState> {
  return careerAction(prev, formData);
}
