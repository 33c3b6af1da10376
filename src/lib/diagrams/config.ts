/** Same stack as the site body text; "Pretendard Variable" is the name the site self-hosts. */
export const DIAGRAM_FONT_FAMILY = '"Pretendard Variable", Pretendard, "Noto Sans CJK KR", sans-serif';

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
