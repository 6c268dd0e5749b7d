import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, newNonce } from "@/lib/http/csp";

// A fresh CSP nonce for every page, the way Next.js documents it: the policy goes on the
// request (Next.js reads the nonce from it for its own scripts) and on the response.
// CSP_NONCE=off falls back to the static policy with 'unsafe-inline' (decision 0006).
export function proxy(request: NextRequest) {
  const nonce = process.env.CSP_NONCE === "off" ? null : newNonce();
  const policy = contentSecurityPolicy(nonce);
  const headers = new Headers(request.headers);
  headers.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  matcher: [
    {
      // Pages only: not static files, images, nor prefetches (served from the router's cache).
      source:
        "/((?!_next/static|_next/image|dsfr/|favicon.ico|favicon.svg|apple-touch-icon.png).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
