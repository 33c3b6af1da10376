import { FenceTracker } from "./fences";
import { normaliseNewlines } from "./frontmatter";

export interface FencedBlock {
  /** First word of the info string, lower-case, or null. */
  lang: string | null;
  /** The block's content as a Markdown parser gives it (fence indentation removed). */
  text: string;
  /** 1-based line of the opening fence within the given text. */
  line: number;
}

/** Fenced code blocks at the top level or in lists/quotes stripped of nothing more
 * than their fence indentation: enough to find every diagram before rendering so the
 * whole build's diagrams can be drawn in one batch. */
export function fencedBlocks(markdown: string): FencedBlock[] {
  const blocks: FencedBlock[] = [];
  const fences = new FenceTracker();
  let open: { block: FencedBlock; content: string[]; indent: RegExp } | undefined;
  for (const [index, line] of normaliseNewlines(markdown).split("\n").entries()) {
    const kind = fences.step(line);
    const opening = fences.current;
    if (kind === "open" && opening) {
      open = { block: { lang: opening.lang, text: "", line: index + 1 }, content: [], indent: new RegExp(`^ {0,${opening.indent}}`) };
      blocks.push(open.block);
    } else if (kind === "code" && open) open.content.push(line.replace(open.indent, ""));
    else if (kind === "close" && open) {
      open.block.text = open.content.join("\n");
      open = undefined;
    }
  }
  if (open) open.block.text = open.content.join("\n"); // unclosed: runs to the end
  return blocks;
}
