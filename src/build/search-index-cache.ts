import { createHash } from "node:crypto";
import { rename, rm, stat } from "node:fs/promises";
import { join } from "node:path";
import { linkFileTree } from "./file-tree.ts";

// The search index of a site whose indexable pages did not change is the same index: a warm build
// (caches restored, nothing edited — the CI deploy of an unrelated commit) copies it from the cache
// instead of re-indexing every page. The key (indexable-pages.ts and search-index.ts) is every
// indexable page's path and bytes plus what else shapes the index (Pagefind's version, language,
// excluded selectors), so any edit to such a page indexes again.

/** Copies a cached index for `digest` into `outputPath`; false when there is none. */
export async function restoreIndex(cacheDir: string, digest: string, outputPath: string): Promise<boolean> {
  const cached = join(cacheDir, digest);
  const complete = await stat(join(cached, "pagefind-entry.json")).then(
    () => true,
    () => false,
  );
  if (!complete) return false;
  await rm(outputPath, { recursive: true, force: true });
  await linkFileTree(cached, outputPath);
  return true;
}

/** Keeps this index as the only cached one (an older site's index is never asked for again). */
export async function saveIndex(cacheDir: string, digest: string, outputPath: string): Promise<void> {
  await rm(cacheDir, { recursive: true, force: true });
  // Under a temporary name until whole: an interrupted save must not look like a cached index.
  const partial = join(cacheDir, `${digest}.partial`);
  await linkFileTree(outputPath, partial);
  await rename(partial, join(cacheDir, digest));
}

/** The cached index's key: the indexable pages (indexable-pages.ts) and what else shapes the index
 * (Pagefind's version, language, excluded selectors). */
export function indexCacheKey(pagesDigest: string, shape: unknown): string {
  return createHash("sha256").update(JSON.stringify(shape)).update("\0").update(pagesDigest).digest("hex");
}
