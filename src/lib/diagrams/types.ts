/** `cached`: the SVG is in the diagram cache under its key, so a page can be given it by reference. */
export type DiagramResult = { ok: true; svg: string; cached?: boolean } | { ok: false; error: string };

/** What a renderer returns for one source, before post-processing. */
export type RawRenderResult = { ok: true; svg: string } | { ok: false; error: string };

export interface BatchRenderContext {
  concurrency: number;
  log: (msg: string) => void;
  /** The id each SVG must be rendered with; post-processing strips it from inner ids. */
  renderId: string;
  /** Called with each result as soon as it is drawn, so the caller can finish it while others render. */
  onResult?: (index: number, result: RawRenderResult) => void;
}

/**
 * Renders Mermaid sources to raw SVG, one result per source in input order.
 * Injectable so that tests can count renders without a browser.
 */
export type BatchRenderer = (sources: readonly string[], context: BatchRenderContext) => Promise<RawRenderResult[]>;
