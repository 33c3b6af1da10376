import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_ARGS, findChromium } from "./src/lib/diagrams/browser";

const executablePath = findChromium();
import { HELP_PORT, HOSTILE_PORT, KB_PORT, SITE_PORT, VARIANTS_PORT } from "./e2e/support/ports";

/** End-to-end tests run against the built sites (`dist/`; `dist-kb/` built with
 * BASE_PATH=/kb/; `dist-variants/` built from e2e/fixtures/notes), served the way a
 * static host serves them. */
export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env["CI"],
  retries: 0,
  // Axe runs and multi-page checks on a busy two-core machine.
  timeout: 60_000,
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${SITE_PORT}`,
    locale: "ko-KR",
    launchOptions: { ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], locale: "ko-KR" } }],
  webServer: [
    { command: `node scripts/serve.mjs dist ${SITE_PORT} /`, url: `http://127.0.0.1:${SITE_PORT}/`, reuseExistingServer: !process.env["CI"] },
    { command: `node scripts/serve.mjs dist-kb ${KB_PORT} /kb/`, url: `http://127.0.0.1:${KB_PORT}/kb/`, reuseExistingServer: !process.env["CI"] },
    // Notes with the quirks the seeds lack (Korean tags, wikilinks, MDX, NFD, BOM): e2e/fixtures/notes.
    { command: `node scripts/serve.mjs dist-variants ${VARIANTS_PORT} /`, url: `http://127.0.0.1:${VARIANTS_PORT}/`, reuseExistingServer: !process.env["CI"] },
    // Obsidian's Korean help vault as it is (scripts/build-practice-vault.mjs), when the corpus is there.
    { command: `node scripts/serve.mjs dist-help ${HELP_PORT} /`, url: `http://127.0.0.1:${HELP_PORT}/`, reuseExistingServer: !process.env["CI"] },
    // Hostile notes (e2e/fixtures/hostile: XSS payloads, broken encodings and YAML, reserved characters): `npm run build:hostile`.
    { command: `node scripts/serve.mjs dist-hostile ${HOSTILE_PORT} /`, url: `http://127.0.0.1:${HOSTILE_PORT}/`, reuseExistingServer: !process.env["CI"] },
  ],
});
