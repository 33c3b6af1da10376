import { renderDiagrams, type DiagramResult } from "../lib/diagrams";
import type { NoteModel } from "../lib/notes/model";

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
