/** Korean readers read about 500 syllables a minute; English, about 230 words. */
const HANGUL_PER_MINUTE = 500;
const WORDS_PER_MINUTE = 230;

/** Minutes to read a text that mixes Korean and other scripts (at least 1). */
export function readingMinutes(text: string): number {
  const hangul = text.match(/[\p{Script=Hangul}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu)?.length ?? 0;
  const words = text.replace(/[\p{Script=Hangul}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]+/gu, " ").match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  return Math.max(1, Math.round(hangul / HANGUL_PER_MINUTE + words / WORDS_PER_MINUTE));
}
