import type { MdastPluginDefinition } from "satteri";
import { diagramKey, wrapDiagramHtml, type DiagramResult } from "../lib/diagrams";
import { diagramForBlock } from "../lib/flow";
import { ui } from "../i18n/ui";
import type { RenderState } from "./render-state";

export interface DiagramState extends RenderState {
  diagrams: ReadonlyMap<string, DiagramResult>;
}

/** Swaps each architecture-flow (or ```mermaid) block for its pre-rendered SVG. A
 * block that cannot be parsed or drawn stays as the author's code, and the build
 * says which file and line. */
export function flowDiagramsPlugin(state: DiagramState): MdastPluginDefinition {
  return {
    name: "kb-flow-diagrams",
    options: { position: true },
    code(node, ctx) {
      const diagram = diagramForBlock(node.lang, node.value, ui.diagramName);

      if (!diagram) return;
      const line = (node.position?.start.line ?? 1) + state.bodyStartLine - 1;
      if (!diagram.ok) {
        state.warnings.push({ file: state.file, line: line + diagram.line, message: `diagram not understood (${diagram.reason}); shown as text` });
        return;
      }
      const result = state.diagrams.get(diagramKey(diagram.mermaid));
      if (!result?.ok) {
        const reason = result ? result.error : "not rendered";
        state.warnings.push({ file: state.file, line, message: `diagram could not be drawn (${reason.split("\n")[0]}); shown as text` });
        return;
      }
      ctx.replaceNode(node, { type: "html", value: wrapDiagramHtml(result.svg, { accessibleName: diagram.description, rawText: node.value }) });
    },
  };
}
