import { z } from "zod";
import type { ActionState } from "@/lib/actions/result";
import type { CsvEncoding } from "@/lib/csv";
import { MAX_UPLOAD_BYTES } from "./import-labels";

// The form of the CSV imports (agents, career histories): the same buttons, the same file
// field and the same words around the outcome, for both.

export type ImportIntent = "verifier" | "importer";

/** What an import form gets back: the usual message, and the summary of the file. */
export interface ImportFormState<Summary> extends ActionState {
  intent?: ImportIntent;
  summary?: Summary;
}

/** The import form's fields; `what` names the file: « des agents », « des carrières ». */
export function importFormSchema(what: string) {
  return z.object({
    intent: z.enum(["verifier", "importer"], {
      error: "Choisissez « Vérifier le fichier » ou « Importer ».",
    }),
    // Chosen by the page, to poll the progress of this very import.
    importId: z
      .string()
      .regex(/^[0-9a-f]{32}$/, "Identifiant de suivi invalide : rechargez la page."),
    fichier: z
      .instanceof(File, { error: `Choisissez le fichier CSV ${what}.` })
      .refine((f) => f.size > 0, `Choisissez le fichier CSV ${what} (le fichier envoyé est vide).`)
      .refine(
        (f) => f.size <= MAX_UPLOAD_BYTES,
        "Le fichier dépasse 5,5 Mo : découpez-le (par circonscription, par exemple).",
      ),
  });
}

/** Said after the outcome when the file was not UTF-8. */
export function encodingNote(encoding: CsvEncoding): string {
  return encoding === "windows-1252"
    ? " Le fichier n'était pas en UTF-8 : il a été lu en Windows-1252 (export Excel) ; vérifiez les accents."
    : "";
}

/**
 * Before importing agents or careers: a closed campaign not yet published reads its
 * promouvables again at each computation of its tableau, so what is imported now changes it.
 */
export function closedCampaignsNote(titles: string[]): string {
  if (titles.length === 0) return "";
  const list = titles.map((t) => `« ${t} »`).join(", ");
  return titles.length === 1
    ? ` Attention : la campagne ${list} est close sans être publiée ; les agents créés ou modifiés par cet import entreront dans le calcul de son tableau, à recalculer avant publication.`
    : ` Attention : les campagnes ${list} sont closes sans être publiées ; les agents créés ou modifiés par cet import entreront dans le calcul de leurs tableaux, à recalculer avant publication.`;
}

/** When a check or an import stops on an unexpected error. */
export function interruptedMessage(intent: ImportIntent): string {
  return intent === "importer"
    ? "L'import s'est interrompu. Les lots déjà enregistrés sont conservés : relancez l'import du même fichier pour le terminer."
    : "La vérification s'est interrompue : réessayez.";
}
