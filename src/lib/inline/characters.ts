import { eastAsianWidthType } from "get-east-asian-width";

// Character classes of CommonMark 0.31.2 §2.1 and of the CJK-friendly amendment
// (tats-u/markdown-cjk-friendly, specification.md §2.1), by code point.

const UNICODE_WHITESPACE = /^[\t\n\f\r\p{Zs}]$/u;
// CommonMark 0.31.2: a Unicode punctuation character is in general category P or S.
const UNICODE_PUNCTUATION = /^[\p{P}\p{S}]$/u;
const HANGUL = /^\p{Script=Hangul}$/u;
const EMOJI_PRESENTATION = /^\p{Emoji_Presentation}$/u;

export function isUnicodeWhitespace(codePoint: number): boolean {
  return UNICODE_WHITESPACE.test(String.fromCodePoint(codePoint));
}

export function isUnicodePunctuation(codePoint: number): boolean {
  if (codePoint < 0x80) return isAsciiPunctuation(codePoint);
  return UNICODE_PUNCTUATION.test(String.fromCodePoint(codePoint));
}

/** `!` … `~` minus letters, digits and space: what a backslash can escape. */
export function isAsciiPunctuation(codePoint: number): boolean {
  return (
    (codePoint >= 0x21 && codePoint <= 0x2f) ||
    (codePoint >= 0x3a && codePoint <= 0x40) ||
    (codePoint >= 0x5b && codePoint <= 0x60) ||
    (codePoint >= 0x7b && codePoint <= 0x7e)
  );
}

/**
 * A CJK character: East Asian Width W, F or H and not an emoji by default, or
 * any Hangul (which also covers the conjoining jamo of NFD-decomposed Korean).
 */
export function isCjk(codePoint: number): boolean {
  if (codePoint < 0x1100) return false;
  const text = String.fromCodePoint(codePoint);
  if (HANGUL.test(text)) return true;
  const width = eastAsianWidthType(codePoint);
  if (width !== "wide" && width !== "fullwidth" && width !== "halfwidth") return false;
  return !EMOJI_PRESENTATION.test(text);
}

/** U+FE00–U+FE0E: variation selectors that may follow a CJK character (U+FE0F asks for emoji). */
export function isNonEmojiVariationSelector(codePoint: number): boolean {
  return codePoint >= 0xfe00 && codePoint <= 0xfe0e;
}

/** U+E0100–U+E01EF, the variation selectors of ideographic variation sequences. */
export function isIdeographicVariationSelector(codePoint: number): boolean {
  return codePoint >= 0xe0100 && codePoint <= 0xe01ef;
}

// ‘ ’ “ ” followed by U+FE01 ask for their fullwidth form (StandardizedVariants.txt):
// the amendment counts such a sequence as CJK punctuation.
const AMBIGUOUS_QUOTES = new Set([0x2018, 0x2019, 0x201c, 0x201d]);

export function isCjkAmbiguousPunctuationSequence(first: number, second: number | undefined): boolean {
  return second === 0xfe01 && AMBIGUOUS_QUOTES.has(first);
}
