export { renderDiagrams, type RenderDiagramsOptions } from "./renderDiagrams";
export { diagramKey, rendererVersion, idPrefixForKey, normalizeDiagramSource } from "./key";
export { createChromiumRenderer, findChromium, CHROMIUM_ARGS, type ChromiumRendererOptions } from "./browser";
export { postProcessSvg, POSTPROCESS_VERSION } from "./postProcess";
export { wrapDiagramHtml, type WrapDiagramOptions } from "./wrapDiagramHtml";
export { svgTextRuns } from "./svgText";
export { MERMAID_CONFIG, DIAGRAM_FONT_FAMILY } from "./config";
export type { DiagramResult, BatchRenderer, RawRenderResult, BatchRenderContext } from "./types";
