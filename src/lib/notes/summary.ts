import { headingLines, plainInline, type MarkdownLine } from "./markdown-lines";

const KEY_POINT_HEADING = /핵심\s*포인트/;
const MAX_SUMMARY = 200;

/** A paragraph is a run of non-blank prose lines; headings, lists, quotes, tables,
 * code, bare links and HTML do not count as prose. */
function isProse(text: string): boolean {
  const t = text.trim();
  if (t === "") return false;
  if (/^(#{1,6}\s|[-*+]\s|\d+[.)]\s|>|\||<(?!https?:)|!\[|---|\*\*\*|___)/.test(t)) return false;
  if (/^<https?:[^>]+>$/.test(t) || /^https?:\/\/\S+$/.test(t)) return false;
  return true;
}

function paragraphFrom(lines: MarkdownLine[], start: number, stopAtHeading: boolean): string | null {
  for (let i = start; i < lines.length; i++) {
    const line = lines[i];
    if (!line) break;
    if (stopAtHeading && !line.inCode && /^ {0,3}#{1,6}\s/.test(line.text)) return null;
    if (line.inCode || !isProse(line.text)) continue;
    const parts: string[] = [];
    for (let j = i; j < lines.length; j++) {
      const l = lines[j];
      if (!l || l.inCode || !isProse(l.text)) break;
      parts.push(l.text.trim());
    }
    const text = plainInline(parts.join(" "));
    if (text !== "") return text;
  }
  return null;
}

function clip(text: string): string {
  if (text.length <= MAX_SUMMARY) return text;
  const cut = text.slice(0, MAX_SUMMARY);
  const space = cut.lastIndexOf(" ");
  return `${(space > MAX_SUMMARY * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** The first paragraph under `🎯 핵심 포인트` when present, else the first paragraph. */
export function extractSummary(lines: MarkdownLine[], skipIndex: number | null): string {
  const keyPoint = headingLines(lines).find((h) => KEY_POINT_HEADING.test(h.text));
  const fromKeyPoint = keyPoint ? paragraphFrom(lines, keyPoint.index + 1, true) : null;
  if (fromKeyPoint) return clip(fromKeyPoint);
  const visible = skipIndex === null ? lines : lines.map((l) => (l.index === skipIndex ? { ...l, text: "" } : l));
  return clip(paragraphFrom(visible, 0, false) ?? "");
}
