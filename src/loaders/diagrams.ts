import { readdir } from "node:fs/promises";
import { diagramKey, renderDiagrams, type DiagramResult } from "../lib/diagrams";
import type { NoteModel } from "../lib/notes/model";
import type { PublishedNote } from "../lib/resolve/resolve-site";

/** Every diagram the given notes draw, in one batch (one browser, cached on disk by a hash of the
 * Mermaid source) before any Markdown is rendered: rendering is async, the plugins that place the
 * pictures are synchronous. */
export async function renderAllDiagrams(models: readonly NoteModel[], cacheDir: string, log: (message: string) => void): Promise<Map<string, DiagramResult>> {
  const sources = new Set<string>();
  for (const model of models) for (const block of model.codeBlocks) if (block.role === "diagram" && block.mermaid !== undefined) sources.add(block.mermaid);
  if (sources.size === 0) return new Map();
  const started = performance.now();
  const diagrams = await renderDiagrams([...sources], { cacheDir, log });
  const failed = [...diagrams.values()].filter((d) => !d.ok).length;
  log(`${sources.size} diagrams ready in ${Math.round(performance.now() - started)} ms${failed ? `, ${failed} failed` : ""}`);
  return diagrams;
}

/** Keys of the diagrams in the cache folder, from one directory listing. */
export async function cachedDiagramKeys(cacheDir: string): Promise<ReadonlySet<string>> {
  const names = await readdir(cacheDir).catch(() => [] as string[]);
  return new Set(names.flatMap((name) => (name.endsWith(".svg") ? [name.slice(0, -4)] : [])));
}

/**
 * Whether every diagram the note draws is in the cache. A stored note refers to its pictures there
 * (lib/diagrams/figure-ref.ts): one whose pictures are gone (a cache folder emptied or not restored
 * beside Astro's) is rendered again, which draws them.
 */
export function diagramsCached(model: NoteModel, cached: ReadonlySet<string>): boolean {
  return model.codeBlocks.every((block) => block.role !== "diagram" || block.mermaid === undefined || cached.has(diagramKey(block.mermaid)));
}

/**
 * The notes whose diagrams rendering `notes` shows: themselves and every note they embed, at any
 * depth (an embedded piece brings its pictures, and the embedded note may be unchanged).
 */
export function notesShownBy(notes: readonly PublishedNote[], byPath: ReadonlyMap<string, PublishedNote>): NoteModel[] {
  const seen = new Set<string>();
  const queue = [...notes];
  const models: NoteModel[] = [];
  while (queue.length > 0) {
    const note = queue.pop()!;
    if (seen.has(note.model.path)) continue;
    seen.add(note.model.path);
    models.push(note.model);
    for (const link of Object.values(note.links)) {
      const target = link.kind === "embed" ? byPath.get(link.target) : undefined;
      if (target !== undefined && !seen.has(target.model.path)) queue.push(target);
    }
  }
  return models;
}
