import { unstable_rethrow } from "next/navigation";
import { toActionState, type ActionState } from "./result";
import { PROOF_TOO_BIG_MESSAGE, proofSizeError } from "@/lib/dossier/proof-size";

// Client side of the forms that carry a pièce justificative: nothing the user typed is ever
// lost. A file over the limit is refused here, before a byte is sent; a request that fails
// on the way (body refused by the server, network, server error) comes back as a refusal
// with the typed values instead of throwing to the error page, whose «Réessayer» would
// bring the form back empty.

type Action = (prev: ActionState | undefined, formData: FormData) => Promise<ActionState>;

export const UNEXPECTED_MESSAGE =
  "Votre demande n'a pas pu être traitée. Ce que vous avez saisi est conservé : réessayez dans un instant.";

const isFile = (v: FormDataEntryValue): v is File => typeof v !== "string";

/** The text fields of a form (files and Next's own fields left out), to refill it. */
export function typedFormValues(formData: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of formData.entries())
    if (typeof value === "string" && !key.startsWith("$ACTION")) out[key] = value;
  return out;
}

/** The first file of the form over the size limit, as a field error. */
export function oversizedFile(formData: FormData): { field: string; message: string } | null {
  for (const [key, value] of formData.entries()) {
    const message = isFile(value) ? proofSizeError(value) : null;
    if (message) return { field: key, message };
  }
  return null;
}

export function keepTypedOnError(action: Action): Action {
  return async (prev, formData) => {
    const tooBig = oversizedFile(formData);
    if (tooBig)
      return toActionState({ ok: false, ...tooBig }, { values: typedFormValues(formData) });
    try {
      return await action(prev, formData);
    } catch (error) {
      // Redirects (and Next's other signals) are not failures.
      unstable_rethrow(error);
      const message =
        error instanceof Error && error.message === PROOF_TOO_BIG_MESSAGE
          ? PROOF_TOO_BIG_MESSAGE
          : UNEXPECTED_MESSAGE;
      return toActionState({ ok: false, message }, { values: typedFormValues(formData) });
    }
  };
}
