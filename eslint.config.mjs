import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const BOUNDARY =
  "Pages, layouts, components, route handlers and server actions do not touch the database: call a function of lib/<domain>/queries.ts (reads, taking the signed-in user and applying lib/auth/scope.ts) or lib/<domain>/commands.ts (writes). See docs/decisions/0009-read-boundary.md.";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([
    ".next/**",
    "node_modules/**",
    "generated/**",
    "test-results/**",
    "playwright-report/**",
    "data/**",
    "public/**",
    "bench/out/**",
    "next-env.d.ts",
  ]),
  {
    rules: {
      // Unused arguments and caught errors named with a leading underscore are deliberate.
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" },
      ],
    },
  },
  {
    // The read boundary (issue 14): the UI layer reaches the data through lib only.
    files: ["app/**", "components/**"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          paths: [
            { name: "@/lib/db", message: BOUNDARY },
            {
              name: "@/generated/prisma/client",
              message: `${BOUNDARY} (Type imports are allowed.)`,
              allowTypeImports: true,
            },
            { name: "@prisma/client", message: BOUNDARY, allowTypeImports: true },
            { name: "@/lib/bound", importNames: ["withDb"], message: BOUNDARY },
          ],
          // The same modules reached by a relative path.
          patterns: [
            {
              regex: "^\\.{1,2}/(.+/)?(lib/db|generated/prisma/client)$",
              message: BOUNDARY,
              allowTypeImports: true,
            },
          ],
        },
      ],
    },
  },
]);
