/** Line-level views of Markdown that respect fenced code blocks, so a `#` inside
 * a code sample is never mistaken for a heading. */
export interface MarkdownLine {
  /** 0-based index into the body's lines. */
  index: number;
  text: string;
  inCode: boolean;
}

const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})/;

export function scanLines(body: string): MarkdownLine[] {
  const out: MarkdownLine[] = [];
  let fence: string | null = null;
  body.split("\n").forEach((text, index) => {
    const match = FENCE_OPEN.exec(text);
    if (fence === null && match?.[1]) {
      fence = match[1];
      out.push({ index, text, inCode: true });
      return;
    }
    if (fence !== null) {
      const closes = match?.[1] !== undefined && match[1][0] === fence[0] && match[1].length >= fence.length &&
        text.trim() === match[1];
      out.push({ index, text, inCode: true });
      if (closes) fence = null;
      return;
    }
    out.push({ index, text, inCode: false });
  });
  return out;
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
