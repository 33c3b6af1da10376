import type { PhrasingContent } from "mdast";
import type {} from "satteri"; // Sätteri's mdast additions: inlineMath
import { isObsidianInlineMath, literalInlineMath } from "./inline-rule";

/**
 * Turns each of Sätteri's `inlineMath` nodes that Obsidian would not read as
 * math back into the text it was written as — keeping its position, so that
 * `resolveInlineDelimiters` can still align it with the source and pair a `*`
 * inside it (`$5 and *$10 이다*`). Looks into emphasis, links and other
 * phrasing parents. Returns undefined when nothing changes.
 */
export function restoreNonObsidianMath(children: readonly PhrasingContent[], source: string): PhrasingContent[] | undefined {
  let changed = false;
  const out = children.map((child): PhrasingContent => {
    if (child.type === "inlineMath") {
      const start = child.position?.start.offset;
      const end = child.position?.end.offset;
      if (start === undefined || end === undefined) return child;
      const slice = source.slice(start, end);
      if (isObsidianInlineMath(child, slice, source.charAt(end))) return child;
      changed = true;
      return { type: "text", value: literalInlineMath(child, slice), position: child.position };
    }
    if ("children" in child) {
      const inner = restoreNonObsidianMath(child.children, source);
      if (inner === undefined) return child;
      changed = true;
      return { ...child, children: inner } as PhrasingContent;
    }
    return child;
  });
  return changed ? out : undefined;
}
