#!/usr/bin/env node
// Builds the Pagefind search index of a built site, after `astro build` has exited (see
// src/build/search-index.ts for why). The folder is the build's output folder ($OUT_DIR, else dist/);
// the last index of each output folder is kept in the cache root and reused when no page changed.
// Usage: OUT_DIR=dist-kb node scripts/index-search.mjs
import { existsSync } from "node:fs";
import { basename } from "node:path";
import { buildSearchIndex } from "../src/build/search-index.ts";
import { cachePath, settings } from "../src/lib/settings/settings.ts";

const config = settings();
const outDir = config.outDir;
if (!existsSync(outDir)) {
  console.error(`[pagefind] ${outDir} does not exist: run astro build first`);
  process.exit(1);
}
try {
  const cacheDir = cachePath(config, `pagefind/${basename(outDir)}`);
  const stagingDir = cachePath(config, `pagefind-staging-${basename(outDir)}`);
  const { indexed, pages, outputPath, ms, fromCache } = await buildSearchIndex(outDir, { cacheDir, stagingDir });
  const how = fromCache ? " (copied from the cache: no page changed)" : "";
  console.log(`[pagefind] indexed ${indexed ?? "?"} of ${pages} pages${how} into ${outputPath}/ in ${ms} ms`);
  if (indexed === 0) console.warn("[pagefind] no page has data-pagefind-body: search will find nothing");
} catch (error) {
  console.error(`[pagefind] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
