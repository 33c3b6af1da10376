import type { Root } from "mdast";
import { plainText, walk } from "./tree";

/** One line of a note body as written, with what the parser knows about it. */
export interface SourceLine {
  /** The line, with HTML comments (`<!-- … -->`) blanked. */
  text: string;
  /** `text` with inline code spans blanked (U+0001), for syntax that must not look inside code. */
  masked: string;
  /** 1-based line in the body. */
  line: number;
  /** Inside a code block or a math block (fences included). */
  code: boolean;
  /** The line is an ATX heading: its level and visible text. */
  heading?: { depth: number; text: string };
}

/**
 * The body's lines annotated from its parse tree, for the line-oriented syntaxes (flashcards) that
 * must not re-discover where code, math and headings are.
 */
export function sourceLines(body: string, root: Root, options: { titleLine?: number | undefined } = {}): SourceLine[] {
  const lines = body.split("\n");
  const starts: number[] = [];
  let offset = 0;
  for (const l of lines) {
    starts.push(offset);
    offset += l.length + 1;
  }
  const chars = body.split("");
  const code = new Set<number>();
  const headings = new Map<number, { depth: number; text: string }>();
  const blank = (from: number, to: number, fill: string, target: string[]) => {
    for (let i = from; i < to && i < target.length; i++) if (target[i] !== "\n") target[i] = fill;
  };
  const masked = [...chars];
  walk(root, (n) => {
    const start = n.position?.start;
    const end = n.position?.end;
    if (start === undefined || end === undefined) return;
    if (n.type === "code" || n.type === "math") {
      for (let l = start.line; l <= end.line; l++) code.add(l);
      return false;
    }
    if (n.type === "heading" && start.line === end.line) headings.set(start.line, { depth: n.depth, text: plainText(n) });
    if (n.type === "inlineCode" && start.offset !== undefined && end.offset !== undefined) blank(start.offset, end.offset, "\u0001", masked);
    if (n.type === "html" && /^<!--/.test(n.value) && start.offset !== undefined && end.offset !== undefined) {
      blank(start.offset, end.offset, " ", chars);
      blank(start.offset, end.offset, " ", masked);
    }
    return;
  });
  const text = chars.join("");
  const maskedText = masked.join("");
  return lines.map((l, i) => {
    const from = starts[i] ?? 0;
    // The note's title heading is the page's title: neither text nor a section of it.
    if (i + 1 === options.titleLine) return { text: "", masked: "", line: i + 1, code: false };
    const heading = headings.get(i + 1);
    return {
      text: text.slice(from, from + l.length),
      masked: maskedText.slice(from, from + l.length),
      line: i + 1,
      code: code.has(i + 1),
      ...(heading === undefined ? {} : { heading }),
    };
  });
}
