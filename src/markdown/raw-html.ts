import type { MdastPluginDefinition } from "satteri";
import { sanitizeRawHtml, type RawHtmlPolicy } from "../lib/html/raw-html";
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
    html(node, ctx) {
      const result = sanitizeRawHtml(node.value, policy);
      if (result.removed.length === 0) return;
      ctx.setProperty(node, "value", result.html);
      const note = context();
      note?.warn("html", nodeLine(node, note.lineOffset), `raw HTML: ${result.removed.join(", ")} removed (scripts from notes are off; the allowScripts setting turns them on)`);
    },
  };
}
