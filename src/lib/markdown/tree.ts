import type { Nodes, Parents, PhrasingContent, RootContent } from "mdast";
import { inlineScriptSpans } from "../html/raw-html";

/** A node's place in its note file (`line:column`), the key analysis and render share. */
export type NodeKey = string;

interface Positioned {
  position?: { start: { line: number; column: number } } | undefined;
}

/** `lineOffset` is the file line of the parsed text's line 1, minus one. */
export function nodeKey(node: Positioned, lineOffset: number): NodeKey {
  const start = node.position?.start;
  return start === undefined ? "?" : `${start.line + lineOffset}:${start.column}`;
}

/** The file line a node starts on. */
export function nodeLine(node: Positioned, lineOffset: number): number {
  return (node.position?.start.line ?? 1) + lineOffset;
}

export function hasChildren(node: Nodes): node is Parents {
  return "children" in node && Array.isArray(node.children);
}

/**
 * The words a reader sees in a node: text, code, math source and link texts; images and raw HTML
 * tags contribute nothing. Line breaks and soft breaks become single spaces.
 */
export function plainText(node: Nodes | readonly Nodes[]): string {
  const parts: string[] = [];
  const visit = (n: Nodes): void => {
    switch (n.type) {
      case "text":
      case "inlineCode":
      case "inlineMath":
        parts.push(n.value);
        return;
      case "break":
        parts.push(" ");
        return;
      case "image":
      case "imageReference":
      case "html":
      case "footnoteReference":
        return;
      default:
        if (hasChildren(n)) visitAll(n.children as Nodes[]);
    }
  };
  // A browser never shows an inline script's source, with scripts allowed or not: neither do titles.
  const visitAll = (nodes: readonly Nodes[]): void => {
    const script = inlineScriptSpans(nodes.map((c) => (c.type === "html" ? c.value : null)), { allowScripts: false });
    nodes.forEach((c, i) => {
      if (!script.has(i)) visit(c);
    });
  };
  visitAll(Array.isArray(node) ? node : [node as Nodes]);
  return parts.join("").replace(/\s+/g, " ").trim();
}

/** Depth-first, document order; `visit` returns false to skip a node's children. */
export function walk(node: Nodes, visit: (node: Nodes, ancestors: readonly Parents[]) => boolean | void): void {
  const ancestors: Parents[] = [];
  const go = (n: Nodes): void => {
    if (visit(n, ancestors) === false || !hasChildren(n)) return;
    ancestors.push(n);
    for (const child of n.children) go(child as Nodes);
    ancestors.pop();
  };
  go(node);
}

export type { Nodes, Parents, PhrasingContent, RootContent };
