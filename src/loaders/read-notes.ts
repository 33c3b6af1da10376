import { readdir, readFile } from "node:fs/promises";
import { join, relative, resolve, sep } from "node:path";
import { assertUniqueSlugs, normaliseNote, type NoteWarning, type NormalisedNote } from "../lib/notes";

const NOTE_FILE = /\.(md|mdx)$/i;

export interface NoteFile {
  note: NormalisedNote;
  absolutePath: string;
  raw: string;
}

/** Reads and normalises every note under `dir` (recursively, like an Obsidian vault).
 * Throws, naming the file and line, only for a note that cannot be read at all. */
export async function readNotes(root: string, dir: string): Promise<{ files: NoteFile[]; warnings: NoteWarning[] }> {
  const absoluteDir = resolve(root, dir);
  const entries = await readdir(absoluteDir, { recursive: true, withFileTypes: true });
  const paths = entries
    .filter((e) => e.isFile() && NOTE_FILE.test(e.name) && !e.name.startsWith("."))
    .map((e) => join(e.parentPath, e.name))
    .sort();
  const warnings: NoteWarning[] = [];
  const files = await Promise.all(
    paths.map(async (absolutePath) => {
      const raw = await readFile(absolutePath, "utf8");
      const path = relative(root, absolutePath).split(sep).join("/");
      const result = normaliseNote({ path, raw });
      warnings.push(...result.warnings);
      return { note: result.note, absolutePath, raw };
    }),
  );
  assertUniqueSlugs(files.map((f) => f.note));
  return { files, warnings };
}
