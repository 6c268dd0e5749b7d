import "server-only";
import { z } from "zod";
import type { Role } from "@/generated/prisma/enums";
import { getCurrentUser, type CurrentUser } from "@/lib/auth/session";
import { prisma } from "@/lib/db";
import { writeAudit } from "@/lib/audit";
import type { ActionState } from "./result";

export type { ActionState } from "./result";

export const FORBIDDEN_MESSAGE = "Vous n'avez pas accès à cette action.";
export const SESSION_EXPIRED_MESSAGE = "Votre session a expiré : reconnectez-vous.";
export const PASSWORD_CHANGE_FIRST_MESSAGE =
  "Choisissez d'abord un nouveau mot de passe (Mon compte › Changer mon mot de passe).";

export function formDataToObject(formData: FormData): Record<string, FormDataEntryValue> {
  const out: Record<string, FormDataEntryValue> = {};
  for (const [key, value] of formData.entries()) {
    if (!key.startsWith("$ACTION")) out[key] = value;
  }
  return out;
}

// Never echoed back to the browser, even into the form that sent them. Whole names only:
// a substring match also swallowed "opinionStart" (pin) and "confirmEarly".
const SECRET_FIELDS = /^(pass\w*|pin|code|token|current|next|confirm)$/i;

/** What was typed, files and secrets left out, to refill a refused form. */
export function typedValues(formData: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(formDataToObject(formData))) {
    if (typeof value === "string" && !SECRET_FIELDS.test(key)) out[key] = value;
  }
  return out;
}

export function validationFailure(
  error: z.ZodError,
  message = "Le formulaire contient des erreurs : corrigez les champs signalés.",
): ActionState {
  return {
    ok: false,
    message,
    errors: z.flattenError(error).fieldErrors as Record<string, string[]>,
  };
}

/** Validates a form with zod before the handler runs; for actions open to anyone. */
export function validatedAction<S extends z.ZodType>(
  schema: S,
  handler: (input: z.infer<S>, formData: FormData) => Promise<ActionState>,
) {
  return async (_prev: ActionState | undefined, formData: FormData): Promise<ActionState> => {
    const parsed = schema.safeParse(formDataToObject(formData));
    if (!parsed.success)
      return { ...validationFailure(parsed.error), values: typedValues(formData) };
    return handler(parsed.data, formData);
  };
}

/**
 * One gate for every server action that needs a signed-in user: loads the user from the
 * database, checks the role, validates the form with zod, then runs the handler. Scope
 * checks that depend on the data (own dossier, own circonscriptions) belong to the
 * handler, through lib/auth/permissions.
 */
export function authedAction<S extends z.ZodType>(
  options: { roles: readonly Role[]; schema: S; beforePasswordChange?: boolean },
  handler: (input: z.infer<S>, user: CurrentUser, formData: FormData) => Promise<ActionState>,
) {
  return async (prev: ActionState | undefined, formData: FormData): Promise<ActionState> => {
    const user = await getCurrentUser();
    if (!user) return { ok: false, message: SESSION_EXPIRED_MESSAGE };
    if (!options.roles.includes(user.role)) {
      // Refused accesses are recorded (ASVS 7.1.3); the form's content is not.
      await writeAudit(prisma, {
        actorId: user.id,
        action: "access.refused",
        after: { reason: `role ${user.role}` },
      });
      return { ok: false, message: FORBIDDEN_MESSAGE };
    }
    if (user.passwordChangeRequired && !options.beforePasswordChange)
      return { ok: false, message: PASSWORD_CHANGE_FIRST_MESSAGE };
    return validatedAction(options.schema, (input, data) => handler(input, user, data))(
      prev,
      formData,
    );
  };
}
