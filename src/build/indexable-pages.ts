import { createHash } from "node:crypto";
import { readdir, readFile, rm } from "node:fs/promises";
import { join, sep } from "node:path";
import { linkFiles } from "./file-tree.ts";
import { inBatches } from "./in-batches.ts";

/**
 * Pagefind indexes only pages with a `data-pagefind-body` element once any page has one; the rest
 * (at 5,000 notes, ~9,700 alias redirect pages beside 5,000 note pages) it still reads and parses,
 * about a third of its time. Knowing which pages carry the marker lets the build hand Pagefind just
 * those (same index) and key the cached index on just them.
 */
export interface IndexablePages {
  /** Paths relative to the site folder, `/`-separated, sorted. */
  readonly paths: readonly string[];
  /** sha256 over each indexable page's path and bytes. */
  readonly digest: string;
  /** HTML pages in the site, indexable or not. */
  readonly htmlPages: number;
}

/** The attribute Pagefind looks for; a page whose text merely mentions it is a harmless extra. */
const BODY_MARKER = "data-pagefind-body";
const READS_AT_ONCE = 32;

interface PageFacts {
  readonly path: string;
  readonly hash: string;
  readonly marked: boolean;
}

/** The HTML pages of `outDir` (outside `skipDir`) that Pagefind would index, and their digest. */
export async function indexablePages(outDir: string, skipDir = "pagefind"): Promise<IndexablePages> {
  const skip = skipDir + sep;
  const html = (await readdir(outDir, { recursive: true }))
    .filter((name) => name.endsWith(".html") && !name.startsWith(skip))
    .sort();
  const facts: PageFacts[] = new Array(html.length);
  await inBatches(
    html,
    async (name, index) => {
      const bytes = await readFile(join(outDir, name));
      facts[index] = { path: name.split(sep).join("/"), hash: createHash("sha256").update(bytes).digest("hex"), marked: bytes.includes(BODY_MARKER) };
    },
    READS_AT_ONCE,
  );
  // Without a marked page Pagefind indexes every page.
  const anyMarked = facts.some((page) => page.marked);
  const chosen = anyMarked ? facts.filter((page) => page.marked) : facts;
  const digest = createHash("sha256");
  for (const page of chosen) digest.update(page.path).update("\0").update(page.hash).update("\0");
  return { paths: chosen.map((page) => page.path), digest: digest.digest("hex"), htmlPages: facts.length };
}

/**
 * A folder holding just `paths` of `outDir` at the same relative places (so Pagefind gives them the
 * same URLs): hard links where the file system allows, copies where it does not.
 */
export async function stagePages(outDir: string, paths: readonly string[], stagingDir: string): Promise<void> {
  await rm(stagingDir, { recursive: true, force: true });
  await linkFiles(outDir, stagingDir, paths);
}
