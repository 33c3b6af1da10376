export interface LetterList {
  letters: string[];
  /** Text after the letter list, trimmed ("AWS Glue" in "A) AWS Glue"). */
  rest: string;
}

const PREFIX = /^\s*(?:옵션|선택지|보기|options?|choices?)\s*/i;
// A letter must not be the first character of a word ("AWS", "S3"); "A번", "A)", "A," are fine.
const LETTER = /^\s*\(?([A-Z])(?![A-Za-z0-9])(?:\s*\))?(?:\s*번)?\.?/;
const SEPARATOR = /^\s*(?:,\s*(?:and|or)\b|,|\/|&|·|\+|와|과|및|\band\b|\bor\b)\s*/i;

/**
 * Reads a leading list of option letters: "A", "A번", "(A)", "옵션 A, C", "B, E)", "A와 C".
 * Returns null when the text does not start with one.
 */
export function parseLetterList(text: string): LetterList | null {
  let rest = text.replace(PREFIX, "");
  const letters: string[] = [];
  for (;;) {
    const m = LETTER.exec(rest);
    if (!m?.[1]) break;
    if (!letters.includes(m[1])) letters.push(m[1]);
    rest = rest.slice(m[0].length);
    const sep = SEPARATOR.exec(rest);
    if (!sep || !LETTER.test(rest.slice(sep[0].length))) break;
    rest = rest.slice(sep[0].length);
  }
  if (letters.length === 0) return null;
  return { letters, rest: rest.replace(/^\s*[-–—:：]?\s*/, "").trim() };
}
