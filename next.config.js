// @ts-check

// Security headers on every response. The Content-Security-Policy of pages, with its
// per-request script nonce, is set by proxy.ts (lib/http/csp.ts; decision 0004).
const securityHeaders = [
  { key: "X-Frame-Options", value: "DENY" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "same-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  // Only meaningful, and only sent, when the portal is served over HTTPS.
  ...((process.env.AUTH_URL ?? process.env.APP_URL ?? "").startsWith("https://")
    ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }]
    : []),
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native and WebAssembly modules must be loaded by Node at run time, not bundled.
  serverExternalPackages: [
    "pdfkit",
    "better-sqlite3",
    "@prisma/adapter-better-sqlite3",
    "@prisma/adapter-pg",
    "pg",
  ],
  poweredByHeader: false,
  // scripts/test.mjs type-checks the whole project once before building; skip Next's second pass.
  typescript: { ignoreBuildErrors: process.env.AVANCEMENT_TYPECHECKED === "1" },
  experimental: { serverActions: { bodySizeLimit: "6mb" }, authInterrupts: true },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

module.exports = nextConfig;
