import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import {
  bundledFilePath,
  type BundledFile,
} from "../lib/site-files/file-bundle.ts";
import { linkFile, makeFolders } from "./file-tree.ts";
import { inBatches } from "./in-batches.ts";

export interface BundledFilesReport {
  written: number;
  /** Paths left out, with why (outside the site; a page of the site already there). */
  leftOut: { path: string; reason: "outside" | "taken" }[];
}

export interface BundledFilesOptions {
  /** The build's cache root, which files bundled `fromCache` are linked from. */
  readonly cacheRoot: string;
}

/**
 * Writes a bundle's files into the site folder `out` (lib/site-files/file-bundle.ts). A file never
 * replaces one already there (a note at an alias's path wins, as in Obsidian). A file bundled from
 * the cache is a hard link to it (a copy where links are refused): the bytes are not written again.
 */
export async function writeBundledFiles(
  out: string,
  files: readonly BundledFile[],
  options: BundledFilesOptions,
): Promise<BundledFilesReport> {
  const leftOut: BundledFilesReport["leftOut"] = [];
  const inside = files.flatMap((file) => {
    const path = bundledFilePath(file.path);
    if (path === undefined)
      leftOut.push({ path: file.path, reason: "outside" });
    return path === undefined ? [] : [{ file, path }];
  });
  await makeFolders(
    out,
    inside.map(({ path }) => path),
  );
  let written = 0;
  await inBatches(inside, async ({ file, path }) => {
    // Fails with EEXIST instead of checking first: one question to the disk per file.
    const placed = await placeFile(
      file,
      join(out, path),
      options.cacheRoot,
    ).then(
      () => true,
      (error: NodeJS.ErrnoException) => {
        if (error.code === "EEXIST") return false;
        throw error;
      },
    );
    if (placed) written++;
    else leftOut.push({ path: file.path, reason: "taken" });
  });
  return { written, leftOut };
}

async function placeFile(
  file: BundledFile,
  to: string,
  cacheRoot: string,
): Promise<void> {
  if (!("fromCache" in file))
    return writeFile(to, file.content, { flag: "wx" });
  const from = bundledFilePath(file.fromCache);
  if (from === undefined)
    throw new Error(
      `${file.path}: ${file.fromCache} is not a path inside the cache`,
    );
  await linkFile(join(cacheRoot, from), to).catch(
    (error: NodeJS.ErrnoException) => {
      if (error.code !== "ENOENT") throw error;
      throw new Error(
        `${file.path}: ${file.fromCache} left the cache (${cacheRoot}) during the build; build again`,
      );
    },
  );
}
