import type { Heading, Paragraph, Parents, PhrasingContent, TableCell } from "mdast";
import type { MdastPluginDefinition, MdastVisitorContext } from "satteri";
import { escapeHtml } from "../lib/html/escape";
import { nodeLine } from "../lib/markdown/tree";
import { obsidianInline } from "../lib/markdown/visible-text";
import { inlineMathForm, renderMath } from "../lib/math";
import { findInlineTags, splitBlockId, standaloneBlockId } from "../lib/obsidian";
import { canonicalTag, normalizeTag, tagSynonyms } from "../lib/tags";
import type { NoteContext, NoteRenderContext } from "./context";

type Container = Paragraph | Heading | TableCell;

/** `#tag` in text becomes a link to the tag's page (its canonical spelling), as Obsidian shows it. */
function linkTags(children: readonly PhrasingContent[], source: string, note: NoteRenderContext): PhrasingContent[] | undefined {
  let changed = false;
  const out = children.flatMap((child): PhrasingContent[] => {
    if (child.type === "text") {
      const start = child.position?.start.offset;
      const before = start === undefined || start === 0 ? "" : source.charAt(start - 1);
      const tags = findInlineTags(child.value, { startsAfterWhitespace: before === "" || /\s/.test(before) });
      if (tags.length === 0) return [child];
      changed = true;
      const parts: PhrasingContent[] = [];
      let at = 0;
      for (const tag of tags) {
        if (tag.start > at) parts.push({ type: "text", value: child.value.slice(at, tag.start) });
        const canonical = canonicalTag(normalizeTag(tag.tag), tagSynonyms);
        parts.push({
          type: "link",
          url: note.tagHref(canonical || normalizeTag(tag.tag)),
          title: null,
          children: [{ type: "text", value: child.value.slice(tag.start, tag.end) }],
          data: { hProperties: { className: ["tag"] } },
        });
        at = tag.end;
      }
      if (at < child.value.length) parts.push({ type: "text", value: child.value.slice(at) });
      return parts;
    }
    if (child.type === "link" || child.type === "linkReference" || !("children" in child)) return [child];
    const inner = linkTags(child.children as PhrasingContent[], source, note);
    if (inner === undefined) return [child];
    changed = true;
    return [{ ...child, children: inner } as PhrasingContent];
  });
  return changed ? out : undefined;
}

/** Drops a trailing ` ^block-id` from the last text and returns the id. */
function takeBlockId(children: PhrasingContent[]): { children: PhrasingContent[]; id: string } | undefined {
  const last = children.at(-1);
  if (last?.type !== "text") return undefined;
  const split = splitBlockId(last.value);
  if (split === null) return undefined;
  return { children: [...children.slice(0, -1), ...(split.text === "" ? [] : [{ ...last, value: split.text }])], id: split.id };
}

function mergeId(ctx: MdastVisitorContext, node: { data?: unknown }, id: string): void {
  const data = (node.data ?? {}) as { hProperties?: Record<string, unknown> };
  ctx.setProperty(node as Paragraph, "data", { ...data, hProperties: { ...(data.hProperties ?? {}), id: `^${id}` } });
}

/**
 * Obsidian's inline syntax as its authors see it: CJK-friendly emphasis and `==highlight==` (src/lib/inline),
 * `$5 and $10` left as text and real math drawn as MathML at build time (src/lib/math), inline `#tags`
 * as links, and block ids (`^id`) turned into anchors that leave the text. Runs first, on the parser's
 * own nodes (it needs their positions).
 */
export function inlineSyntaxPlugin(context: NoteContext): MdastPluginDefinition {
  const container = (node: Readonly<Container>, ctx: MdastVisitorContext): void => {
    const note = context();
    if (note === undefined) return;
    if (node.type === "paragraph") {
      const only = standaloneBlockId(ctx.textContent(node));
      const parent = ctx.parent(node);
      const index = ctx.indexOf(node);
      if (only !== null && parent !== undefined && index !== undefined && index > 0) {
        const previous = parent.children[index - 1];
        if (previous !== undefined) mergeId(ctx, previous, only);
        ctx.removeNode(node);
        return;
      }
    }
    let children = obsidianInline(node.children, ctx.source);
    let changed = children !== undefined;
    children ??= [...node.children];
    const tagged = linkTags(children, ctx.source, note);
    if (tagged !== undefined) {
      children = tagged;
      changed = true;
    }
    if (node.type !== "tableCell") {
      const block = takeBlockId(children);
      if (block !== undefined) {
        children = block.children;
        changed = true;
        const parent = ctx.parent(node);
        // Obsidian names the whole quote (or callout) for an id inside it; a list item's id names the item.
        let quote: Readonly<Parents> | undefined;
        for (let up = parent; up !== undefined; up = up.type === "root" ? undefined : ctx.parent(up)) if (up.type === "blockquote") quote = up;
        if (node.type === "paragraph") mergeId(ctx, quote ?? (parent?.type === "listItem" ? parent : node), block.id);
      }
    }
    if (changed) ctx.setProperty(node, "children", children);
  };
  const math = (value: string, display: boolean, line: number, note: NoteRenderContext): string => {
    const rendered = renderMath(value, display);
    if (rendered.ok) return rendered.html;
    note.warn("math", line, `formula not understood (${rendered.error.split("\n")[0]}); shown as written`);
    return `<code class="math-error">${escapeHtml(value)}</code>`;
  };
  return {
    name: "kb-inline-syntax",
    options: { position: true },
    paragraph: container,
    heading: container,
    tableCell: container,
    inlineMath(node, ctx) {
      const note = context();
      if (note === undefined) return;
      const { start, end } = node.position ?? {};
      const slice = start?.offset === undefined || end?.offset === undefined ? "" : ctx.source.slice(start.offset, end.offset);
      // Multi-line inline math inside a quote keeps the quote markers in its value.
      const tex = node.value.replace(/\n[ \t]*(?:>[ \t]?)+/g, "\n");
      ctx.replaceNode(node, { type: "html", value: math(tex, inlineMathForm(slice) === "display", nodeLine(node, note.lineOffset), note) });
    },
    math(node, ctx) {
      const note = context();
      if (note === undefined) return;
      ctx.replaceNode(node, { type: "html", value: `<div class="math-display">${math(node.value, true, nodeLine(node, note.lineOffset), note)}</div>` });
    },
  };
}
