import { existsSync } from "node:fs";

/**
 * Which Chromium the build, the tests, the bench and scripts/ensure-browser.mjs use, and how it is
 * launched. Dependency-free and without relative imports so plain Node scripts can import this .ts
 * file directly (Node 24 strips the types).
 */

/** Debian's Chromium (apt `chromium`); Playwright cannot download its own browsers here. */
export const SYSTEM_CHROMIUM = "/usr/bin/chromium";

export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** CHROMIUM_PATH, else the system Chromium, else undefined (Playwright's own browser). */
export function findChromium(): string | undefined {
  const fromEnv = process.env["CHROMIUM_PATH"];
  if (fromEnv) return fromEnv;
  if (existsSync(SYSTEM_CHROMIUM)) return SYSTEM_CHROMIUM;
  return undefined;
}
