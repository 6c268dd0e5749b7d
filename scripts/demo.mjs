#!/usr/bin/env node
// `npm run demo`: migrate, seed on first run, build, and serve on http://localhost:3000.
import { bin, localEnv, prepareDatabase, runOrExit } from "./run.mjs";

const port = process.env.PORT || "3000";
const env = localEnv({ AUTH_URL: process.env.AUTH_URL || `http://localhost:${port}` });

await prepareDatabase(env);
if (!process.argv.includes("--no-build")) await runOrExit(bin("next"), ["build"], { env });
console.log(`\nAvancement : http://localhost:${port} (comptes de démonstration dans le README)\n`);
await runOrExit(bin("next"), ["start", "-p", port], { env });
