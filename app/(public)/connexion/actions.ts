"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { z } from "zod";
import { prisma } from "@/lib/db";
import { LOGIN_MESSAGES, revokeSession, type LoginFailureCode } from "@/lib/auth/login";
import { signIn, signOut } from "@/lib/auth/nextauth";
import { getCurrentUser } from "@/lib/auth/session";
import { writeAudit } from "@/lib/audit";
import { clientIp } from "@/lib/auth/client-ip";
import { isLimited, LIMITS, recordHit, TOO_MANY } from "@/lib/auth/rate-limit";
import { formDataToObject, type ActionState } from "@/lib/actions/safe-action";

const loginSchema = z
  .object({
    identifiant: z.string().trim().min(1, "Saisissez votre identifiant.").max(64, "Identifiant trop long."),
    password: z.string().max(256, "Mot de passe trop long.").optional().default(""),
    passcode: z.string().trim().max(32, "Passcode trop long.").optional().default(""),
  })
  .refine((v) => v.password || v.passcode, {
    message: "Saisissez votre mot de passe ou votre passcode OTP.",
    path: ["password"],
  });

export async function login(_prev: ActionState | undefined, formData: FormData): Promise<ActionState> {
  const parsed = loginSchema.safeParse(formDataToObject(formData));
  const identifiant = String(formData.get("identifiant") ?? "");
  if (!parsed.success) {
    return {
      ok: false,
      message: LOGIN_MESSAGES.missing,
      errors: z.flattenError(parsed.error).fieldErrors,
      values: { identifiant },
    };
  }
  const ipKey = `login-ip:${await clientIp()}`;
  if (await isLimited(prisma, ipKey, LIMITS.loginFailuresPerIp)) return { ok: false, message: TOO_MANY, values: { identifiant } };
  try {
    await signIn("credentials", { ...parsed.data, redirectTo: "/accueil" });
  } catch (error) {
    if (error instanceof AuthError) {
      const code = (error instanceof CredentialsSignin ? error.code : "invalid") as LoginFailureCode;
      if (code !== "passcode_required") await recordHit(prisma, ipKey);
      return { ok: false, message: LOGIN_MESSAGES[code] ?? LOGIN_MESSAGES.invalid, values: { identifiant } };
    }
    throw error; // the redirect that follows a successful login
  }
  return {};
}

export async function logout(): Promise<void> {
  const user = await getCurrentUser();
  if (user) {
    await revokeSession(prisma, user.sessionId);
    await writeAudit(prisma, { actorId: user.id, action: "auth.logout", entity: "User", entityId: user.id });
  }
  await signOut({ redirectTo: "/connexion?deconnecte=1" });
}
