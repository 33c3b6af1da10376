export type { FlowEdge, FlowGraph, FlowNode, FlowParseFailure, FlowParseResult, FlowParseSuccess } from "./types";
export { isFlowBlockCandidate } from "./candidate";
export { parseFlowDiagram } from "./parse";
export { toMermaid, escapeMermaidLabel, unescapeMermaidLabel } from "./mermaid";
export { describeFlow } from "./describe";
export { TAB_STOP } from "./columns";
export { diagramForBlock, type DiagramBlock } from "./block";
export { pictureKind, type PictureKind } from "./drawing";
export { unclosedFence, type UnclosedFence, type CodeNodeLike } from "./unclosed-fence";
