import { readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { makeFolders } from "../build/file-tree";
import { inBatches } from "../build/in-batches";
import { bundledFilePath, FILE_BUNDLES, FILE_BUNDLES_DIR, type FileBundle } from "../lib/site-files/file-bundle";

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
          const inside = files.flatMap((file) => {
            const path = bundledFilePath(file.path);
            if (path === undefined) logger.warn(`${name}: ${file.path} left out: not a path inside the site`);
            return path === undefined ? [] : [{ path, content: file.content, named: file.path }];
          });
          await makeFolders(out, inside.map((file) => file.path));
          let written = 0;
          await inBatches(inside, async (file) => {
            // "wx": never replaces a file, and asks the disk once instead of checking first.
            const kept = await writeFile(join(out, file.path), file.content, { flag: "wx" }).then(
              () => true,
              (error: NodeJS.ErrnoException) => {
                if (error.code === "EEXIST") return false;
                throw error;
              },
            );
            if (kept) written++;
            else logger.warn(`${name}: ${file.named} left out: a page of the site is already there`);
          });
          logger.info(`${name}: ${written} file(s) written`);
        }
        await rm(bundlesDir, { recursive: true, force: true });
      },
    },
  };
}
