import type { Parents, RootContent } from "mdast";
import { splitBlockId, standaloneBlockId } from "../obsidian";
import { plainText, type Nodes } from "../markdown/tree";

export interface FoundBlockId {
  id: string;
  /** The block the id names. */
  block: Nodes;
}

function lastText(node: Nodes): string | undefined {
  if (node.type === "text") return node.value;
  if (!("children" in node) || node.children.length === 0) return undefined;
  return lastText(node.children[node.children.length - 1] as Nodes);
}

/**
 * Obsidian's block ids (`^id`) in a note's visible blocks, and the block each names (see
 * src/lib/obsidian/block-ids.ts): a paragraph's, list item's or heading's own trailing id; a paragraph
 * that is only `^id` names the block before it; inside a blockquote, the whole top-level quote.
 */
export function findBlockIds(tops: readonly RootContent[]): FoundBlockId[] {
  const found: FoundBlockId[] = [];
  const visit = (node: Nodes, parent: Parents | undefined, quote: RootContent | undefined, index: number): void => {
    if (node.type === "paragraph" || node.type === "heading") {
      const only = node.type === "paragraph" ? standaloneBlockId(plainText(node)) : null;
      if (only !== null) {
        const previous = parent?.children[index - 1] as Nodes | undefined;
        if (previous !== undefined) found.push({ id: only, block: quote ?? previous });
        return;
      }
      const text = lastText(node);
      const split = text === undefined ? null : splitBlockId(text);
      if (split !== null) found.push({ id: split.id, block: quote ?? (parent?.type === "listItem" ? parent : node) });
      return;
    }
    if ("children" in node) {
      node.children.forEach((child, i) => visit(child as Nodes, node, quote ?? (node.type === "blockquote" ? (node as RootContent) : undefined), i));
    }
  };
  const root = { type: "root" as const, children: [...tops] };
  root.children.forEach((top, i) => visit(top, root, undefined, i));
  return found;
}
