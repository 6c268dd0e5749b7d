import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { prisma } from "@/lib/db";
import { authSecret } from "@/lib/env";
import { ipFromHeaders } from "./client-ip";
import { authenticate, SESSION_HOURS, type LoginFailureCode } from "./login";

declare module "next-auth" {
  interface User {
    sid?: string;
  }
  interface Session {
    sid?: string;
  }
}

/**
 * Carries the reason of a refused login to the login action (see app/(public)/connexion):
 * "invalid", "passcode_required", "busy" or "throttled:<seconds>".
 */
export class LoginRefused extends CredentialsSignin {
  constructor(code: LoginFailureCode, retryAfterSeconds?: number) {
    super();
    this.code = retryAfterSeconds ? `${code}:${retryAfterSeconds}` : code;
  }
}

const credentialsSchema = z.object({
  identifiant: z.string().trim().min(1).max(64),
  password: z.string().max(256).optional(),
  passcode: z.string().max(32).optional(),
});

export const { handlers, auth, signIn, signOut } = NextAuth({
  secret: authSecret(),
  trustHost: true,
  session: { strategy: "jwt", maxAge: SESSION_HOURS * 3600 },
  pages: { signIn: "/connexion", error: "/connexion" },
  providers: [
    Credentials({
      credentials: { identifiant: {}, password: {}, passcode: {} },
      // Every login goes through here, from the portal's form or straight to
      // /api/auth/callback/credentials: the throttles live inside authenticate().
      async authorize(raw, request) {
        const parsed = credentialsSchema.safeParse(raw);
        if (!parsed.success) throw new LoginRefused("invalid");
        const outcome = await authenticate(prisma, parsed.data, {
          ip: ipFromHeaders(request.headers),
        });
        if (!outcome.ok) throw new LoginRefused(outcome.code, outcome.retryAfterSeconds);
        return { id: outcome.userId, sid: outcome.sessionId };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user?.sid) token.sid = user.sid;
      return token;
    },
    session({ session, token }) {
      if (typeof token.sid === "string") session.sid = token.sid;
      return session;
    },
  },
  logger: {
    // A refused login is an expected outcome, already in the audit log: no stack trace.
    error(error) {
      if (error instanceof CredentialsSignin || error.name === "CredentialsSignin") return;
      console.error(error);
    },
  },
});
