import type { MdastPluginDefinition } from "satteri";
import type { Heading, Paragraph, PhrasingContent, TableCell } from "mdast";
import { inlineScriptSpans, sanitizeRawHtml, type RawHtmlPolicy } from "../lib/html/raw-html";
import { nodeLine } from "../lib/markdown/tree";
import type { NoteContext } from "./context";

/**
 * Raw HTML written in a note (block or inline) through the raw-HTML policy (src/lib/html/raw-html.ts):
 * scripts, event handlers and script URLs are dropped, with one warning per piece naming the line.
 * Runs before the other plugins, so it reads only what the author wrote, never the HTML the build makes.
 */
export function rawHtmlPlugin(context: NoteContext, policy: RawHtmlPolicy): MdastPluginDefinition {
  return {
    name: "kb-raw-html",
    options: { position: true },
    // An inline <script>…</script> is three siblings: the source between the tags goes too.
    paragraph(node: Readonly<Paragraph>, ctx) {
      dropInlineScripts(node, ctx, policy);
    },
    heading(node: Readonly<Heading>, ctx) {
      dropInlineScripts(node, ctx, policy);
    },
    tableCell(node: Readonly<TableCell>, ctx) {
      dropInlineScripts(node, ctx, policy);
    },
    html(node, ctx) {
      const result = sanitizeRawHtml(node.value, policy);
      if (result.removed.length === 0) return;
      ctx.setProperty(node, "value", result.html);
      const note = context();
      note?.warn("html", nodeLine(node, note.lineOffset), `raw HTML: ${result.removed.join(", ")} removed (scripts from notes are off; the allowScripts setting turns them on)`);
    },
  };
}

function dropInlineScripts(
  node: Readonly<Paragraph | Heading | TableCell>,
  ctx: { setProperty(node: Paragraph | Heading | TableCell, key: "children", value: PhrasingContent[]): void },
  policy: RawHtmlPolicy,
): void {
  const drop = inlineScriptSpans(node.children.map((c) => (c.type === "html" ? c.value : null)), policy);
  if (drop.size > 0) ctx.setProperty(node as Paragraph, "children", node.children.filter((_, i) => !drop.has(i)));
}
