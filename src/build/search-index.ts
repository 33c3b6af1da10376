import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createRequire } from "node:module";
import * as pagefind from "pagefind";
import { SEARCH_INTERFACE_SELECTORS } from "../lib/search/interface.ts";
import { writeFileTree } from "./file-tree.ts";
import { indexablePages, stagePages } from "./indexable-pages.ts";
import { indexCacheKey, restoreIndex, saveIndex } from "./search-index-cache.ts";

/**
 * The Pagefind search index of a finished site (outDir/pagefind/). Run by scripts/index-search.mjs
 * after `astro build` has exited, not inside it: at 5,000 notes Pagefind's indexer holds ~1.4 GB,
 * and on top of Astro's own heap that pushed a build past 4 GB. Only pages that mark their content
 * with `data-pagefind-body` (note pages) end up in it. Relative imports name their `.ts` file so a
 * plain Node script can import this file (Node strips the types).
 */

export interface SearchIndexOptions {
  /** ISO 639-1 code the whole site is indexed as. Korean notes carry English service names; forcing one
   * language keeps them in one index instead of splitting by each page's detected language. */
  readonly language?: string;
  /** Parts of an indexed page that are interface, not the note's words (Pagefind `excludeSelectors`). */
  readonly excludeSelectors?: readonly string[];
  /** Where the last index is kept, reused when no page changed (search-index-cache.ts). */
  readonly cacheDir?: string;
  /** Scratch folder for the pages handed to Pagefind (emptied, then removed); a fresh temporary one
   * when not given. On the same file system as the site, the pages are hard links, not copies. */
  readonly stagingDir?: string;
}

export interface SearchIndexReport {
  /** Pages in the index (note pages), or undefined when the bundle's entry file cannot be read. */
  readonly indexed: number | undefined;
  /** HTML pages Pagefind looked at (the indexed pages when the index came from the cache). */
  readonly pages: number;
  readonly outputPath: string;
  readonly ms: number;
  /** True when no page changed since the cached index, which was copied instead. */
  readonly fromCache: boolean;
}

const DEFAULT_EXCLUDED = SEARCH_INTERFACE_SELECTORS;

/** Pagefind's ready-made UI bundles: our own search UI uses only pagefind.js and the index. */
const UNUSED_BUNDLE = /^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/;

interface PagefindEntry {
  readonly languages?: Record<string, { readonly page_count?: number }>;
}

async function indexedPageCount(entryFile: string): Promise<number | undefined> {
  try {
    const entry = JSON.parse(await readFile(entryFile, "utf8")) as PagefindEntry;
    return Object.values(entry.languages ?? {}).reduce((sum, language) => sum + (language.page_count ?? 0), 0);
  } catch {
    return undefined;
  }
}

/** Indexes `outDir` into `outDir/pagefind/`. Pagefind errors throw: a site whose search silently finds nothing is worse than no deploy. */
export async function buildSearchIndex(outDir: string, options: SearchIndexOptions = {}): Promise<SearchIndexReport> {
  const started = performance.now();
  const outputPath = join(outDir, "pagefind");
  const config = { forceLanguage: options.language ?? "ko", excludeSelectors: [...(options.excludeSelectors ?? DEFAULT_EXCLUDED)] };
  const pages = await indexablePages(outDir);
  const digest = indexCacheKey(pages.digest, [pagefindVersion(), config]);
  if (options.cacheDir !== undefined && (await restoreIndex(options.cacheDir, digest, outputPath))) {
    const indexed = await indexedPageCount(join(outputPath, "pagefind-entry.json"));
    return { indexed, pages: indexed ?? 0, outputPath, ms: Math.round(performance.now() - started), fromCache: true };
  }
  const stagingDir = options.stagingDir ?? (await mkdtemp(join(tmpdir(), "kb-pagefind-")));
  try {
    await stagePages(outDir, pages.paths, stagingDir);
    const { index, errors } = await pagefind.createIndex(config);
    if (!index) throw new Error(`pagefind: ${errors.join("; ")}`);
    const added = await index.addDirectory({ path: stagingDir });
    if (added.errors.length > 0) throw new Error(`pagefind: ${added.errors.join("; ")}`);
    // A previous index's fragments would stay beside the new ones (unreferenced, but deployed).
    await rm(outputPath, { recursive: true, force: true });
    // The same files Pagefind's writeFiles would write, written in parallel (at 5,000 notes, one run
    // each: 5.5 s for this against 9.2 s for writeFiles).
    const made = await index.getFiles();
    if (made.errors.length > 0) throw new Error(`pagefind: ${made.errors.join("; ")}`);
    await writeFileTree(outputPath, made.files.filter((file) => !UNUSED_BUNDLE.test(file.path)));
    const indexed = await indexedPageCount(join(outputPath, "pagefind-entry.json"));
    if (options.cacheDir !== undefined) await saveIndex(options.cacheDir, digest, outputPath);
    return { indexed, pages: pages.htmlPages, outputPath, ms: Math.round(performance.now() - started), fromCache: false };
  } finally {
    await pagefind.close();
    await rm(stagingDir, { recursive: true, force: true });
  }
}

/** Pagefind's own version: a new Pagefind writes a different index from the same pages. */
function pagefindVersion(): string {
  try {
    return (createRequire(import.meta.url)("pagefind/package.json") as { version?: string }).version ?? "unknown";
  } catch {
    return "unknown";
  }
}
