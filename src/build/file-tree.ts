import { constants } from "node:fs";
import { copyFile, link, mkdir, readdir, writeFile } from "node:fs/promises";
import { dirname, join, relative } from "node:path";
import { inBatches } from "./in-batches.ts";

/** Why a file system refuses a hard link that a copy can stand in for. */
const LINK_REFUSED = new Set(["EXDEV", "EPERM", "ENOTSUP", "EMLINK", "EOPNOTSUPP"]);

/** Every folder the files at `paths` under `root` need, each made once. */
export async function makeFolders(root: string, paths: readonly string[]): Promise<void> {
  for (const folder of new Set(paths.map((path) => dirname(join(root, path))))) await mkdir(folder, { recursive: true });
}

/** Writes files given by relative path into `root` (a search index: ~10,000 small files at 5,000 notes). */
export async function writeFileTree(root: string, files: readonly { readonly path: string; readonly content: Uint8Array | string }[]): Promise<void> {
  await makeFolders(root, files.map((file) => file.path));
  await inBatches(files, (file) => writeFile(join(root, file.path), file.content));
}

/**
 * Files of `from` (relative paths) at the same places under `to`: hard links where the file system
 * allows, copies where it does not. Both sides are only ever replaced whole, never edited in place,
 * so sharing the bytes is safe and saves copying them.
 */
export async function linkFiles(from: string, to: string, paths: readonly string[]): Promise<void> {
  await mkdir(to, { recursive: true });
  await makeFolders(to, paths);
  await inBatches(paths, (path) => linkFile(join(from, path), join(to, path)));
}

/** `to` made a hard link to `from`, or a copy where the file system refuses links; never over an
 * existing file (which may share its bytes): that fails with EEXIST. */
export async function linkFile(from: string, to: string): Promise<void> {
  await link(from, to).catch((error: NodeJS.ErrnoException) => {
    if (!LINK_REFUSED.has(error.code ?? "")) throw error;
    return copyFile(from, to, constants.COPYFILE_EXCL);
  });
}

/** Every file of `from` linked (or copied) to the same place under `to`. */
export async function linkFileTree(from: string, to: string): Promise<void> {
  const entries = await readdir(from, { recursive: true, withFileTypes: true });
  await linkFiles(from, to, entries.filter((entry) => entry.isFile()).map((entry) => relative(from, join(entry.parentPath, entry.name))));
}
