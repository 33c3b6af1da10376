import { existsSync } from "node:fs";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { ALIAS_PAGES_FILE, redirectPageFile, redirectPageHtml, type RedirectPages } from "../lib/seo/redirect-page";

const AT_ONCE = 64;

/**
 * Writes the alias redirect pages from the list the build rendered (src/pages/alias-pages.json.ts),
 * then removes the list. Runs before the `_redirects` file is made from the built pages. A page is
 * never written over a file the build made (a note at the same path wins, as it does in Obsidian).
 */
export function aliasPagesIntegration(): AstroIntegration {
  return {
    name: "kb-alias-pages",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const listFile = join(out, ALIAS_PAGES_FILE);
        if (!existsSync(listFile)) return;
        const list = JSON.parse(await readFile(listFile, "utf8")) as RedirectPages;
        await rm(listFile);
        let written = 0;
        for (let start = 0; start < list.pages.length; start += AT_ONCE) {
          await Promise.all(
            list.pages.slice(start, start + AT_ONCE).map(async (page) => {
              const file = redirectPageFile(page.path);
              if (file === undefined) return logger.warn(`alias page ${page.path} left out: not a path inside the site`);
              const target = join(out, file);
              if (existsSync(target)) return logger.warn(`alias page ${page.path} left out: a page of the site is already there`);
              await mkdir(dirname(target), { recursive: true });
              await writeFile(target, redirectPageHtml(list, page));
              written++;
            }),
          );
        }
        logger.info(`${written} alias redirect page(s) written`);
      },
    },
  };
}
