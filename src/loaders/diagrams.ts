import { join } from "node:path";
import { renderDiagrams, type DiagramResult } from "../lib/diagrams";
import { diagramForBlock } from "../lib/flow";
import { fencedBlocks } from "../lib/notes";
import { ui } from "../i18n/ui";

/** Every diagram of the build, drawn in one batch (one browser, cached on disk by a
 * hash of the Mermaid source) before any Markdown is rendered: rendering is async,
 * the Markdown plugins that place the pictures are synchronous. */
export async function renderAllDiagrams(
  /** The Markdown bodies whose diagrams are needed. */
  bodies: readonly string[],
  root: string,
  log: (message: string) => void,
): Promise<Map<string, DiagramResult>> {
  const sources = new Set<string>();
  for (const body of bodies) {
    for (const block of fencedBlocks(body)) {
      const diagram = diagramForBlock(block.lang, block.text, ui.diagramName);
      if (diagram?.ok) sources.add(diagram.mermaid);
    }
  }
  const started = performance.now();
  const diagrams = await renderDiagrams([...sources], {
    // DIAGRAM_CACHE_DIR lets benchmarks measure a cold cache without touching ours.
    cacheDir: process.env["DIAGRAM_CACHE_DIR"] ?? join(root, ".cache", "diagrams"),
    log,
  });
  const failed = [...diagrams.values()].filter((d) => !d.ok).length;
  log(`${sources.size} diagrams ready in ${Math.round(performance.now() - started)} ms${failed ? `, ${failed} failed` : ""}`);
  return diagrams;
}
