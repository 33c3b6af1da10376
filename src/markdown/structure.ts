import type { MdastPluginDefinition } from "satteri";
import { nodeKey } from "../lib/markdown/tree";
import type { NoteContext } from "./context";

/**
 * The note's outline as the analysis decided it: the title heading and the blocks shown elsewhere
 * (the practice question, a pasted tag block) leave the body; every other heading gets its level
 * (one `<h1>` per page) and its anchor id.
 */
export function structurePlugin(context: NoteContext): MdastPluginDefinition {
  return {
    name: "kb-structure",
    options: { position: true },
    before(root, ctx) {
      const note = context();
      if (note === undefined) return;
      for (const node of root.children) if (note.hidden.has(nodeKey(node, note.lineOffset))) ctx.removeNode(node);
    },
    heading(node, ctx) {
      const note = context();
      if (note === undefined) return;
      if (note.embedded) {
        // Inside an embed a heading is a caption, not part of the page's outline (ids stay unique, levels in order).
        ctx.setProperty(node, "data", { hName: "p", hProperties: { className: ["embed-heading", `embed-heading-${node.depth}`] } });
        return;
      }
      const heading = note.headings.get(nodeKey(node, note.lineOffset));
      if (heading === undefined) return;
      if (heading.depth !== node.depth) ctx.setProperty(node, "depth", heading.depth as 1 | 2 | 3 | 4 | 5 | 6);
      ctx.setProperty(node, "data", { hProperties: { id: heading.id } });
    },
  };
}
