import { headingLines, plainInline, type MarkdownLine } from "./markdown-lines";

export interface TitleHeading {
  text: string;
  /** 0-based body line of the heading. */
  index: number;
}

/** The body's first `#` heading, which authors use as the readable title. */
export function firstH1(lines: MarkdownLine[]): TitleHeading | null {
  const h1 = headingLines(lines).find((h) => h.depth === 1 && plainInline(h.text) !== "");
  return h1 ? { text: plainInline(h1.text), index: h1.index } : null;
}
