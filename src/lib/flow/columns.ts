import { eastAsianWidth } from "get-east-asian-width";
import stringWidth from "string-width";

/**
 * Tabs expand to the next multiple of this many display columns. Four matches the indentation the
 * seed notes use under their arrows; a block mixing tabs with a different editor setting may misalign.
 */
export const TAB_STOP = 4;

const graphemes = new Intl.Segmenter(undefined, { granularity: "grapheme" });

/**
 * A line with tabs expanded and, for every UTF-16 index, the display column where the grapheme
 * holding that index starts (`columns[text.length]` is the line's width). Display columns count a
 * Hangul syllable, CJK ideograph or emoji as 2 and ambiguous-width arrows such as `→ ↓` as 1.
 */
export interface MeasuredLine {
  text: string;
  columns: number[];
}

const CLUSTERING = /[\p{M}\u200d\p{Extended_Pictographic}\p{Regional_Indicator}\u{1F3FB}-\u{1F3FF}]/u;
const ZERO_WIDTH = /^[\p{Mn}\p{Me}\p{Cf}\p{Cc}]$/u;

function graphemeWidth(grapheme: string): number {
  const code = grapheme.codePointAt(0) ?? 0;
  if (grapheme.length === 1 && code < 0x7f) return code < 0x20 ? 0 : 1;
  // One code point (Hangul, CJK, arrows): East Asian Width, ambiguous (→ ↓) as narrow.
  if (grapheme.length === (code > 0xffff ? 2 : 1)) {
    if (ZERO_WIDTH.test(grapheme)) return 0;
    if (code > 0xffff && /\p{Extended_Pictographic}/u.test(grapheme)) return stringWidth(grapheme);
    return eastAsianWidth(code, { ambiguousAsWide: false });
  }
  // Clusters (emoji sequences, letters with combining marks) need string-width's grapheme rules.
  return stringWidth(grapheme);
}

export function measureLine(raw: string): MeasuredLine {
  if (/^[\x20-\x7e]*$/.test(raw)) {
    return { text: raw, columns: Array.from({ length: raw.length + 1 }, (_, i) => i) };
  }
  let text = "";
  const columns: number[] = [];
  let column = 0;
  // Graphemes only differ from code points around marks, joiners and emoji; skip the slow segmenter otherwise.
  const units = CLUSTERING.test(raw) ? Array.from(graphemes.segment(raw), (s) => s.segment) : Array.from(raw);
  for (const segment of units) {
    if (segment === "\t") {
      const spaces = TAB_STOP - (column % TAB_STOP);
      for (let i = 0; i < spaces; i++) columns.push(column + i);
      text += " ".repeat(spaces);
      column += spaces;
      continue;
    }
    for (let i = 0; i < segment.length; i++) columns.push(column);
    text += segment;
    column += graphemeWidth(segment);
  }
  columns.push(column);
  return { text, columns };
}

/** Display width of a string that contains no tabs. */
export function displayWidth(text: string): number {
  return measureLine(text).columns[text.length] ?? 0;
}

/**
 * Splits a fenced block's text into lines the parser can trust: NFC (so NFD Hangul jamo measure as
 * syllables), no BOM, CRLF/CR line ends accepted. Index i is line i + 1 of the input.
 */
export function splitBlockLines(text: string): string[] {
  return text.normalize("NFC").replace(/^\uFEFF/, "").split(/\r\n|\r|\n/);
}
