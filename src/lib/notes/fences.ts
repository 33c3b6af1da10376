/**
 * Fenced code blocks, line by line, by CommonMark's rules: an opening run of 3+ backticks or tildes
 * indented at most 3 spaces (a backtick fence's info string may not contain a backtick, or the line
 * is inline code), closed by a run of the same character at least as long with nothing after it.
 * An unclosed fence runs to the end. Every scanner that must not read structure (headings, answers,
 * links, diagrams) inside code walks its lines with this one tracker.
 */

/** The opening line of a fenced block. */
export interface FenceOpening {
  /** Spaces before the fence (0–3); content lines lose up to this many. */
  readonly indent: number;
  readonly char: "`" | "~";
  readonly length: number;
  /** First word of the info string, lower-case, or null (```mermaid → "mermaid"). */
  readonly lang: string | null;
}

/** What a line is: outside code, a fence's opening or closing line, or code inside a fence. */
export type FenceLine = "text" | "open" | "code" | "close";

const FENCE = /^( {0,3})(`{3,}|~{3,})(.*)$/u;

/** The fence a line opens, if it opens one. */
export function fenceOpening(line: string): FenceOpening | undefined {
  const m = FENCE.exec(line.replace(/\r$/u, ""));
  const run = m?.[2];
  if (m === null || run === undefined) return undefined;
  const info = (m[3] ?? "").trim();
  if (run[0] === "`" && info.includes("`")) return undefined;
  const lang = info.split(/\s+/u)[0] ?? "";
  return { indent: (m[1] ?? "").length, char: run[0] === "`" ? "`" : "~", length: run.length, lang: lang === "" ? null : lang.toLowerCase() };
}

function closes(line: string, opening: FenceOpening): boolean {
  const m = FENCE.exec(line.replace(/\r$/u, ""));
  const run = m?.[2];
  return run !== undefined && run[0] === opening.char && run.length >= opening.length && (m?.[3] ?? "").trim() === "";
}

/** Walks lines in order and says, for each, whether it is code. */
export class FenceTracker {
  private opening: FenceOpening | undefined;

  /** The fence the last line opened or is inside, if any. */
  get current(): FenceOpening | undefined {
    return this.opening;
  }

  /** Classifies the next line. */
  step(line: string): FenceLine {
    if (this.opening === undefined) {
      this.opening = fenceOpening(line);
      return this.opening === undefined ? "text" : "open";
    }
    if (closes(line, this.opening)) {
      this.opening = undefined;
      return "close";
    }
    return "code";
  }

  /** True when the line belongs to a fence, delimiters included. */
  inCode(line: string): boolean {
    return this.step(line) !== "text";
  }
}
