import { findWikilinks, type Wikilink } from "./wikilinks";

export type TextSegment = string | Wikilink;

/** Splits a run of plain text (one Markdown text node) into text and wikilinks, so a
 * Markdown plugin can swap each link for an anchor and keep the text around it. */
export function splitWikilinks(text: string): TextSegment[] {
  if (!text.includes("[[")) return [text];
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === "\n") lineStarts.push(i + 1);
  const out: TextSegment[] = [];
  let cursor = 0;
  for (const link of findWikilinks(text)) {
    const start = (lineStarts[link.line - 1] ?? 0) + link.column - 1;
    if (start > cursor) out.push(text.slice(cursor, start));
    out.push(link);
    cursor = start + link.raw.length;
  }
  if (cursor < text.length) out.push(text.slice(cursor));
  return out;
}
