import { setIntrinsicSize } from "./intrinsicSize";
import { pruneSvg } from "./pruneSvg";
import { scopeSvgIds } from "./scopeIds";
import { removeStyleElements, stripInlineColours } from "./stripTheme";

/** Bump whenever the output of postProcessSvg changes; it is part of every cache key. */
export const POSTPROCESS_VERSION = "5";

export interface PostProcessOptions {
  /** Unique per diagram, starts with a letter; see idPrefixForKey. */
  idPrefix: string;
  /** The id the SVG was rendered with, stripped from inner ids to keep them short. */
  renderId?: string;
}

/** Mermaid's SVG → the themeable, collision-free, intrinsically sized SVG the site inlines. */
export function postProcessSvg(svg: string, options: PostProcessOptions): string {
  let out = scopeSvgIds(svg.trim(), options.idPrefix, options.renderId);
  out = removeStyleElements(out);
  out = stripInlineColours(out);
  out = pruneSvg(out);
  out = setIntrinsicSize(out);
  out = inlineLabelParagraphs(out);
  return out;
}

/**
 * Mermaid writes each HTML label as `<span class="nodeLabel"><p>…</p></span>`: a `<p>` inside a
 * `<span>` is invalid HTML (the Nu checker's most common error on our pages). The paragraph becomes a
 * span styled as a block (`.label-line` in diagrams.css), so the label is laid out as it was measured.
 */
export function inlineLabelParagraphs(svg: string): string {
  return svg.replace(/<foreignObject\b[\s\S]*?<\/foreignObject>/g, (fo) =>
    fo.replace(/<p(\s[^>]*)?>/g, (_m, attrs: string | undefined) => `<span class="label-line"${attrs ?? ""}>`).replace(/<\/p>/g, "</span>"),
  );
}
