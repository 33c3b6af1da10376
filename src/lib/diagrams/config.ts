/** The font labels are measured in; the render page serves Pretendard under this name. */
export const DIAGRAM_FONT_FAMILY = '"Pretendard Variable", Pretendard, "Noto Sans CJK KR", sans-serif';

/**
 * How much wider than Pretendard the labels are measured. The site ships no web font, so a label is
 * shown in the reader's own: measured in Chromium against Pretendard, Noto Sans CJK KR is 2–6% wider
 * (Hangul 5–6%), Arial-metric Latin 0–4%, DejaVu Sans (Latin only) 8–13%. 10% room covers the Korean
 * system fonts; diagram-labels.css centres the text and lets anything wider spill into the padding.
 */
export const LABEL_MEASURE_SIZE_ADJUST = 1.1;

/**
 * Size limits checked before a diagram reaches the browser, so that an oversized diagram fails at
 * once and the same way on every machine, instead of sometimes beating the timeout (issue 17: a
 * 500-line flow took 20.2 s against 20 s). MAX_DIAGRAM_CHARS is Mermaid's own maxTextSize (over it
 * Mermaid draws a "Maximum text size in diagram exceeded" placeholder); MAX_DIAGRAM_LINES keeps
 * layouts to a few seconds even on a slow, busy machine.
 */
export const MAX_DIAGRAM_CHARS = 50_000; // Mermaid's default maxTextSize (left out of MERMAID_CONFIG: it keys the cache)
export const MAX_DIAGRAM_LINES = 300;
/** Per diagram: far above any diagram within the limits (well under 1 s each), so hitting it means
 * a stuck page, which fails that one diagram and is replaced. */
export const DIAGRAM_TIMEOUT_MS = 30_000;

/** The id every diagram is rendered with (one at a time per page); post-processing replaces it. */
export const RENDER_ID = "mmd";

/**
 * Mermaid configuration, pinned so that output only changes when we say so.
 * - layout "dagre": Mermaid 12 defaults to ELK; dagre is what flowcharts were designed around.
 * - look "classic": the v12 default "neo" adds drop-shadow filters and theme-bound styling.
 * - htmlLabels: the `<br/><small>` two-line labels need HTML labels; SVG-text
 *   labels print `<small>` literally.
 * - securityLevel "strict": labels are sanitised (br/small survive); no click handlers.
 */
export const MERMAID_CONFIG = {
  startOnLoad: false,
  layout: "dagre",
  look: "classic",
  theme: "default",
  securityLevel: "strict",
  htmlLabels: true,
  fontFamily: DIAGRAM_FONT_FAMILY,
  themeVariables: { fontFamily: DIAGRAM_FONT_FAMILY, fontSize: "14px" },
  flowchart: {
    useMaxWidth: false,
    curve: "basis",
    padding: 15,
    nodeSpacing: 40,
    rankSpacing: 44,
    diagramPadding: 8,
    // v12 defaults (120/120) wrap "AWS Glue Crawler (Schema Discovery)" into three lines.
    wrappingWidth: 200,
    minNodeWidth: 96,
  },
} as const;
