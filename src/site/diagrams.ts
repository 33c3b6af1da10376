import { readCachedSvgSync } from "../lib/diagrams/cache";
import { expandDiagramRefs } from "../lib/diagrams/figure-ref";
import { cachePath, settings } from "../lib/settings/settings";
import type { Note } from "./notes";

/**
 * A note's rendered HTML with its diagram references filled in from the diagram cache
 * (lib/diagrams/figure-ref.ts); with `first`, only the first diagram (previews). The loader draws
 * any diagram missing from the cache before a page is written, so a miss means the cache was
 * emptied during the build: the figure keeps its source text and the build says which note (a
 * `strict` build fails).
 */
export function noteHtml(note: Pick<Note, "id" | "rendered">, options: { first?: boolean } = {}): string | undefined {
  const html = note.rendered?.html;
  if (html === undefined || !html.includes("<kb-diagram ")) return html;
  const dir = cachePath(settings(), "diagrams");
  const expanded = expandDiagramRefs(html, (key) => readCachedSvgSync(dir, key), options);
  if (expanded.missing.length > 0) {
    const message = `[diagrams] ${note.id}: ${expanded.missing.length} diagram(s) not in the diagram cache (${dir}), which was emptied during the build; their figures show only the source text. Build again to draw them.`;
    if (settings().strict) throw new Error(message);
    console.warn(message);
  }
  return expanded.html;
}

/** The note as `render()` should see it: its stored HTML with the pictures in. */
export function withDiagrams<T extends Note>(note: T): T {
  const html = noteHtml(note);
  return html === undefined || note.rendered === undefined || html === note.rendered.html ? note : { ...note, rendered: { ...note.rendered, html } };
}
