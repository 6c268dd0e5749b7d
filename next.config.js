// @ts-check
/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native and WebAssembly modules must be loaded by Node at run time, not bundled.
  serverExternalPackages: ["pdfkit", "better-sqlite3", "@prisma/adapter-better-sqlite3", "@prisma/adapter-pg", "pg"],
  poweredByHeader: false,
  experimental: { serverActions: { bodySizeLimit: "6mb" }, authInterrupts: true },
};

module.exports = nextConfig;
