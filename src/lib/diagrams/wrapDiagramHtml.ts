import { escapeHtml } from "../html/escape";
import { diagramRef } from "./figure-ref";
import { figureSvg } from "./figure-svg";

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
 * in a closed <details>. No script needed. With `byReference` (the diagram's cache key) the SVG
 * itself is a reference the page fills in (figure-ref.ts), so the stored note stays small.
 */
export function wrapDiagramHtml(svg: string, options: WrapDiagramOptions, byReference?: string): string {
  const figure = figureSvg(svg, options.accessibleName);
  const width = Number(/^<svg\b[^>]*?\swidth="([\d.]+)/.exec(figure)?.[1] ?? 0);
  const wide = options.scrollHint === undefined ? undefined : overflowClass(width);
  return (
    `<figure class="flow-diagram${wide === undefined ? "" : ` ${wide}`}">` +
    `<div class="flow-diagram__scroll" tabindex="0">${byReference === undefined || figure === "" ? figure : diagramRef(byReference, options.accessibleName)}</div>` +
    (wide === undefined
      ? ""
      : `<p class="flow-diagram__hint"><span>${escapeHtml(options.scrollHint ?? "")}</span>` +
        (options.fullScreenLabel === undefined ? "" : ` <button type="button" class="flow-diagram__zoom" data-diagram-zoom hidden>${escapeHtml(options.fullScreenLabel)}</button>`) +
        `</p>`) +
    `<details class="flow-diagram__source"><summary>원본 보기</summary><pre><code>${escapeHtml(options.rawText)}</code></pre></details>` +
    `</figure>`
  );
}
