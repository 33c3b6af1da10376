/**
 * Flashcards written in the syntaxes of Obsidian's Spaced Repetition plugin (st3v3nmw/obsidian-spaced-repetition,
 * its default settings), so a vault's existing cards become study questions:
 *
 *   질문::답                    single-line: one card, front → back
 *   용어:::정의                 single-line reversed: two cards, and back → front
 *   앞면 (one or more lines)    multi-line: the lines touching a line that is only `?` (front above,
 *   ?                           back below, up to a blank line); `??` makes the reversed pair too.
 *   뒷면
 *   텍스트 ==가림== 텍스트       cloze: one card per `==highlight==`, the front shows it as `[...]`.
 *
 * As in the plugin, only notes tagged `#flashcards` (or `#flashcards/…`, in the frontmatter or inline
 * in the text) have cards: elsewhere `key:: value` is a Dataview field, `==…==` an ordinary highlight
 * and `std::vector` C++, and the practice vaults hold hundreds of such lines (see BENCHMARKS.md, issue 20).
 *
 * Decisions where the plugin is silent or configurable:
 * - `**bold**` and `{{curly}}` clozes are off (the plugin's defaults); Anki-style `{{c1::…}}` and the
 *   `==answer;;hint==` pattern are not read (a `;;` stays in the card text).
 * - Nothing inside code (fenced blocks, inline code) or math blocks is a separator or a cloze; HTML
 *   comments (`<!-- … -->`, which the plugin uses to hide cards, and its `<!--SR:…-->` scheduling
 *   notes) and Obsidian comments (`%% … %%`) are removed first.
 * - A `::` inside `[…]` or `(…)` is a Dataview inline field (`[due:: 2024-01-01]`), not a card.
 * - Headings end a card and become its context (the plugin's "Note > Heading > Subheading" title).
 * - A single-line card's list, task or quote marker (`- `, `1. `, `- [ ] `, `> `) and a trailing
 *   block id (` ^abc`) are not part of its front or back.
 *
 * Input is the note body's lines as the parser annotated them (src/lib/markdown/source-lines.ts: code,
 * math, headings, inline code, HTML comments), after Obsidian comments were removed: the plugin reads
 * lines, and a multi-line card spans what Markdown parses as separate nodes, but where code and
 * headings are is the parser's call, not a second scanner's.
 */
import type { SourceLine } from "../markdown/source-lines";
import { normalizeTag } from "../tags/normalize";

export type FlashcardSyntax = "single-line" | "single-line-reversed" | "multi-line" | "multi-line-reversed" | "cloze";

export interface Flashcard {
  syntax: FlashcardSyntax;
  /** Markdown asked first. For a cloze: the text with this deletion shown as `[...]`. */
  front: string;
  /** Markdown revealed. For a cloze: the whole text, this deletion still marked `==…==`. */
  back: string;
  /** True for the second card of a reversed syntax (its back → its front). */
  reversed: boolean;
  /** 1-based line, in the text given, where the card's text starts. */
  line: number;
  /** The headings above the card, outermost first. */
  context: string[];
}

/** Consecutive non-blank lines (the unit a card lives in), with the headings above them. */
export interface SourceBlock {
  lines: Pick<SourceLine, "text" | "masked" | "line" | "code">[];
  context: string[];
}

export const DEFAULT_FLASHCARD_TAGS: readonly string[] = ["flashcards"];

/** `#flashcards` or `#flashcards/…` as an inline tag (Obsidian tags are case-insensitive). */
function inlineTagPattern(tags: readonly string[], flags: "iu" | "giu"): RegExp {
  const names = tags.map((t) => normalizeTag(t).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).filter((t) => t !== "");
  return new RegExp(`(^|\\s)#(?:${names.join("|")})(?:/[^\\s#]*)?(?=\\s|$)`, flags);
}

/** True when the note is tagged with one of `tags` (default `flashcards`), at any level (`flashcards/aws`
 * counts), in its frontmatter or inline (the analysis collects both). */
export function isFlashcardNote(noteTags: readonly string[], tags: readonly string[] = DEFAULT_FLASHCARD_TAGS): boolean {
  const wanted = tags.map(normalizeTag).filter((t) => t !== "");
  return noteTags.some((t) => wanted.some((w) => normalizeTag(t) === w || normalizeTag(t).startsWith(`${w}/`)));
}

/**
 * A note body cut into the blocks cards live in: blank lines and headings end a block; code and math
 * lines stay inside the block they touch (marked `code`); the flashcard tag itself is taken out.
 */
export function flashcardBlocks(lines: readonly SourceLine[], tags: readonly string[] = DEFAULT_FLASHCARD_TAGS): SourceBlock[] {
  const blocks: SourceBlock[] = [];
  const context: string[] = [];
  const tagPattern = inlineTagPattern(tags, "giu");
  let current: SourceBlock["lines"] = [];
  const end = (): void => {
    if (current.length > 0) blocks.push({ lines: current, context: [...context] });
    current = [];
  };
  for (const source of lines) {
    if (source.code) {
      current.push({ text: source.text, masked: source.masked, line: source.line, code: true });
      continue;
    }
    if (source.heading !== undefined) {
      end();
      const depth = source.heading.depth;
      context.splice(depth - 1);
      while (context.length < depth - 1) context.push("");
      context.push(source.heading.text);
      continue;
    }
    const text = source.text.replace(tagPattern, "$1").replace(/\s+$/, "");
    const masked = source.masked.replace(tagPattern, "$1").replace(/\s+$/, "");
    if (text.trim() === "") {
      // A line that only held a comment or the tag is not a blank line: the card goes on.
      if (source.text.trim() === "") end();
      continue;
    }
    current.push({ text, masked, line: source.line, code: false });
  }
  end();
  return blocks.map((b) => ({ lines: b.lines, context: b.context.filter((h) => h !== "") }));
}

