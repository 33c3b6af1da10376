import type { Paragraph, RootContent } from "mdast";

const KEY_POINT_HEADING = /핵심\s*포인트|key\s*points?|tl;?dr|요약/i;
const MAX_SUMMARY = 200;
/** `강사 : 고병화`, `작성일: 2024-01-01`, `Source: …`: a label, a colon, a value. */
const METADATA_LINE = /^[^:：\n]{1,24}?\s*[:：]\s*\S.{0,80}$/u;
const BARE_URL = /^(?:<)?https?:\/\/\S+(?:>)?$/;

function clip(text: string): string {
  if (text.length <= MAX_SUMMARY) return text;
  const cut = text.slice(0, MAX_SUMMARY);
  const space = cut.lastIndexOf(" ");
  return `${(space > MAX_SUMMARY * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** Prose a reader would take as the note's opening: not a metadata line, a bare link, an image or a label. */
function proseOf(node: Paragraph, source: (node: RootContent) => string, textOf: (node: RootContent) => string): string | null {
  if (node.children.every((c) => c.type === "image" || c.type === "html" || c.type === "break" || (c.type === "text" && c.value.trim() === ""))) return null;
  const raw = source(node);
  const lines = raw.split("\n").map((l) => l.trim()).filter((l) => l !== "");
  if (lines.length > 0 && lines.every((l) => METADATA_LINE.test(l) && !/[.。!?]$/.test(l))) return null;
  const text = textOf(node);
  if (text === "" || BARE_URL.test(text)) return null;
  return text;
}

/**
 * The note's summary: a frontmatter `description`/`summary`, else the first paragraph under a
 * `🎯 핵심 포인트` (key points) heading, else the first prose paragraph. Metadata lines
 * (`강사 : …`), lists, tables, quotes and code never count. `nodes` are the visible top-level blocks.
 */
export function noteSummary(
  nodes: readonly RootContent[],
  source: (node: RootContent) => string,
  textOf: (node: RootContent) => string,
  fromFrontmatter: string | undefined,
): string {
  if (fromFrontmatter !== undefined && fromFrontmatter.trim() !== "") return clip(fromFrontmatter.replace(/\s+/g, " ").trim());
  const keyPoint = nodes.findIndex((n) => n.type === "heading" && KEY_POINT_HEADING.test(textOf(n)));
  if (keyPoint >= 0) {
    for (const node of nodes.slice(keyPoint + 1)) {
      if (node.type === "heading") break;
      if (node.type === "paragraph") {
        const text = proseOf(node, source, textOf);
        if (text !== null) return clip(text);
      }
    }
  }
  for (const node of nodes) {
    if (node.type !== "paragraph") continue;
    const text = proseOf(node, source, textOf);
    if (text !== null) return clip(text);
  }
  return "";
}
