import { isFlowBlockCandidate } from "./candidate";
import { describeFlow } from "./describe";
import { toMermaid } from "./mermaid";
import { parseFlowDiagram } from "./parse";

export type DiagramBlock =
  | { ok: true; mermaid: string; description: string }
  | { ok: false; reason: string; line: number };

/** What a fenced code block becomes: a diagram (Mermaid source plus a sentence that
 * reads it), a diagram that could not be understood, or `null` when it is ordinary
 * code. Authors' own ```mermaid blocks take the same path. */
export function diagramForBlock(lang: string | null | undefined, text: string, mermaidDescription: string): DiagramBlock | null {
  if (lang?.trim().toLowerCase() === "mermaid") {
    return text.trim() === "" ? { ok: false, reason: "empty mermaid block", line: 1 } : { ok: true, mermaid: text.trim(), description: mermaidDescription };
  }
  if (!isFlowBlockCandidate(lang, text)) return null;
  const parsed = parseFlowDiagram(text);
  if (!parsed.ok) return { ok: false, reason: parsed.reason, line: parsed.line };
  return { ok: true, mermaid: toMermaid(parsed.graph), description: describeFlow(parsed.graph) };
}
