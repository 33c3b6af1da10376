import { setIntrinsicSize } from "./intrinsicSize";
import { pruneSvg } from "./pruneSvg";
import { scopeSvgIds } from "./scopeIds";
import { removeStyleElements, stripInlineColours } from "./stripTheme";

/** Bump whenever the output of postProcessSvg changes; it is part of every cache key. */
export const POSTPROCESS_VERSION = "4";

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
  return out;
}
