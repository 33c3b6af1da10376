import { escapeHtml } from "../html/escape";
import { figureSvg } from "./figure-svg";

/**
 * A diagram's SVG by reference. Pictures are three quarters of a note's rendered HTML, and Astro
 * keeps every note's HTML in one data store it serialises, bundles and compiles on every build
 * (at 5,000 notes, 104 MB, most of an edit's rebuild time). A note keeps a reference to its
 * diagram in the diagram cache instead; the page fills it in when it is written. A custom element
 * name no author's HTML uses, so an unfilled one is visibly wrong rather than mistaken for content.
 */
export function diagramRef(key: string, accessibleName: string): string {
  return `<kb-diagram key="${key}" name="${escapeHtml(accessibleName)}"></kb-diagram>`;
}

const REF = /<kb-diagram key="([0-9a-f]{64})" name="([^"]*)"><\/kb-diagram>/g;
const ENTITY: Record<string, string> = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'" };

export interface ExpandedDiagrams {
  readonly html: string;
  /** Keys whose SVG `svgOf` did not have: their figures keep the original text only. */
  readonly missing: readonly string[];
}

/**
 * `html` with each diagram reference replaced by the figure's SVG (the same bytes wrapDiagramHtml
 * writes inline); with `first`, only the first (a preview needs no more).
 */
export function expandDiagramRefs(html: string, svgOf: (key: string) => string | undefined, options: { first?: boolean } = {}): ExpandedDiagrams {
  const missing: string[] = [];
  let done = false;
  const expanded = html.replace(REF, (ref, key: string, name: string) => {
    if (done) return ref;
    done = options.first === true;
    const svg = svgOf(key);
    if (svg === undefined) {
      missing.push(key);
      return "";
    }
    return figureSvg(svg, name.replace(/&(?:amp|lt|gt|quot|#39);/g, (e) => ENTITY[e] ?? e));
  });
  return { html: expanded, missing };
}
