/**
 * Obsidian block identifiers (help: 노트 및 파일 링크/내부 링크.md, "노트의 블록에 링크하기"): `^id` made of
 * Latin letters, digits and `-` (Obsidian's own are 6 hex digits, `^37066d`), linked as `[[note#^id]]`
 * and embedded as `![[note#^id]]`.
 *
 * Which block gets which id (the caller walks the mdast):
 * - paragraph: ` ^id` at the end of its last text node (after a space or a line break:
 *   `…happier place. ^37066d`, `![[image.png]]\n^daily-notes-date`) → that paragraph. `splitBlockId`.
 * - list item: the same at the end of the item's own paragraph (`- item ^id`, or `    ^37006f` on the
 *   item's last line) → that list item, not the whole list.
 * - heading: ` ^id` at the end of the heading text → the heading (hide the marker either way).
 * - blockquote / callout: Obsidian does not link to parts of a quote, so an id found in a paragraph
 *   inside a blockquote names the whole top-level blockquote. This includes the common form of an `^id`
 *   line written right under a callout without a blank line (`> …\n^search-autocomplete-large`):
 *   CommonMark's lazy continuation puts it in the callout's last paragraph.
 * - table, list, quote, callout, code block, math block, heading: a paragraph holding nothing but `^id`,
 *   with blank lines around it (`standaloneBlockId`) → the block right before it in the same parent
 *   (`- a\n- b\n\n^my-list-id` names the list; Obsidian's own link suggester writes `# 제목\n\n^id` for a
 *   heading). The `^id` paragraph itself is not shown. With no block before it, drop it. Without the
 *   blank line after it (`^id\n본문`) it starts a paragraph and is not an id.
 *   Written directly under a table without a blank line, GFM reads `^id` as one more table row; the
 *   help says the blank line is required, so it is not an id then (as in Obsidian).
 */

const ID = "[A-Za-z0-9-]+";
const TRAILING_ID = new RegExp(String.raw`\s\^(${ID})[ \t]*$`);
const ONLY_ID = new RegExp(String.raw`^\s*\^(${ID})\s*$`);

export interface SplitBlockId {
  /** The text without the id and the whitespace before it. */
  text: string;
  id: string;
}

/**
 * A trailing ` ^block-id` at the end of a paragraph's, list item's or heading's last text node, split
 * off; null when there is none. The `^` must follow whitespace in the same text node: `[[link]]^id` is
 * not an id in Obsidian, and a text node that is only `^id` is the standalone form.
 */
export function splitBlockId(text: string): SplitBlockId | null {
  const match = TRAILING_ID.exec(text);
  if (!match) return null;
  return { text: text.slice(0, match.index).trimEnd(), id: match[1] ?? "" };
}

/** The id of a paragraph that is nothing but `^id` (it names the block before it), else null. */
export function standaloneBlockId(paragraphText: string): string | null {
  return ONLY_ID.exec(paragraphText)?.[1] ?? null;
}
