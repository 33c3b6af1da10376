import type { Measure } from "./measure";

export const ELLIPSIS = "…";

const graphemes = new Intl.Segmenter("ko", { granularity: "grapheme" });

function splitGraphemes(text: string): string[] {
  return Array.from(graphemes.segment(text), (s) => s.segment);
}

/** Punctuation and spaces that look wrong right before an ellipsis ("ETL -…"). */
const DANGLING = /[\s\-–—:;,./|·(\[{]+$/u;

/** The longest prefix of `text` that fits `maxWidth` with an ellipsis after it
 * (just the ellipsis when nothing else fits, "" when not even that does). */
export function ellipsize(text: string, maxWidth: number, measure: Measure): string {
  if (measure(ELLIPSIS) > maxWidth) return "";
  const parts = splitGraphemes(text);
  while (parts.length > 0 && measure(parts.join("") + ELLIPSIS) > maxWidth) parts.pop();
  return parts.join("").replace(DANGLING, "") + ELLIPSIS;
}

/** Splits a word wider than a line into line-sized pieces (by grapheme, so Hangul
 * syllables and combining marks stay whole). */
function breakWord(word: string, maxWidth: number, measure: Measure): string[] {
  const pieces: string[] = [];
  let current = "";
  for (const g of splitGraphemes(word)) {
    if (current && measure(current + g) > maxWidth) {
      pieces.push(current);
      current = g;
    } else current += g;
  }
  if (current) pieces.push(current);
  return pieces;
}

export interface WrapOptions {
  maxWidth: number;
  maxLines: number;
  measure: Measure;
  /** Even out line lengths (CSS `text-wrap: balance`) so a headline does not end in a
   * one-word orphan. Applies only when the text fits without being cut. */
  balance?: boolean;
}

export interface WrappedText {
  lines: string[];
  /** True when text was cut and the last line ends with an ellipsis. */
  truncated: boolean;
}

interface Greedy extends WrappedText {
  /** Words that had to be split because they were wider than a line. */
  brokenWords: number;
}

function greedyWrap(words: readonly string[], { maxWidth, maxLines, measure }: WrapOptions): Greedy {
  const lines: string[] = [];
  let brokenWords = 0;
  let current = "";
  for (const word of words) {
    const candidate = current ? `${current} ${word}` : word;
    if (measure(candidate) <= maxWidth) {
      current = candidate;
      continue;
    }
    if (current) lines.push(current);
    const pieces = measure(word) <= maxWidth ? [word] : breakWord(word, maxWidth, measure);
    if (pieces.length > 1) brokenWords += 1;
    current = pieces.pop() ?? "";
    lines.push(...pieces);
  }
  if (current) lines.push(current);
  if (maxLines < 1) return { lines: [], truncated: lines.length > 0, brokenWords };
  if (lines.length <= maxLines) return { lines, truncated: false, brokenWords };
  const kept = lines.slice(0, maxLines);
  // Fill the last line with as much of the rest as fits, so the cut is not a
  // half-empty line followed by an ellipsis.
  kept[maxLines - 1] = ellipsize(lines.slice(maxLines - 1).join(" "), maxWidth, measure);
  return { lines: kept, truncated: true, brokenWords };
}

/** Line breaking at spaces, the way Korean headlines break (`word-break: keep-all`):
 * a word is only split when it is wider than a whole line. Lines past `maxLines` are
 * dropped and the last kept line ends with an ellipsis. */
export function wrapText(text: string, options: WrapOptions): WrappedText {
  const words = text.split(/\s+/u).filter(Boolean);
  const greedy = greedyWrap(words, options);
  let best: Greedy = greedy;
  if (options.balance && !greedy.truncated && greedy.lines.length > 1) {
    // The narrowest width that needs no more lines and splits no more words.
    let lo = 0;
    let hi = options.maxWidth;
    while (hi - lo > 1) {
      const mid = (lo + hi) / 2;
      const attempt = greedyWrap(words, { ...options, maxWidth: mid });
      if (!attempt.truncated && attempt.lines.length === greedy.lines.length && attempt.brokenWords <= greedy.brokenWords) {
        best = attempt;
        hi = mid;
      } else lo = mid;
    }
  }
  return { lines: best.lines, truncated: best.truncated };
}
