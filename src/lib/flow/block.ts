import { splitCaption } from "./caption";
import { isFlowBlockCandidate } from "./candidate";
import { describeFlow } from "./describe";
import { leadingArrowsToVertical } from "./leading-arrows";
import { toMermaid } from "./mermaid";
import { parseFlowDiagram } from "./parse";

export type DiagramBlock =
  | { ok: true; mermaid: string; description: string }
  | { ok: false; reason: string; line: number };

/** What a fenced code block becomes: a diagram (Mermaid source plus a sentence that
 * reads it), a diagram that could not be understood, or `null` when it is ordinary
 * code. Authors' own ```mermaid blocks take the same path. A caption line ending in a
 * colon is read as the diagram's name, and a label followed by arrow-led lines as a
 * vertical pipeline (see caption.ts, leading-arrows.ts). */
export function diagramForBlock(lang: string | null | undefined, text: string, mermaidDescription: string): DiagramBlock | null {
  if (lang?.trim().toLowerCase() === "mermaid") {
    return text.trim() === "" ? { ok: false, reason: "empty mermaid block", line: 1 } : { ok: true, mermaid: text.trim(), description: mermaidDescription };
  }
  if (!isFlowBlockCandidate(lang, text)) return null;
  const captioned = splitCaption(text);
  const flow = captioned?.flow ?? text;
  const parsed = parseFlowDiagram(leadingArrowsToVertical(flow) ?? flow);
  if (!parsed.ok) return { ok: false, reason: parsed.reason, line: parsed.line + (captioned?.offset ?? 0) };
  const description = describeFlow(parsed.graph);
  return { ok: true, mermaid: toMermaid(parsed.graph), description: captioned ? `${captioned.caption}: ${description}` : description };
}
