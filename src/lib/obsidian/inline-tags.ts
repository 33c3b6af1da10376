export interface InlineTag {
  /** The tag as written after `#`, NFC-normalised (`nested/tag`, `태그`); spelling policy is tags/normalize's. */
  tag: string;
  /** UTF-16 range of `#tag` (with the `#`) in the text that was searched. */
  start: number;
  end: number;
}

export interface InlineTagOptions {
  /**
   * Whether the text starts right after whitespace or a line start in its paragraph (default true).
   * Pass false for a text node that follows inline markup on the same line (`**굵게**#태그`), where
   * Obsidian sees no whitespace before the `#`.
   */
  startsAfterWhitespace?: boolean;
}

// Obsidian's documented tag characters: letters, digits, `_`, `-`, `/` (help: 편집 및 서식/태그.md).
// Letters and digits of every script (Hangul, including NFD jamo with their marks); emoji too, which
// Obsidian accepts. Any other character ends the tag: ASCII and CJK punctuation (`.,;:!?'"()[]「」。`),
// symbols (`+ = ~ ^ | <>`), and U+2000–U+206F (… — ‘ ’, zero-width joiner).
const TAG_CHAR = String.raw`[\p{L}\p{M}\p{N}_\-/\p{Extended_Pictographic}\p{Emoji_Modifier}\uFE0F]`;
// `#` at the start of the text or after whitespace (so `C#`, `a#b`, `x.com/#fragment`, `##` are not tags).
const TAG = new RegExp(String.raw`(?<=^|\s)#(${TAG_CHAR}+)`, "gu");
// At least one character that is not a digit (`#1984`, `#123` are not tags; `#1-2`, `#y1984` are), and
// at least one letter, digit or emoji (`#---` is a divider, `#/` nothing, `#️⃣` the keycap emoji).
const NON_DIGIT = /[^\p{N}]/u;
const SUBSTANCE = /[\p{L}\p{N}\p{Extended_Pictographic}]/u;

/**
 * Obsidian inline tags (`#tag`, `#nested/tag`, `#태그`) in one text node's value. The caller passes
 * only text outside code, links and URLs; tags in a heading's text count in Obsidian too (a heading
 * is `# ` with a space, so `#tag` at a line start is a tag, not a heading).
 *
 * As in Obsidian, a Korean particle written straight after a tag is part of it (`#태그는` is the tag
 * `태그는`): Obsidian does not know particles, and the tag pane shows what the author wrote.
 */
export function findInlineTags(text: string, options: InlineTagOptions = {}): InlineTag[] {
  const tags: InlineTag[] = [];
  for (const match of text.matchAll(TAG)) {
    const body = match[1] ?? "";
    if (match.index === 0 && options.startsAfterWhitespace === false) continue;
    if (!NON_DIGIT.test(body) || !SUBSTANCE.test(body)) continue;
    tags.push({ tag: body.normalize("NFC"), start: match.index, end: match.index + 1 + body.length });
  }
  return tags;
}
