"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import {
  authedAction,
  formDataToObject,
  FORBIDDEN_MESSAGE,
  typedValues,
  validationFailure,
} from "@/lib/actions/safe-action";
import { checkDocument } from "@/lib/dossier/documents";
import { entrySchemas } from "@/lib/dossier/entries";
import { deleteEntry, reportError, saveEntry } from "@/lib/dossier/commands";
import { agentBirthDate } from "@/lib/agents/queries";
import { functionStatus } from "@/lib/dossier/queries";
import { correctionSchema } from "@/lib/dossier/corrections";
import { toActionState } from "@/lib/actions/result";
import { ENTRY_KIND_DEFS, ENTRY_KINDS } from "@/lib/dossier/entry-kinds";
import { DELETED_MESSAGES, SAVED_FUNCTION_MESSAGE } from "@/lib/dossier/messages";
import type { CurrentUser } from "@/lib/auth/session";

const entryRef = z.object({
  entry: z.enum(ENTRY_KINDS, { error: "Type d'entrée inconnu." }),
  id: z.string().max(40).optional(),
  // Only administrators name the dossier; a teacher always works on their own.
  agentId: z.string().max(40).optional(),
});

function targetAgent(user: CurrentUser, requested: string | undefined): string | null {
  return user.role === "ENSEIGNANT" ? user.agentId : (requested ?? null);
}

const hasFile = (value: FormDataEntryValue | null): value is File =>
  value instanceof Blob && value.size > 0;

export const saveEntryAction = authedAction(
  { roles: ["ENSEIGNANT", "GESTIONNAIRE"], schema: entryRef },
  async (ref, user, formData) => {
    const agentId = targetAgent(user, ref.agentId);
    if (!agentId) return { ok: false, message: FORBIDDEN_MESSAGE };
    const values = typedValues(formData);
    // No date of the dossier before the agent's birth (the scope is checked by saveEntry).
    const birthDate = await agentBirthDate(user, agentId);
    const parsed = entrySchemas(new Date(), { birthDate })[ref.entry].safeParse(
      formDataToObject(formData),
    );
    if (!parsed.success) return { ...validationFailure(parsed.error), values };
    // A reviewed function (validée or refusée) goes back to « À vérifier » when changed: said after saving.
    const reviewed =
      ref.entry === "fonction" && ref.id
        ? ((await functionStatus(user, agentId, ref.id)) ?? "A_VERIFIER") !== "A_VERIFIER"
        : false;
    const file = formData.get("proof");
    const proof = ref.entry === "fonction" && hasFile(file) ? await checkDocument(file) : null;
    const result = await saveEntry(user, agentId, ref.entry, ref.id ?? null, parsed.data, proof);
    if (!result.ok) return toActionState(result, { values });
    revalidatePath("/dossier", "layout");
    // A changed function goes back to « À vérifier » (lib/dossier/mutations): the page says so.
    if (ref.id && user.role === "ENSEIGNANT")
      redirect(
        `/dossier/${ENTRY_KIND_DEFS[ref.entry].tab.slug}?enregistre=${reviewed ? "verification" : "1"}`,
      );
    if (ref.id)
      return {
        ok: true,
        message: reviewed ? SAVED_FUNCTION_MESSAGE : "Modifications enregistrées.",
      };
    return {
      ok: true,
      message:
        ref.entry === "fonction"
          ? "Fonction ajoutée : elle sera prise en compte après vérification de la pièce justificative par votre gestionnaire."
          : "Entrée ajoutée à votre dossier.",
    };
  },
);

export const deleteEntryAction = authedAction(
  { roles: ["ENSEIGNANT", "GESTIONNAIRE"], schema: entryRef.required({ id: true }) },
  async (ref, user) => {
    const agentId = targetAgent(user, ref.agentId);
    if (!agentId) return { ok: false, message: FORBIDDEN_MESSAGE };
    const result = await deleteEntry(user, agentId, ref.entry, ref.id);
    if (!result.ok) return toActionState(result);
    revalidatePath("/dossier", "layout");
    // The deleted row leaves the page with its form: the tab says what was deleted.
    if (user.role === "ENSEIGNANT")
      redirect(`/dossier/${ENTRY_KIND_DEFS[ref.entry].tab.slug}?supprime=1`);
    return { ok: true, message: DELETED_MESSAGES[ref.entry] };
  },
);

export const reportErrorAction = authedAction(
  { roles: ["ENSEIGNANT"], schema: correctionSchema },
  async (input, user, formData) => {
    const values = typedValues(formData);
    const result = await reportError(user, input, await checkDocument(formData.get("proof")));
    if (!result.ok) return toActionState(result, { values });
    revalidatePath("/dossier", "layout");
    return {
      ok: true,
      message:
        "Votre signalement a été transmis à votre gestionnaire. Vous suivrez son traitement sur cette page.",
    };
  },
);
