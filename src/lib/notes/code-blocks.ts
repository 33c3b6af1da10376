import { normaliseNewlines } from "./frontmatter";

export interface FencedBlock {
  /** First word of the info string, lower-case, or null. */
  lang: string | null;
  /** The block's content as a Markdown parser gives it (fence indentation removed). */
  text: string;
  /** 1-based line of the opening fence within the given text. */
  line: number;
}

const OPEN = /^( {0,3})(`{3,}|~{3,})[ \t]*([^`\s]*)?.*$/;

/** Fenced code blocks at the top level or in lists/quotes stripped of nothing more
 * than their fence indentation: enough to find every diagram before rendering so the
 * whole build's diagrams can be drawn in one batch. */
export function fencedBlocks(markdown: string): FencedBlock[] {
  const lines = normaliseNewlines(markdown).split("\n");
  const blocks: FencedBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = OPEN.exec(lines[i] ?? "");
    if (!open?.[2]) continue;
    const indent = open[1]?.length ?? 0;
    const fence = open[2];
    const content: string[] = [];
    let j = i + 1;
    for (; j < lines.length; j++) {
      const line = lines[j] ?? "";
      const close = /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(line);
      if (close?.[1] && close[1][0] === fence[0] && close[1].length >= fence.length) break;
      content.push(line.replace(new RegExp(`^ {0,${indent}}`), ""));
    }
    blocks.push({ lang: open[3] ? open[3].toLowerCase() : null, text: content.join("\n"), line: i + 1 });
    i = j;
  }
  return blocks;
}
