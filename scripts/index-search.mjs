#!/usr/bin/env node
// Builds the Pagefind search index of a built site, after `astro build` has exited (see
// src/build/search-index.ts for why). The folder is $OUT_DIR, as for the build, else dist/.
// Usage: OUT_DIR=dist-kb node scripts/index-search.mjs
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { buildSearchIndex } from "../src/build/search-index.ts";

const outDir = resolve(process.env.OUT_DIR ?? "dist");
if (!existsSync(outDir)) {
  console.error(`[pagefind] ${outDir} does not exist: run astro build first`);
  process.exit(1);
}
try {
  const { indexed, pages, outputPath, ms } = await buildSearchIndex(outDir);
  console.log(`[pagefind] indexed ${indexed ?? "?"} of ${pages} pages into ${outputPath}/ in ${ms} ms`);
  if (indexed === 0) console.warn("[pagefind] no page has data-pagefind-body: search will find nothing");
} catch (error) {
  console.error(`[pagefind] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
