import { availableParallelism } from "node:os";
import { readCachedSvg, writeCachedSvg } from "./cache";
import { MAX_DIAGRAM_CHARS, MAX_DIAGRAM_LINES, RENDER_ID } from "./config";
import { diagramKey, idPrefixForKey, normalizeDiagramSource } from "./key";
import { postProcessSvg } from "./postProcess";
import type { BatchRenderer, DiagramResult, RawRenderResult } from "./types";

export interface RenderDiagramsOptions {
  cacheDir: string;
  /** Workers rendering in parallel in the one browser, each in its own context (its own renderer
   * process); default: the machine's cores, at most 4. */
  concurrency?: number;
  log?: (msg: string) => void;
  /** Defaults to headless Chromium; tests inject a fake. */
  renderer?: BatchRenderer;
}

/**
 * Renders Mermaid sources to themeable SVG, keyed by diagramKey(source).
 * Cached diagrams are read from disk; only missing ones reach the renderer
 * (which is not started at all when everything is cached). Never throws for a
 * bad diagram or a broken browser: those come back as { ok: false, error }.
 */
export async function renderDiagrams(
  sources: readonly string[],
  options: RenderDiagramsOptions,
): Promise<Map<string, DiagramResult>> {
  const log = options.log ?? (() => {});
  const results = new Map<string, DiagramResult>();
  const missing = new Map<string, string>();

  const unique = new Map<string, string>();
  for (const source of sources) {
    const key = diagramKey(source);
    if (unique.has(key)) continue;
    unique.set(key, source);
    const tooLarge = diagramTooLarge(source);
    if (tooLarge) results.set(key, { ok: false, error: tooLarge });
  }
  // Cache reads in parallel (a warm 5,000-note site reads ~10,000 files), results in source order.
  const pending = [...unique].filter(([key]) => !results.has(key));
  const cached = new Array<string | undefined>(pending.length);
  let next = 0;
  const reader = async () => {
    while (next < pending.length) {
      const i = next++;
      cached[i] = await readCachedSvg(options.cacheDir, pending[i]![0]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(16, pending.length) }, reader));
  pending.forEach(([key, source], i) => {
    const svg = cached[i];
    if (svg !== undefined) results.set(key, { ok: true, svg, cached: true });
    else missing.set(key, normalizeDiagramSource(source));
  });
  if (missing.size === 0) return results;

  const keys = [...missing.keys()];
  const started = Date.now();
  // Each diagram is post-processed and cached as soon as it is drawn, while Chromium draws the next.
  const finishing = new Map<number, Promise<void>>();
  const finish = (i: number, r: RawRenderResult): void => {
    if (!finishing.has(i)) finishing.set(i, finishDiagram(keys[i]!, r, results, options.cacheDir, log));
  };
  let raw;
  try {
    // Playwright is loaded only when something actually has to be rendered.
    const renderer = options.renderer ?? (await import("./browser")).createChromiumRenderer();
    raw = await renderer([...missing.values()], {
      concurrency: Math.max(1, options.concurrency ?? Math.min(4, availableParallelism())),
      log,
      renderId: RENDER_ID,
      onResult: finish,
    });
  } catch (err) {
    const error = `diagram renderer failed: ${errorMessage(err)}`;
    log(error);
    await Promise.all(finishing.values());
    // Diagrams drawn before the failure keep their pictures.
    keys.forEach((key, i) => {
      if (!finishing.has(i)) results.set(key, { ok: false, error });
    });
    return results;
  }
  log(`rendered ${keys.length} diagram(s) in ${Date.now() - started} ms`);
  keys.forEach((_key, i) => finish(i, raw[i] ?? { ok: false, error: "renderer returned no result" }));
  await Promise.all(finishing.values());
  return results;
}

/** Post-processes one drawn diagram into `results` and caches it. */
async function finishDiagram(key: string, r: RawRenderResult, results: Map<string, DiagramResult>, cacheDir: string, log: (msg: string) => void): Promise<void> {
  if (!r.ok) {
    results.set(key, r);
    return;
  }
  let svg: string;
  try {
    svg = postProcessSvg(r.svg, { idPrefix: idPrefixForKey(key), renderId: RENDER_ID });
  } catch (err) {
    results.set(key, { ok: false, error: `post-processing failed: ${errorMessage(err)}` });
    return;
  }
  results.set(key, { ok: true, svg });
  try {
    await writeCachedSvg(cacheDir, key, svg);
    results.set(key, { ok: true, svg, cached: true });
  } catch (err) {
    // The diagram is fine; it will just be rendered again next build.
    log(`could not cache diagram ${key.slice(0, 12)}: ${errorMessage(err)}`);
  }
}

/** Why a source is too large to draw at build time, or undefined (limits in config.ts). */
export function diagramTooLarge(source: string): string | undefined {
  if (source.length > MAX_DIAGRAM_CHARS) return `diagram too large: ${source.length.toLocaleString("en-US")} characters (limit ${MAX_DIAGRAM_CHARS.toLocaleString("en-US")})`;
  const lines = source.split("\n").filter((l) => l.trim() !== "").length;
  if (lines > MAX_DIAGRAM_LINES) return `diagram too large: ${lines} lines (limit ${MAX_DIAGRAM_LINES})`;
  return undefined;
}

function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
