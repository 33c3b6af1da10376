import type { FlowGraph } from "./types";

// Mermaid decodes `#name;` / `#123;` inside labels into HTML entities before rendering, so every
// character that could end the quoted string, open HTML, or trip Mermaid's own pre-processing is
// written as an entity code: `"` (ends the string), `<` `>` `&` (HTML), `#` (entity syntax itself),
// `;` `:` (Mermaid strips a `;` after `style…:…#`), backtick (markdown strings), `|` (edge-label
// delimiter), `\` and line breaks.
const ENTITY_OF: Record<string, string> = {
  "#": "#35;",
  "&": "#amp;",
  '"': "#quot;",
  "<": "#lt;",
  ">": "#gt;",
  ";": "#59;",
  ":": "#58;",
  "`": "#96;",
  "|": "#124;",
  "\\": "#92;",
  "\n": "#10;",
  "\r": "#13;",
};
const NAMED: Record<string, string> = { quot: '"', lt: "<", gt: ">", amp: "&" };

/** Escapes user text for use inside a quoted Mermaid label. Plain text in, entity-coded text out. */
export function escapeMermaidLabel(text: string): string {
  return text.replace(/[#&"<>;:`|\\\n\r]/g, (ch) => ENTITY_OF[ch] ?? ch);
}

/** Inverse of {@link escapeMermaidLabel}: reads Mermaid entity codes back into plain text. */
export function unescapeMermaidLabel(text: string): string {
  return text.replace(/#(quot|lt|gt|amp|\d+);/g, (whole, name: string) => {
    if (/^\d+$/.test(name)) {
      const code = Number(name);
      return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[name] ?? whole;
  });
}

function nodeLabel(label: string, notes: readonly string[]): string {
  const main = escapeMermaidLabel(label);
  if (notes.length === 0) return main;
  // Tags are added after escaping, so user text can never open its own HTML.
  return `${main}<br/><small>${notes.map(escapeMermaidLabel).join("<br/>")}</small>`;
}

/**
 * Mermaid flowchart source for a graph. Node ids are `n0`, `n1`, … by position (never user text);
 * every label is quoted and entity-escaped; notes become a second, smaller line.
 */
export function toMermaid(graph: FlowGraph): string {
  const safeId = new Map<string, string>();
  graph.nodes.forEach((node, index) => {
    if (!safeId.has(node.id)) safeId.set(node.id, `n${index}`);
  });
  const lines = [`flowchart ${graph.direction === "LR" ? "LR" : "TD"}`];
  graph.nodes.forEach((node, index) => {
    lines.push(`  n${index}["${nodeLabel(node.label, node.notes)}"]`);
  });
  for (const edge of graph.edges) {
    const from = safeId.get(edge.from);
    const to = safeId.get(edge.to);
    if (from === undefined || to === undefined) continue;
    const label = edge.label === undefined || edge.label === "" ? "" : `|"${escapeMermaidLabel(edge.label)}"|`;
    lines.push(`  ${from} -->${label} ${to}`);
  }
  return `${lines.join("\n")}\n`;
}
