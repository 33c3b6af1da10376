import type { QuizOption } from "./types";

// Vendor prefixes carry no information for telling options apart ("AWS Glue" vs "Amazon S3").
const NOISE_TOKENS = new Set(["amazon", "aws"]);

/**
 * Lower-cased word tokens without vendor prefixes. Latin and Hangul runs are split apart so a
 * Korean particle glued to a name ("Lambda는") does not hide the name.
 */
export function nameTokens(text: string): string[] {
  const tokens = text.normalize("NFC").toLowerCase().match(/[a-z0-9]+|\p{Script=Hangul}+|[\p{L}\p{N}]+/gu) ?? [];
  return tokens.filter((t) => !NOISE_TOKENS.has(t));
}

function containsSequence(haystack: string[], needle: string[]): boolean {
  if (needle.length === 0 || needle.length > haystack.length) return false;
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

function unique<T>(xs: T[]): T | null {
  return xs.length === 1 ? (xs[0] ?? null) : null;
}

/**
 * Finds the single option a name refers to ("Kinesis Data Analytics" -> "Amazon Kinesis Data
 * Analytics"). Tries, in order: equal token lists, the name as a contiguous phrase in the option,
 * then every name token somewhere in the option, then the option's whole text inside the name ("AWS Glue (서버리스)" -> "AWS Glue"). Each tier must
 * give exactly one option; otherwise the name is ambiguous or unknown and null is returned.
 */
export function matchOptionByName(name: string, options: readonly QuizOption[]): QuizOption | null {
  const wanted = nameTokens(name);
  if (wanted.length === 0) return null;
  const tokenized = options.map((o) => ({ option: o, tokens: nameTokens(o.text) }));
  const key = wanted.join(" ");

  const exact = tokenized.filter((t) => t.tokens.join(" ") === key);
  if (exact.length > 0) return unique(exact)?.option ?? null;

  const phrase = tokenized.filter((t) => containsSequence(t.tokens, wanted));
  if (phrase.length > 0) return unique(phrase)?.option ?? null;

  const subset = tokenized.filter((t) => wanted.every((w) => t.tokens.includes(w)));
  if (subset.length > 0) return unique(subset)?.option ?? null;

  const reverse = tokenized.filter((t) => containsSequence(wanted, t.tokens));
  return unique(reverse)?.option ?? null;
}
