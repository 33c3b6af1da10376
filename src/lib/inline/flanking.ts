import {
  isCjk,
  isCjkAmbiguousPunctuationSequence,
  isIdeographicVariationSelector,
  isNonEmojiVariationSelector,
  isUnicodePunctuation,
  isUnicodeWhitespace,
} from "./characters";

export type DelimiterChar = "*" | "_" | "~" | "=";

/**
 * The code points around a delimiter run as the source has them. `undefined`
 * stands for the start or end of a line (or of the container), which both
 * CommonMark and the amendment count as whitespace.
 */
export interface RunSurroundings {
  before: number | undefined;
  /** The code point before `before`: needed when `before` is a variation selector. */
  beforeThat: number | undefined;
  after: number | undefined;
  /** The code point after `after`: needed to see a fullwidth-quote variation sequence. */
  afterThat: number | undefined;
}

export interface RunAbilities {
  canOpen: boolean;
  canClose: boolean;
}

interface Side {
  whitespace: boolean;
  /** A punctuation character (or sequence) that still counts as punctuation for flanking. */
  flankingPunctuation: boolean;
  anyPunctuation: boolean;
  cjk: boolean;
  ideographicVariationSelector: boolean;
}

function beforeSide(s: RunSurroundings, cjkFriendly: boolean): Side {
  const last = s.before;
  if (last === undefined || isUnicodeWhitespace(last)) {
    return { whitespace: true, flankingPunctuation: false, anyPunctuation: false, cjk: false, ideographicVariationSelector: false };
  }
  // A variation selector belongs to the character it follows: judge that one.
  const primary = cjkFriendly && isNonEmojiVariationSelector(last) && s.beforeThat !== undefined ? s.beforeThat : last;
  const punctuation = isUnicodePunctuation(primary);
  if (!cjkFriendly) {
    return { whitespace: false, flankingPunctuation: punctuation, anyPunctuation: punctuation, cjk: false, ideographicVariationSelector: false };
  }
  const fullwidthQuote = isCjkAmbiguousPunctuationSequence(primary, last);
  const cjk = isCjk(primary) || fullwidthQuote;
  return {
    whitespace: false,
    flankingPunctuation: punctuation && !cjk,
    anyPunctuation: punctuation,
    cjk,
    ideographicVariationSelector: isIdeographicVariationSelector(last),
  };
}

function afterSide(s: RunSurroundings, cjkFriendly: boolean): Side {
  const next = s.after;
  if (next === undefined || isUnicodeWhitespace(next)) {
    return { whitespace: true, flankingPunctuation: false, anyPunctuation: false, cjk: false, ideographicVariationSelector: false };
  }
  const punctuation = isUnicodePunctuation(next);
  if (!cjkFriendly) {
    return { whitespace: false, flankingPunctuation: punctuation, anyPunctuation: punctuation, cjk: false, ideographicVariationSelector: false };
  }
  const cjk = isCjk(next) || isCjkAmbiguousPunctuationSequence(next, s.afterThat);
  return { whitespace: false, flankingPunctuation: punctuation && !cjk, anyPunctuation: punctuation, cjk, ideographicVariationSelector: false };
}

/**
 * Whether a delimiter run can open and close, per CommonMark §6.2 — with the
 * CJK-friendly amendment's left/right-flanking definitions when `cjkFriendly`.
 * `~` and `=` follow the `*` rules (as GFM strikethrough does in cmark-gfm).
 */
export function delimiterRunAbilities(char: DelimiterChar, s: RunSurroundings, cjkFriendly: boolean): RunAbilities {
  const before = beforeSide(s, cjkFriendly);
  const after = afterSide(s, cjkFriendly);
  const leftFlanking =
    !after.whitespace &&
    (!after.flankingPunctuation || before.whitespace || before.flankingPunctuation || before.cjk || before.ideographicVariationSelector);
  const rightFlanking = !before.whitespace && (!before.flankingPunctuation || after.whitespace || after.flankingPunctuation || after.cjk);
  if (char !== "_") return { canOpen: leftFlanking, canClose: rightFlanking };
  return {
    canOpen: leftFlanking && (!rightFlanking || before.anyPunctuation),
    canClose: rightFlanking && (!leftFlanking || after.anyPunctuation),
  };
}
