import { escapeHtml } from "../html/escape";
import { mapStartTags, serializeTokens, tokenizeSvg } from "./svgTokens";

export interface WrapDiagramOptions {
  /** Short description read by screen readers, e.g. "AWS Glue 아키텍처 흐름도". */
  accessibleName: string;
  /** The original text diagram, shown under "원본 보기". */
  rawText: string;
  /** Text of the "scroll sideways" hint shown under a diagram wider than its box; none when absent. */
  scrollHint?: string;
  /** Label of the full-screen button beside the hint (shown by scripts/diagram-zoom.ts); none when absent. */
  fullScreenLabel?: string;
}

/**
 * Which screens a diagram of this width overflows, as a class for diagrams.css (no script measures it):
 * the note column is ~328 px on a 360 px phone, ~600 px below 1024 px, and ~840 px beside the table of
 * contents on a wide screen.
 */
export function overflowClass(width: number): string | undefined {
  if (width > 840) return "flow-diagram--wide-all";
  if (width > 600) return "flow-diagram--wide-md";
  if (width > 328) return "flow-diagram--wide-sm";
  return undefined;
}

/**
 * The figure a page shows for one rendered diagram: the SVG as one image with
 * an accessible name in a horizontally scrollable box, and the original text
 * in a closed <details>. No script needed.
 */
export function wrapDiagramHtml(svg: string, options: WrapDiagramOptions): string {
  const name = options.accessibleName.trim().replace(/\s+/g, " ");
  const tokens = tokenizeSvg(svg.trim());
  const rootIndex = tokens.findIndex((t) => t.kind === "tag" && !t.closing && t.name === "svg");
  if (rootIndex >= 0) {
    mapStartTags(tokens, (_tag, attrs, index) => {
      if (index !== rootIndex) return attrs;
      const kept = attrs.filter(
        (a) => !["role", "aria-label", "aria-labelledby", "aria-roledescription", "aria-describedby"].includes(a.name),
      );
      return [...kept, { name: "role", value: "img" }, { name: "aria-label", value: escapeHtml(name) }];
    });
    const root = tokens[rootIndex];
    const hasTitle = tokens.some((t, i) => i === rootIndex + 1 && t.kind === "tag" && t.name === "title");
    if (root && !hasTitle) {
      tokens.splice(rootIndex + 1, 0, { kind: "text", raw: `<title>${escapeHtml(name)}</title>` });
    }
  }
  const figureSvg = rootIndex >= 0 ? serializeTokens(tokens) : "";
  const width = Number(/^<svg\b[^>]*?\swidth="([\d.]+)/.exec(figureSvg)?.[1] ?? 0);
  const wide = options.scrollHint === undefined ? undefined : overflowClass(width);
  return (
    `<figure class="flow-diagram${wide === undefined ? "" : ` ${wide}`}">` +
    `<div class="flow-diagram__scroll" tabindex="0">${figureSvg}</div>` +
    (wide === undefined
      ? ""
      : `<p class="flow-diagram__hint"><span>${escapeHtml(options.scrollHint ?? "")}</span>` +
        (options.fullScreenLabel === undefined ? "" : ` <button type="button" class="flow-diagram__zoom" data-diagram-zoom hidden>${escapeHtml(options.fullScreenLabel)}</button>`) +
        `</p>`) +
    `<details class="flow-diagram__source"><summary>원본 보기</summary><pre><code>${escapeHtml(options.rawText)}</code></pre></details>` +
    `</figure>`
  );
}
