import { FenceTracker } from "../notes/fences";

export interface Wikilink {
  /** The link exactly as written, e.g. `[[aws-glue#핵심 포인트|Glue]]` (with `!` for embeds). */
  raw: string;
  /** Note name before `#`/`|`, trimmed; "" for a same-note link `[[#heading]]`. */
  target: string;
  /** Text after the first `#`, trimmed (may hold nested `a#b`); absent when no `#`. */
  heading?: string;
  /** Display text after `|`, trimmed; absent when no `|`. */
  text?: string;
  /** `![[...]]` (Obsidian transclusion). */
  embed: boolean;
  /** 1-based line of the link in the input. */
  line: number;
  /** 1-based column (UTF-16 units) of the first character of `raw`. */
  column: number;
}

/** Offsets that belong to fenced code blocks or inline code spans, which never hold links. */
function codeMask(markdown: string): boolean[] {
  const mask = new Array<boolean>(markdown.length).fill(false);
  const lines = markdown.split("\n");
  let offset = 0;
  const fences = new FenceTracker();
  let paragraphStart = -1;
  const maskSpans = (from: number, to: number): void => {
    // Code spans: a backtick run closes only at the next run of exactly the same length (CommonMark);
    // an unmatched run is literal. Spans may cross lines but not a blank line.
    const text = markdown.slice(from, to);
    const runs = [...text.matchAll(/(?<!\\)`+/g)].map((m) => ({ at: m.index, length: m[0].length }));
    for (let i = 0; i < runs.length; i++) {
      const open = runs[i];
      if (open === undefined) continue;
      const closeIndex = runs.findIndex((r, j) => j > i && r.length === open.length);
      const close = runs[closeIndex];
      if (close === undefined) continue;
      mask.fill(true, from + open.at, from + close.at + close.length);
      i = closeIndex;
    }
  };
  for (const line of lines) {
    const end = offset + line.length;
    const kind = fences.step(line);
    if (kind !== "text") {
      if (kind === "open") {
        if (paragraphStart >= 0) maskSpans(paragraphStart, offset);
        paragraphStart = -1;
      }
      mask.fill(true, offset, end);
    } else if (line.trim() === "") {
      if (paragraphStart >= 0) maskSpans(paragraphStart, offset);
      paragraphStart = -1;
    } else if (paragraphStart < 0) {
      paragraphStart = offset;
    }
    offset = end + 1;
  }
  if (paragraphStart >= 0) maskSpans(paragraphStart, markdown.length);
  return mask;
}

/**
 * Every Obsidian wikilink outside code: `[[slug]]`, `[[alias]]`, `[[slug|text]]`, `[[slug#heading]]`,
 * `[[slug#heading|text]]`, `[[#heading]]`, and `![[embed]]`. `\[[` is an escaped literal. A `\|` (how a
 * link is written inside a table) separates the text like `|`. Never throws; `[[]]` is returned with an
 * empty target so the caller can warn about it.
 */
export function findWikilinks(markdown: string): Wikilink[] {
  const mask = codeMask(markdown);
  const lineStarts = [0];
  for (let i = 0; i < markdown.length; i++) if (markdown[i] === "\n") lineStarts.push(i + 1);
  const links: Wikilink[] = [];
  let line = 1; // matches come in order, so the line cursor only moves forward
  for (const match of markdown.matchAll(/(?<!\\)(!?)\[\[([^[\]\n]*)\]\]/g)) {
    const at = match.index;
    const open = at + (match[1] ?? "").length;
    if (mask[at] === true || mask[open] === true) continue;
    const inner = match[2] ?? "";
    const bar = /\\?\|/.exec(inner);
    const ref = bar === null ? inner : inner.slice(0, bar.index);
    const hash = ref.indexOf("#");
    while (line < lineStarts.length && (lineStarts[line] ?? Infinity) <= at) line++;
    const link: Wikilink = {
      raw: match[0],
      target: (hash < 0 ? ref : ref.slice(0, hash)).trim(),
      embed: match[1] === "!",
      line,
      column: at - (lineStarts[line - 1] ?? 0) + 1,
    };
    if (hash >= 0) link.heading = ref.slice(hash + 1).trim();
    if (bar !== null) link.text = inner.slice(bar.index + bar[0].length).trim();
    links.push(link);
  }
  return links;
}
