import { createHash } from "node:crypto";
import { cp, readdir, readFile, rm, stat } from "node:fs/promises";
import { join, relative, sep } from "node:path";

/**
 * The search index of a site whose pages did not change is the same index: a warm build (caches
 * restored, nothing edited — the CI deploy of an unrelated commit) copies it from the cache instead of
 * re-indexing every page. The key is every HTML file's path and bytes plus what else shapes the index
 * (Pagefind's version, language, excluded selectors), so any edit to any page indexes again.
 */
export async function siteDigest(outDir: string, shape: unknown): Promise<string> {
  const hash = createHash("sha256").update(JSON.stringify(shape));
  const pagefindDir = join(outDir, "pagefind");
  const files = (await readdir(outDir, { recursive: true }))
    .map((name) => join(outDir, name))
    .filter((path) => path.endsWith(".html") && !path.startsWith(pagefindDir + sep))
    .sort();
  for (const file of files) hash.update(relative(outDir, file).split(sep).join("/")).update("\0").update(await readFile(file)).update("\0");
  return hash.digest("hex");
}

/** Copies a cached index for `digest` into `outputPath`; false when there is none. */
export async function restoreIndex(cacheDir: string, digest: string, outputPath: string): Promise<boolean> {
  const cached = join(cacheDir, digest);
  const complete = await stat(join(cached, "pagefind-entry.json")).then(
    () => true,
    () => false,
  );
  if (!complete) return false;
  await rm(outputPath, { recursive: true, force: true });
  await cp(cached, outputPath, { recursive: true });
  return true;
}

/** Keeps this index as the only cached one (an older site's index is never asked for again). */
export async function saveIndex(cacheDir: string, digest: string, outputPath: string): Promise<void> {
  await rm(cacheDir, { recursive: true, force: true });
  await cp(outputPath, join(cacheDir, digest), { recursive: true });
}
