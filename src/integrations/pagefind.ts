import { readdir, readFile, rm } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import * as pagefind from "pagefind";

export interface PagefindIntegrationOptions {
  /** ISO 639-1 code the whole site is indexed as. Korean notes carry English service names; forcing one
   * language keeps them in one index instead of splitting by each page's detected language. */
  readonly language?: string;
  /** Parts of an indexed page that are interface, not the note's words (Pagefind `excludeSelectors`). */
  readonly excludeSelectors?: readonly string[];
}

/**
 * Interface text that other components render inside a note's body: the "원본 보기" toggle of a flow
 * diagram, and the practice question's no-JavaScript answer block, which repeats the options and
 * explanations already indexed with the question. (Pagefind already skips <svg>, <nav>.)
 */
const DEFAULT_EXCLUDED = [".flow-diagram__source > summary", "[data-pq-fallback]"];

/** What the bundle's entry file says it holds, per language. */
interface PagefindEntry {
  readonly languages?: Record<string, { readonly page_count?: number }>;
}

/** Pagefind's ready-made UI bundles: our own search UI uses only pagefind.js and the index. */
const UNUSED_BUNDLE = /^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/;

async function removeUnusedBundles(outputPath: string): Promise<void> {
  for (const name of await readdir(outputPath)) if (UNUSED_BUNDLE.test(name)) await rm(`${outputPath}${name}`);
}

async function indexedPageCount(entryFile: string): Promise<number | undefined> {
  try {
    const entry = JSON.parse(await readFile(entryFile, "utf8")) as PagefindEntry;
    return Object.values(entry.languages ?? {}).reduce((sum, language) => sum + (language.page_count ?? 0), 0);
  } catch {
    return undefined;
  }
}

/**
 * Builds the Pagefind search index of the finished site (outDir/pagefind/) after every `astro build`.
 * Only pages that mark their content with `data-pagefind-body` (note pages) end up in it.
 * Pagefind errors fail the build: a site whose search silently finds nothing is worse than no deploy.
 */
export function pagefindIntegration(options: PagefindIntegrationOptions = {}): AstroIntegration {
  const language = options.language ?? "ko";
  const excludeSelectors = options.excludeSelectors ?? DEFAULT_EXCLUDED;
  return {
    name: "pagefind",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        const started = performance.now();
        const outDir = fileURLToPath(dir);
        const outputPath = fileURLToPath(new URL("pagefind/", dir));
        try {
          const { index, errors } = await pagefind.createIndex({
            forceLanguage: language,
            excludeSelectors: [...excludeSelectors],
          });
          if (!index) throw new Error(`pagefind: ${errors.join("; ")}`);
          const added = await index.addDirectory({ path: outDir });
          if (added.errors.length > 0) throw new Error(`pagefind: ${added.errors.join("; ")}`);
          const written = await index.writeFiles({ outputPath });
          if (written.errors.length > 0) throw new Error(`pagefind: ${written.errors.join("; ")}`);
          await removeUnusedBundles(outputPath);
          const indexed = await indexedPageCount(`${outputPath}pagefind-entry.json`);
          const ms = Math.round(performance.now() - started);
          logger.info(`indexed ${indexed ?? "?"} of ${added.page_count} pages into ${outputPath} in ${ms} ms`);
          if (indexed === 0) logger.warn("no page has data-pagefind-body: search will find nothing");
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
