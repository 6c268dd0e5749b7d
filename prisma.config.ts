import path from "node:path";
import { defineConfig } from "prisma/config";

// Prisma's CLI downloads a native schema engine before most commands, which this network
// forbids. A stub lets generate/validate/format run; migrations go through the WebAssembly
// engine (scripts/prisma-wasm-migrate.mjs). See docs/decisions/0001-database.md.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.resolve(__dirname, "scripts/no-schema-engine.sh");

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
