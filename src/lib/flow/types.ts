/** A labelled box in an architecture-flow diagram. */
export interface FlowNode {
  /** Mermaid-safe id, `n0`, `n1`, … in reading order of first appearance. */
  id: string;
  /** The box text without its brackets and without trailing parenthesised notes. */
  label: string;
  /** Parenthesised notes and column-aligned description rows, in reading order, de-duplicated. */
  notes: string[];
}

export interface FlowEdge {
  from: string;
  to: string;
  label?: string;
}

export interface FlowGraph {
  /** `TD` when most edges come from vertical arrows, `LR` when most come from horizontal ones. */
  direction: "TD" | "LR";
  nodes: FlowNode[];
  edges: FlowEdge[];
}

export interface FlowParseSuccess {
  ok: true;
  graph: FlowGraph;
}

export interface FlowParseFailure {
  ok: false;
  /** Human-readable reason, suitable for a build warning. */
  reason: string;
  /** 1-based line number relative to the block text handed to the parser. */
  line: number;
}

export type FlowParseResult = FlowParseSuccess | FlowParseFailure;
