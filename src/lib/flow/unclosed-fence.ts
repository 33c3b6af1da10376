/** The parts of an mdast `code` node this needs (Sätteri: UTF-16 offsets, 1-based line and column). */
export interface CodeNodeLike {
  position?:
    | {
        start: { offset?: number | undefined; line: number; column: number };
        end: { offset?: number | undefined; line: number; column: number };
      }
    | undefined;
}

export interface UnclosedFence {
  /** 1-based line and column of the opening fence, in the parsed source. */
  line: number;
  column: number;
  /** The opening fence as written (```` ``` ````, `~~~~`). */
  fence: string;
  /** True when the block runs to the end of the document; false when its container (a list item or a quote) ended it. */
  runsToEnd: boolean;
}

const OPENING = /^[ \t]{0,3}(`{3,}|~{3,})/;

/**
 * A fenced code block that was never closed: CommonMark then makes everything after the opening fence
 * code, to the end of the document (or of the list item or quote holding it). The caller should warn
 * with the opening line, and not read the block as a diagram (it is the rest of the note, not a drawing).
 * Null for a closed fence, an indented code block, or a node without positions.
 */
export function unclosedFence(source: string, code: CodeNodeLike): UnclosedFence | null {
  const start = code.position?.start;
  const end = code.position?.end;
  if (start?.offset === undefined || end?.offset === undefined) return null;
  const lineEnd = source.indexOf("\n", start.offset);
  const opening = OPENING.exec(source.slice(start.offset, lineEnd < 0 ? source.length : lineEnd));
  const fence = opening?.[1];
  if (!fence) return null;
  const lines = source.slice(start.offset, end.offset).split(/\r?\n/);
  if (lines.length >= 2) {
    // The closing fence may sit behind container markers (`> `, list indentation).
    const last = (lines.at(-1) ?? "").replace(/^[\s>]*/, "");
    const closing = new RegExp(`^${fence[0] === "`" ? "`" : "~"}{${fence.length},}[ \\t]*$`);
    if (closing.test(last)) return null;
  }
  const runsToEnd = source.slice(end.offset).trim() === "";
  return { line: start.line, column: start.column, fence, runsToEnd };
}
