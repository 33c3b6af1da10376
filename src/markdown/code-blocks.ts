import type { MdastPluginDefinition } from "satteri";
import { diagramKey, wrapDiagramHtml } from "../lib/diagrams";
import { escapeHtml } from "../lib/html/escape";
import { nodeKey, nodeLine } from "../lib/markdown/tree";
import { ui } from "../i18n/ui";
import type { NoteContext } from "./context";

/** Swaps each diagram block for its pre-rendered SVG, and a plugin's query for a quiet note about it.
 * A diagram that could not be drawn stays the author's code, and the build says where. */
export function codeBlocksPlugin(context: NoteContext): MdastPluginDefinition {
  return {
    name: "kb-code-blocks",
    options: { position: true },
    code(node, ctx) {
      const note = context();
      if (note === undefined) return;
      const block = note.codeBlocks.get(nodeKey(node, note.lineOffset));
      if (block === undefined || block.role === "code") return;
      if (block.role === "plugin") {
        const plugin = block.plugin ?? "";
        ctx.replaceNode(node, {
          type: "html",
          value:
            `<aside class="plugin-block" role="note"><p class="plugin-block__title">${escapeHtml(ui.pluginBlock(plugin))}</p>` +
            `<details><summary>${escapeHtml(ui.pluginBlockQuery)}</summary><pre><code>${escapeHtml(node.value)}</code></pre></details></aside>`,
        });
        return;
      }
      const key = diagramKey(block.mermaid ?? "");
      const result = note.diagrams.get(key);
      if (!result?.ok) {
        const reason = result ? result.error : "not rendered";
        note.warn("diagram", nodeLine(node, note.lineOffset), `diagram could not be drawn (${reason.split("\n")[0]}); shown as text`);
        return;
      }
      ctx.replaceNode(node, { type: "html", value: wrapDiagramHtml(result.svg, { accessibleName: block.description ?? ui.diagramName, rawText: node.value, scrollHint: ui.diagramScrollHint, fullScreenLabel: ui.diagramFullScreen }, note.diagramsByReference && result.cached ? key : undefined) });
    },
  };
}
