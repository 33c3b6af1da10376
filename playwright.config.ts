import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_ARGS, findChromium } from "./src/lib/diagrams/browser";

const executablePath = findChromium();
export const SITE_PORT = 4400;
export const KB_PORT = 4401;

/** End-to-end tests run against the built site (`dist/`, and `dist-kb/` built with
 * BASE_PATH=/kb/), served the way a static host serves them. */
export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env["CI"],
  retries: 0,
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${SITE_PORT}`,
    locale: "ko-KR",
    launchOptions: { ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], locale: "ko-KR" } }],
  webServer: [
    { command: `node scripts/serve.mjs dist ${SITE_PORT} /`, url: `http://127.0.0.1:${SITE_PORT}/`, reuseExistingServer: false },
    { command: `node scripts/serve.mjs dist-kb ${KB_PORT} /kb/`, url: `http://127.0.0.1:${KB_PORT}/kb/`, reuseExistingServer: false },
  ],
});