/** Where a single-line separator (`::` or `:::`) starts, outside code and brackets. */
function inlineSeparator(masked: string): { index: number; length: 2 | 3 } | undefined {
  let depth = 0;
  for (let i = 0; i < masked.length; i++) {
    const c = masked[i];
    if (c === "[" || c === "(") depth++;
    else if ((c === "]" || c === ")") && depth > 0) depth--;
    else if (c === ":") {
      let run = 1;
      while (masked[i + run] === ":") run++;
      if (depth === 0 && (run === 2 || run === 3)) return { index: i, length: run };
      i += run - 1;
    }
  }
  return undefined;
}

const LEADING_MARKERS = /^\s*(?:>\s*)*(?:(?:[-*+]|\d{1,9}[.)])\s+)?(?:\[[ xX]\]\s+)?/;
const BLOCK_ID = /\s+\^[A-Za-z0-9-]+$/;
const tidy = (text: string): string => text.replace(BLOCK_ID, "").trim();

const joinLines = (lines: SourceBlock["lines"]): string => tidy(lines.map((l) => l.text).join("\n"));

function pair(syntax: FlashcardSyntax, front: string, back: string, line: number, context: string[], reversible: boolean): Flashcard[] {
  if (front === "" || back === "") return [];
  const card = { syntax, front, back, reversed: false, line, context: [...context] };
  return reversible ? [card, { ...card, front: back, back: front, reversed: true, context: [...context] }] : [card];
}

const CLOZE = /==(?!=)(.+?)(?<!=)==/g;

function clozeCards(lines: SourceBlock["lines"], context: string[]): Flashcard[] {
  const first = lines[0];
  if (first === undefined) return [];
  const text = lines.map((l) => l.text).join("\n");
  // Deletions are found on the masked text (code never counts) but cut from the original.
  const masked = lines.map((l) => (l.code ? "\u0001".repeat(l.text.length) : l.masked)).join("\n");
  const deletions = [...masked.matchAll(CLOZE)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const unwrap = (from: number, to: number): string => {
    let out = "";
    let at = from;
    for (const d of deletions) {
      if (d.start < from || d.end > to) continue;
      out += text.slice(at, d.start) + text.slice(d.start + 2, d.end - 2);
      at = d.end;
    }
    return out + text.slice(at, to);
  };
  return deletions.flatMap((d) => {
    const before = unwrap(0, d.start);
    const after = unwrap(d.end, text.length);
    return pair("cloze", tidy(`${before}[...]${after}`), tidy(`${before}${text.slice(d.start, d.end)}${after}`), first.line, context, false);
  });
}

/** Multi-line cards around `?`/`??` lines; a line just above a later separator starts the next card. */
function multiLineCards(lines: SourceBlock["lines"], context: string[]): Flashcard[] | undefined {
  const separators = lines.flatMap((l, i) => (!l.code && (l.text.trim() === "?" || l.text.trim() === "??") ? [i] : []));
  if (separators.length === 0) return undefined;
  return separators.flatMap((s, k) => {
    const previous = separators[k - 1];
    const next = separators[k + 1];
    const start = previous === undefined ? 0 : s - 1;
    const end = next === undefined ? lines.length : next - 1;
    if (previous !== undefined && start === previous) return []; // `?` right under `?`: no front
    const front = lines.slice(start, s);
    const reversed = lines[s]?.text.trim() === "??";
    return pair(reversed ? "multi-line-reversed" : "multi-line", joinLines(front), joinLines(lines.slice(s + 1, end)), front[0]?.line ?? 0, context, reversed);
  });
}

/** The cards in one block (see the file comment for the rules). */
export function flashcardsInBlock(block: SourceBlock): Flashcard[] {
  const cards: Flashcard[] = [];
  let segment: SourceBlock["lines"] = [];
  const flush = (): void => {
    if (segment.length > 0) cards.push(...(multiLineCards(segment, block.context) ?? clozeCards(segment, block.context)));
    segment = [];
  };
  for (const line of block.lines) {
    const separator = line.code ? undefined : inlineSeparator(line.masked);
    if (separator === undefined) {
      segment.push(line);
      continue;
    }
    flush();
    const front = tidy(line.text.slice(0, separator.index).replace(LEADING_MARKERS, ""));
    const back = tidy(line.text.slice(separator.index + separator.length));
    const reversed = separator.length === 3;
    cards.push(...pair(reversed ? "single-line-reversed" : "single-line", front, back, line.line, block.context, reversed));
  }
  flush();
  return cards;
}

/** Every flashcard of a note; none unless the note is tagged `#flashcards` (see `isFlashcardNote`). */
export function parseFlashcards(note: { lines: readonly SourceLine[]; tags: readonly string[] }, tags: readonly string[] = DEFAULT_FLASHCARD_TAGS): Flashcard[] {
  if (!isFlashcardNote(note.tags, tags)) return [];
  return flashcardBlocks(note.lines, tags).flatMap(flashcardsInBlock);
}
