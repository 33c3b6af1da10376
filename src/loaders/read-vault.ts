import { createHash } from "node:crypto";
import { mkdir, readFile, writeFile, rename } from "node:fs/promises";
import { join } from "node:path";
import { ui } from "../i18n/ui";
import { analyseNote, type AnalysedNote } from "../lib/notes/analyse";
import { NoteReadError, type NoteWarning } from "../lib/notes/errors";
import { noteModelSchema } from "../lib/notes/model";
import { tagSynonyms } from "../lib/tags";
import { decodeNote, scanVault, type VaultScan } from "../lib/vault";

export interface VaultNotes {
  scan: VaultScan;
  notes: (AnalysedNote & { absolutePath: string; digest: string })[];
  warnings: NoteWarning[];
  /** How many notes were analysed afresh (the rest came from the cache). */
  analysed: number;
}

interface CachedAnalysis {
  model: unknown;
  body: string;
  warnings: NoteWarning[];
}

async function readCache(file: string): Promise<AnalysedNote | undefined> {
  try {
    const cached = JSON.parse(await readFile(file, "utf8")) as CachedAnalysis;
    const model = noteModelSchema.safeParse(cached.model);
    return model.success && typeof cached.body === "string" && Array.isArray(cached.warnings)
      ? { model: model.data, body: cached.body, warnings: cached.warnings }
      : undefined;
  } catch {
    return undefined;
  }
}

async function writeCache(file: string, analysed: AnalysedNote): Promise<void> {
  const temp = `${file}.${process.pid}.tmp`;
  await writeFile(temp, JSON.stringify({ model: analysed.model, body: analysed.body, warnings: analysed.warnings } satisfies CachedAnalysis));
  await rename(temp, file);
}

/**
 * Reads every note of the vault once: bytes → text (encoding checked) → NoteModel. The analysis of a
 * note is cached on disk by a hash of its bytes, its path and the pipeline's code, so an unchanged
 * note is never parsed again.
 */
export async function readVault(options: { dir: string; exclude: readonly string[]; cacheDir: string; pipeline: string }): Promise<VaultNotes> {
  const scan = await scanVault(options.dir, options.exclude);
  const warnings: NoteWarning[] = scan.problems.map((p) => ({ kind: "file", file: p.path, message: p.message }));
  await mkdir(options.cacheDir, { recursive: true });
  let analysed = 0;
  const notes = await Promise.all(
    scan.notes.map(async (file) => {
      const bytes = await readFile(file.absolutePath);
      const digest = createHash("sha256").update(options.pipeline).update("\0").update(file.path).update("\0").update(bytes).digest("hex");
      const cacheFile = join(options.cacheDir, `${digest.slice(0, 40)}.json`);
      let result = await readCache(cacheFile);
      if (result === undefined) {
        const decoded = decodeNote(bytes);
        try {
          result = analyseNote(
            { path: file.path, text: decoded.text },
            { synonyms: tagSynonyms, mermaidDescription: ui.diagramName, quizHeadingText: ui.quizHeading },
          );
        } catch (error) {
          // Never a stack trace naming no note: the build stops with the file it could not read.
          if (error instanceof NoteReadError) throw error;
          throw new NoteReadError(file.path, undefined, `could not be analysed (${error instanceof Error ? error.message : String(error)})`);
        }
        for (const p of decoded.problems) result.warnings.unshift({ kind: "encoding", file: file.path, ...(p.line === undefined ? {} : { line: p.line }), message: p.message });
        analysed++;
        await writeCache(cacheFile, result);
      }
      return { ...result, absolutePath: file.absolutePath, digest };
    }),
  );
  for (const note of notes) warnings.push(...note.warnings);
  return { scan, notes, warnings, analysed };
}
