import { readFile, rm } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { writeBundledFiles } from "../build/bundled-files";
import { settings } from "../lib/settings/settings";
import { FILE_BUNDLES, FILE_BUNDLES_DIR, type FileBundle } from "../lib/site-files/file-bundle";

/**
 * Writes the files of each bundle the build rendered (src/pages/file-bundles/[bundle].json.ts), then
 * removes the bundles. Runs before the `_redirects` file is made from the redirect pages on disk. A
 * bundled file never replaces a file the build made (a note at an alias's path wins, as in Obsidian).
 */
export function fileBundlesIntegration(): AstroIntegration {
  return {
    name: "kb-file-bundles",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const bundlesDir = join(out, FILE_BUNDLES_DIR);
        for (const name of FILE_BUNDLES) {
          const bundleFile = join(bundlesDir, `${name}.json`);
          const text = await readFile(bundleFile, "utf8").catch((error: NodeJS.ErrnoException) => {
            if (error.code === "ENOENT") return undefined;
            throw error;
          });
          if (text === undefined) continue;
          const { files } = JSON.parse(text) as FileBundle;
          const { written, leftOut } = await writeBundledFiles(out, files, { cacheRoot: settings().cacheDir });
          for (const { path, reason } of leftOut) {
            logger.warn(`${name}: ${path} left out: ${reason === "outside" ? "not a path inside the site" : "a page of the site is already there"}`);
          }
          logger.info(`${name}: ${written} file(s) written`);
        }
        await rm(bundlesDir, { recursive: true, force: true });
      },
    },
  };
}
