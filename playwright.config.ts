import { defineConfig, devices } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT || 3100);
// TEST_DATABASE=postgres runs the same tests on PostgreSQL (scripts/e2e-server.mjs); its
// results are kept beside the SQLite run's.
const results = process.env.TEST_DATABASE === "postgres" ? "test-results/postgres" : "test-results";
// Next redirects to "localhost" even when called on 127.0.0.1: keep one host name, or the
// session cookie is lost.
const baseURL = `http://localhost:${PORT}`;

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 45_000,
  expect: { timeout: 10_000 },
  outputDir: results,
  reporter: [["list"], ["json", { outputFile: `${results}/playwright.json` }]],
  use: {
    baseURL,
    locale: "fr-FR",
    timezoneId: "Europe/Paris",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
      // Without the background-networking flags Chromium floods the closed network.
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  projects: [
    { name: "chromium", use: { ...devices["Desktop Chrome"] }, testIgnore: /results\.spec\.ts/ },
    // The campaign journey computes the demo's table and publishes it: run alone, after the
    // others, whose teachers and dossiers of the same département would make it stale
    // (« Le tableau n'est plus à jour ») between its computation and its publication.
    {
      name: "campagne",
      use: { ...devices["Desktop Chrome"] },
      testMatch: /results\.spec\.ts/,
      dependencies: ["chromium"],
    },
  ],
  webServer: {
    command: `node scripts/e2e-server.mjs ${PORT}`,
    url: `${baseURL}/connexion`,
    reuseExistingServer: false,
    // SIGTERM, not SIGKILL: the server drops its PostgreSQL database before exiting.
    gracefulShutdown: { signal: "SIGTERM", timeout: 15_000 },
    timeout: 180_000,
    stdout: "pipe",
    stderr: "pipe",
  },
});
