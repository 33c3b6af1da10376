import { FenceTracker } from "./fences";

/** Line-level views of Markdown that respect fenced code blocks, so a `#` inside
 * a code sample is never mistaken for a heading. */
export interface MarkdownLine {
  /** 0-based index into the body's lines. */
  index: number;
  text: string;
  inCode: boolean;
}

export function scanLines(body: string): MarkdownLine[] {
  const fences = new FenceTracker();
  return body.split("\n").map((text, index) => ({ index, text, inCode: fences.inCode(text) }));
}

const ATX_HEADING = /^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;

export interface HeadingLine {
  index: number;
  depth: number;
  text: string;
}

export function headingLines(lines: MarkdownLine[]): HeadingLine[] {
  const out: HeadingLine[] = [];
  for (const line of lines) {
    if (line.inCode) continue;
    const m = ATX_HEADING.exec(line.text);
    if (m?.[1] && m[2] !== undefined) out.push({ index: line.index, depth: m[1].length, text: m[2] });
  }
  return out;
}

/** Markdown inline syntax reduced to the words a reader sees. */
export function plainInline(markdown: string): string {
  return markdown
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\[\[([^\]|#]+)(?:#[^\]|]*)?\|([^\]]+)\]\]/g, "$2")
    .replace(/\[\[([^\]|#]+)(?:#[^\]|]*)?\]\]/g, "$1")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/<(https?:\/\/[^>]+)>/g, "$1")
    .replace(/(\*\*|__)(.+?)\1/g, "$2")
    .replace(/(?<![\w*])([*_])(?!\s)(.+?)(?<!\s)\1(?![\w*])/g, "$2")
    .replace(/`([^`]+)`/g, "$1")
    .replace(/<[^>]+>/g, "")
    .replace(/\s+/g, " ")
    .trim();
}
