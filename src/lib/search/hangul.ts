// Hangul syllable arithmetic. Only precomposed syllables (U+AC00–U+D7A3) count; callers NFC-normalise first.
const FIRST_SYLLABLE = 0xac00;
const LAST_SYLLABLE = 0xd7a3;
const FINALS_PER_VOWEL = 28;
/** Index of ㄹ among the trailing consonants (받침). */
const FINAL_RIEUL = 8;

export function isHangulSyllable(char: string): boolean {
  const code = char.codePointAt(0);
  return code !== undefined && code >= FIRST_SYLLABLE && code <= LAST_SYLLABLE;
}

/** True when every character is a precomposed Hangul syllable (and there is at least one). */
export function isHangulWord(word: string): boolean {
  if (word.length === 0) return false;
  for (const char of word) if (!isHangulSyllable(char)) return false;
  return true;
}

export type SyllableEnding = "vowel" | "rieul" | "consonant" | "none";

/** How the last syllable ends; particle allomorphs (이/가, 을/를, 으로/로 …) are chosen by this. */
export function lastSyllableEnding(word: string): SyllableEnding {
  const last = word.at(-1);
  if (last === undefined || !isHangulSyllable(last)) return "none";
  const final = ((last.codePointAt(0) ?? FIRST_SYLLABLE) - FIRST_SYLLABLE) % FINALS_PER_VOWEL;
  if (final === 0) return "vowel";
  return final === FINAL_RIEUL ? "rieul" : "consonant";
}
