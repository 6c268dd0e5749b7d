"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { z } from "zod";
import { LOGIN_MESSAGES, throttledMessage } from "@/lib/auth/login";
import { endSession } from "@/lib/auth/commands";
import { signIn, signOut } from "@/lib/auth/nextauth";
import { getCurrentUser } from "@/lib/auth/session";
import { formDataToObject, validationFailure, type ActionState } from "@/lib/actions/safe-action";

const loginSchema = z
  .object({
    identifiant: z
      .string()
      .trim()
      .min(1, "Saisissez votre identifiant.")
      .max(64, "Identifiant trop long."),
    password: z.string().max(256, "Mot de passe trop long.").optional().default(""),
    passcode: z.string().trim().max(32, "Passcode trop long.").optional().default(""),
  })
  .refine((v) => v.password || v.passcode, {
    message: "Saisissez votre mot de passe ou votre passcode OTP.",
    path: ["password"],
  });

export async function login(
  _prev: ActionState | undefined,
  formData: FormData,
): Promise<ActionState> {
  const parsed = loginSchema.safeParse(formDataToObject(formData));
  const identifiant = String(formData.get("identifiant") ?? "");
  if (!parsed.success) {
    return { ...validationFailure(parsed.error, LOGIN_MESSAGES.missing), values: { identifiant } };
  }
  // Throttling and the audit log live in the credentials provider (lib/auth/login.ts), the
  // one path that every login takes, this form or not.
  try {
    await signIn("credentials", { ...parsed.data, redirectTo: "/accueil" });
  } catch (error) {
    if (error instanceof AuthError) {
      return {
        ok: false,
        message: refusalMessage(error instanceof CredentialsSignin ? error.code : "invalid"),
        values: { identifiant },
      };
    }
    throw error; // the redirect that follows a successful login
  }
  return {};
}

function refusalMessage(code: string): string {
  const [kind, seconds] = code.split(":");
  if (kind === "throttled") return throttledMessage(Number(seconds) || 60);
  return LOGIN_MESSAGES[kind as keyof typeof LOGIN_MESSAGES] ?? LOGIN_MESSAGES.invalid;
}

export async function logout(): Promise<void> {
  const user = await getCurrentUser();
  if (user) await endSession(user);
  await signOut({ redirectTo: "/connexion?deconnecte=1" });
}
