import { eastAsianWidth } from "get-east-asian-width";

/** Advance widths (per mille of an em) of U+0020..U+007E in Pretendard Bold, the
 * widest weight the cards use, so an estimate is never narrower than the drawing. */
const ASCII_BOLD_PER_MILLE = [
  230, 307, 376, 624, 630, 960, 648, 197, 390, 390, 539, 653, 287, 449, 282, 371, 660, 469, 610, 639, 657, 627, 643, 575,
  644, 643, 282, 282, 653, 653, 653, 538, 874, 718, 637, 724, 701, 589, 563, 732, 720, 266, 547, 663, 546, 883, 709, 753,
  623, 754, 632, 630, 643, 704, 718, 999, 686, 695, 641, 390, 371, 390, 467, 456, 478, 558, 611, 563, 611, 574, 367, 608,
  600, 257, 257, 558, 257, 879, 598, 590, 608, 608, 390, 539, 370, 597, 563, 819, 551, 563, 549, 390, 355, 390, 653,
] as const;

/** Every Hangul syllable and jamo in Pretendard is 0.864 em wide. */
const HANGUL_EM = 0.87;
const WIDE_EM = 1;
/** Latin-1, Greek, arrows…: not tabulated, so a generous guess. */
const OTHER_EM = 0.72;

const ZERO_WIDTH = /[\p{Mn}\p{Me}\p{Cf}\u{FE00}-\u{FE0F}]/u;

function isHangul(cp: number): boolean {
  return (cp >= 0xac00 && cp <= 0xd7a3) || (cp >= 0x1100 && cp <= 0x11ff) || (cp >= 0x3130 && cp <= 0x318f) || (cp >= 0xa960 && cp <= 0xa97f) || (cp >= 0xd7b0 && cp <= 0xd7ff);
}

/** Estimated advance of one code point, in em, for the card font. */
export function advanceEm(char: string): number {
  const cp = char.codePointAt(0);
  if (cp === undefined) return 0;
  if (cp >= 0x20 && cp <= 0x7e) return (ASCII_BOLD_PER_MILLE[cp - 0x20] ?? 1000) / 1000;
  if (cp < 0x20 || ZERO_WIDTH.test(char)) return 0;
  if (isHangul(cp)) return HANGUL_EM;
  return eastAsianWidth(cp, { ambiguousAsWide: false }) === 2 ? WIDE_EM : OTHER_EM;
}

/** Estimated width in px of `text` set at `fontSize` px in the card font. */
export function measureText(text: string, fontSize: number): number {
  let em = 0;
  for (const char of text) em += advanceEm(char);
  return em * fontSize;
}

export type Measure = (text: string) => number;

export function measureAt(fontSize: number): Measure {
  return (text) => measureText(text, fontSize);
}
