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
 * column (Sätteri counts columns in UTF-16 units) of all other text are unchanged. A comment opened in a
 * blockquote or callout keeps the `>` markers at the start of the lines it spans, so the callout does not
 * break in two around it (a line holding only a comment becomes a blank line). One exception: when
 * a comment blanks the start of a line's content that goes on after it (`%% 메모 %% 본문`,
 * `- %% 메모 %% 항목`), the text after it would be indented deeper than the author wrote it (an indented
 * code block, or out of its list item), so the rest of that line moves left to where the comment began
 * and the line is padded at its end; no other line moves.
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

// Blockquote markers at a line's start (`> `, `> > `, `  >`), and the container prefixes that may come
// before a comment on its own line: quote markers, list markers (`-`, `*`, `+`, `1.`, `1)`), whitespace.
const QUOTE_PREFIX = /^(?:[ \t]*>)*/;
const CONTAINER_PREFIX = /^(?:[ \t]*(?:>|[-*+]|\d{1,9}[.)])(?=[ \t]|$))*[ \t]*$/;

function lineStartOf(source: string, index: number): number {
  return source.lastIndexOf("\n", index - 1) + 1;
}

function blank(source: string, comments: readonly SourceRange[]): string {
  if (comments.length === 0) return source;
  const chars = source.split("");
  for (const { start, end } of comments) {
    // A comment that opens inside a blockquote (a callout) keeps that many `>` on the lines it spans,
    // so the quote goes on around it instead of breaking in two.
    const depth = (QUOTE_PREFIX.exec(source.slice(lineStartOf(source, start), start))?.[0].match(/>/g) ?? []).length;
    let keep = 0; // quote markers still to keep on the current line
    let atLineStart = false;
    for (let i = start; i < end; i++) {
      const c = chars[i];
      if (c === "\n") {
        atLineStart = true;
        keep = depth;
        continue;
      }
      if (c === "\r") continue;
      if (atLineStart && keep > 0 && c === ">") {
        keep--;
        continue;
      }
      if (atLineStart && (c === " " || c === "\t")) continue;
      atLineStart = false;
      chars[i] = " ";
    }
  }
  for (const comment of comments) realignLineAfter(chars, source, comment);
  return chars.join("");
}

/**
 * If a comment blanked the start of its line's content (`%% 메모 %% 본문`, `- %% 메모 %% 항목`, or the
 * closing line of a multi-line comment), the text after it would sit deeper than the author wrote it,
 * and Markdown might read it as an indented code block or move it out of its list item: move the rest of
 * the line left to where the comment began on that line (for a closing line: after its own quote
 * markers and indentation), and pad the line's end.
 */
function realignLineAfter(chars: string[], source: string, comment: SourceRange): void {
  const lineStart = lineStartOf(source, comment.end);
  const newline = source.indexOf("\n", comment.end);
  const stop = newline < 0 ? source.length : newline;
  const lineEnd = source[stop - 1] === "\r" ? stop - 1 : stop;
  let content = comment.end;
  while (content < lineEnd && (chars[content] === " " || chars[content] === "\t")) content++;
  if (content >= lineEnd) return; // nothing visible after the comment on this line
  let target: number;
  if (comment.start >= lineStart) {
    if (!CONTAINER_PREFIX.test(source.slice(lineStart, comment.start))) return; // the comment sits inside text
    target = comment.start;
  } else {
    target = lineStart + (/^(?:[ \t]*>)*[ \t]*/.exec(source.slice(lineStart, comment.end))?.[0].length ?? 0);
  }
  if (content <= target) return;
  const rest = chars.slice(content, lineEnd);
  for (let i = target; i < lineEnd; i++) chars[i] = " ";
  rest.forEach((c, k) => (chars[target + k] = c));
}
