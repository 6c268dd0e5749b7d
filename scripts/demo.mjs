#!/usr/bin/env node
// `npm run demo`: migrate, seed on first run, build, and serve on http://localhost:3000.
import { bin, localEnv, prepareDatabase, runOrExit } from "./run.mjs";

const port = process.env.PORT || "3000";
const env = localEnv({
  AUTH_URL: process.env.AUTH_URL || `http://localhost:${port}`,
  // The README's demo accounts log in with their NUMEN and go straight to their pages;
  // PASSWORD_CHANGE_AT_FIRST_LOGIN=true npm run demo shows the first-login change instead.
  PASSWORD_CHANGE_AT_FIRST_LOGIN: process.env.PASSWORD_CHANGE_AT_FIRST_LOGIN || "false",
  // The demo's mailboxes: one text file per message (reset links are masked in « Courriels envoyés »).
  MAIL_DIR: process.env.MAIL_DIR || "data/courriels",
});

await prepareDatabase(env);
if (!process.argv.includes("--no-build")) await runOrExit(bin("next"), ["build"], { env });
console.log(
  `\nAvancement : http://localhost:${port} (comptes de démonstration dans le README ; courriels dans ${env.MAIL_DIR}/)\n`,
);
await runOrExit(bin("next"), ["start", "-p", port], { env });
