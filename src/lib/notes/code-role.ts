import type { Code } from "mdast";
import { diagramForBlock } from "../flow";
import { unclosedFence } from "../flow/unclosed-fence";
import { pluginBlockOf } from "../obsidian";
import type { NoteCodeBlock } from "./model";

export type CodeRole = Omit<NoteCodeBlock, "key" | "line"> & { warning?: { line: number; message: string; kind: "diagram" | "syntax" } };

/**
 * What a code block becomes: a fence never closed stays code (and the author hears where it opened,
 * instead of a misleading diagram warning); a community plugin's query becomes a quiet box; a flow or
 * a ```mermaid block becomes a diagram; anything else, code. `line` is the block's first line in the file.
 */
export function codeRole(node: Code, source: string, line: number, mermaidDescription: string): CodeRole {
  const unclosed = unclosedFence(source, node);
  if (unclosed !== null) {
    const where = unclosed.runsToEnd ? "the rest of the note is shown as code" : "the block ends where its list or quote ends";
    return { role: "code", warning: { kind: "syntax", line, message: `code fence ${unclosed.fence} opened here is never closed; ${where}` } };
  }
  const plugin = pluginBlockOf(node.lang ?? null);
  if (plugin !== null) return { role: "plugin", plugin: plugin.name };
  const diagram = diagramForBlock(node.lang, node.value, mermaidDescription);
  if (diagram === null) return { role: "code" };
  if (!diagram.ok) return { role: "code", warning: { kind: "diagram", line: line + diagram.line, message: `diagram not understood (${diagram.reason}); shown as text` } };
  return { role: "diagram", mermaid: diagram.mermaid, description: diagram.description };
}
