// The size limit of a pièce justificative, without server dependencies: the forms check it
// in the browser before sending, the server checks it again (lib/dossier/documents.ts) and
// the request guard refuses a larger body before reading it (lib/http/guard.ts).
export const MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;
export const PROOF_TOO_BIG_MESSAGE = "La pièce justificative dépasse 5 Mo.";

/** The message for a chosen file, or null when it fits (no file: nothing to say here). */
export function proofSizeError(file: { size: number } | null | undefined): string | null {
  return file && file.size > MAX_DOCUMENT_BYTES ? PROOF_TOO_BIG_MESSAGE : null;
}
