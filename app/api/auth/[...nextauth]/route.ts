import type { NextRequest } from "next/server";
import { endSessionById } from "@/lib/auth/commands";
import { auth, handlers } from "@/lib/auth/nextauth";

export const { GET } = handlers;

// next-auth's own sign-out only clears the cookie; the server-side session must end too,
// or a copied cookie would stay valid until it expires.
export async function POST(request: NextRequest) {
  if (request.nextUrl.pathname.endsWith("/signout")) {
    const session = await auth();
    if (session?.sid) await endSessionById(session.sid);
  }
  return handlers.POST(request);
}
