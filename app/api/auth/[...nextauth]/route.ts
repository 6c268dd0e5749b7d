import type { NextRequest } from "next/server";
import { prisma } from "@/lib/db";
import { writeAudit } from "@/lib/audit";
import { revokeSession } from "@/lib/auth/login";
import { auth, handlers } from "@/lib/auth/nextauth";

export const { GET } = handlers;

// next-auth's own sign-out only clears the cookie; the server-side session must end too,
// or a copied cookie would stay valid until it expires.
export async function POST(request: NextRequest) {
  if (request.nextUrl.pathname.endsWith("/signout")) {
    const session = await auth();
    if (session?.sid) {
      const login = await prisma.loginSession.findUnique({ where: { id: session.sid }, select: { userId: true } });
      await revokeSession(prisma, session.sid);
      if (login) await writeAudit(prisma, { actorId: login.userId, action: "auth.logout", entity: "User", entityId: login.userId });
    }
  }
  return handlers.POST(request);
}
