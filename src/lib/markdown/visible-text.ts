import type { PhrasingContent } from "mdast";
import { resolveInlineDelimiters } from "../inline";
import { restoreNonObsidianMath } from "../math";
import { hasChildren, plainText, type Nodes } from "./tree";

/** A phrasing container's children as Obsidian reads them: `$5 and $10` back to text, CJK-friendly
 * emphasis and `==highlight==` resolved. Undefined when nothing changes (the common case). */
export function obsidianInline(children: readonly PhrasingContent[], source: string): PhrasingContent[] | undefined {
  const base = restoreNonObsidianMath(children, source);
  const resolved = resolveInlineDelimiters(base ?? children, source);
  return resolved ?? base;
}

/** The words a reader sees in a node, after `obsidianInline` (so `**굵게(Bold)**와` loses its asterisks). */
export function visibleText(node: Nodes, source: string): string {
  if (!hasChildren(node)) return plainText(node);
  if (node.type === "paragraph" || node.type === "heading" || node.type === "tableCell") {
    const children = obsidianInline(node.children, source);
    return plainText(children ?? node.children);
  }
  return node.children.map((c) => visibleText(c as Nodes, source)).join(" ").replace(/\s+/g, " ").trim();
}
