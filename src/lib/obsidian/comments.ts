/** A UTF-16 range [start, end) of the source. */
export interface SourceRange {
  start: number;
  end: number;
}

export interface ObsidianComment extends SourceRange {
  /** 1-based line of the opening `%%`. */
  line: number;
  /** False when no closing `%%` follows: the comment then runs to the end of the source. */
  closed: boolean;
}

export interface StrippedComments {
  text: string;
  comments: ObsidianComment[];
}

/**
 * Removes Obsidian comments (`%%…%%`, inline or spanning lines and paragraphs) from a note, so they
 * never reach the page, the search index, feeds or social cards.
 *
 * `code` lists the UTF-16 ranges of code (fenced and indented code blocks, inline code spans; math or
 * frontmatter may be added) from a first parse: a `%%` that starts inside one is text. Obsidian reads
 * comments like code spans, leftmost first, so once a comment is open it runs to the next `%%` whatever
 * lies between, and a code range that began inside a comment no longer exists (its opening backticks
 * were commented out).
 *
 * Every comment character becomes a space and every `\n`/`\r` is kept, so the UTF-16 offset, line and
 * column (Sätteri counts columns in UTF-16 units) of all other text are unchanged. One exception: when
 * a comment blanks the start of a line that goes on after it (`%% 메모 %% 본문`), the text after it
 * would be indented deeper than the author wrote it (an indented code block, or out of its list item),
 * so the rest of that line moves left to the line's own indentation and the line is padded at its
 * end; no other line moves. A line holding only a comment becomes a blank line.
 *
 * Unclosed `%%`: Obsidian hides everything from an unmatched `%%` to the end of the note (reading
 * view and live preview alike), so the comment runs to the end (`closed: false`; callers should warn
 * with its line). Hiding is also the safe choice: a comment is private text.
 *
 * `\%%` (a backslash-escaped percent sign) does not open a comment: the author asked for the literal
 * characters. Inside an open comment nothing is escaped.
 */
export function stripComments(source: string, code: readonly SourceRange[]): StrippedComments {
  const ranges = [...code].filter((r) => r.end > r.start).sort((a, b) => a.start - b.start);
  const comments: ObsidianComment[] = [];
  const lines = lineCounter(source);
  let next = 0; // first code range not yet passed
  let at = 0;
  for (;;) {
    const open = source.indexOf("%%", at);
    if (open < 0) break;
    while (next < ranges.length && (ranges[next]?.end ?? 0) <= open) next++;
    const range = ranges[next];
    if (range && range.start <= open) {
      at = range.end;
      continue;
    }
    if (isEscaped(source, open)) {
      at = open + 1;
      continue;
    }
    const close = source.indexOf("%%", open + 2);
    const end = close < 0 ? source.length : close + 2;
    comments.push({ start: open, end, line: lines(open), closed: close >= 0 });
    // Code ranges opened inside the comment are gone; skip them.
    while (next < ranges.length && (ranges[next]?.start ?? 0) < end) next++;
    at = end;
  }
  return { text: blank(source, comments), comments };
}

function isEscaped(source: string, index: number): boolean {
  let slashes = 0;
  for (let i = index - 1; i >= 0 && source[i] === "\\"; i--) slashes++;
  return slashes % 2 === 1;
}

/** 1-based line of an offset; offsets must be asked in increasing order. */
function lineCounter(source: string): (index: number) => number {
  let line = 1;
  let scanned = 0;
  return (index) => {
    for (let i = source.indexOf("\n", scanned); i >= 0 && i < index; i = source.indexOf("\n", i + 1)) {
      line++;
      scanned = i + 1;
    }
    return line;
  };
}

function blank(source: string, comments: readonly SourceRange[]): string {
  if (comments.length === 0) return source;
  const chars = source.split("");
  for (const { start, end } of comments) {
    for (let i = start; i < end; i++) if (chars[i] !== "\n" && chars[i] !== "\r") chars[i] = " ";
  }
  for (const { end } of comments) realignLineAfter(chars, source, end);
  return chars.join("");
}

/** Display columns of leading spaces/tabs (tab stops of 4, as CommonMark counts indentation). */
function indentWidth(chars: ArrayLike<string>, from: number): { width: number; index: number } {
  let width = 0;
  let index = from;
  for (; index < chars.length; index++) {
    if (chars[index] === " ") width++;
    else if (chars[index] === "\t") width += 4 - (width % 4);
    else break;
  }
  return { width, index };
}

/**
 * If a comment ending at `end` blanked the start of its line, the text after it would sit deeper than
 * the line's own indentation (Markdown might read it as an indented code block, or leave its list item):
 * move that rest of the line left to the line's original indentation and pad the line's end.
 */
function realignLineAfter(chars: string[], source: string, end: number): void {
  const lineStart = source.lastIndexOf("\n", end - 1) + 1;
  const newline = source.indexOf("\n", end);
  const stop = newline < 0 ? source.length : newline;
  const lineEnd = source[stop - 1] === "\r" ? stop - 1 : stop;
  const after = indentWidth(chars, lineStart).index;
  const before = indentWidth(source, lineStart).index;
  if (after >= lineEnd || after <= before) return; // nothing visible left, or the indentation is the author's
  const rest = chars.slice(after, lineEnd);
  for (let i = before; i < lineEnd; i++) chars[i] = " ";
  rest.forEach((c, k) => (chars[before + k] = c));
}
