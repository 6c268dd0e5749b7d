// @ts-check
/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native and WebAssembly modules must be loaded by Node at run time, not bundled.
  serverExternalPackages: ["pdfkit", "better-sqlite3", "@prisma/adapter-better-sqlite3", "@prisma/adapter-pg", "pg"],
  poweredByHeader: false,
  // scripts/test.mjs type-checks the whole project once before building; skip Next's second pass.
  typescript: { ignoreBuildErrors: process.env.AVANCEMENT_TYPECHECKED === "1" },
  experimental: { serverActions: { bodySizeLimit: "6mb" }, authInterrupts: true },
};

module.exports = nextConfig;
