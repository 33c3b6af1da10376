import { escapeHtml } from "../html/escape";
import { canonicalTag } from "../tags/canonical";
import { tagSynonyms, type TagSynonyms } from "../tags/synonyms";
import { inlineMarkdownToHtml } from "./html";
import type { Quiz } from "./types";

// Anki's text import (rslib/src/import_export/text/csv): `#key:value` header lines at the top; then
// one note per line, fields split on the separator, a line starting with `#` skipped as a comment, a
// field starting with `"` read as quoted; tags split on whitespace. No #notetype/#deck/#columns
// lines: names differ between Anki's languages (Basic/기본, Front/앞면), and a #columns line that
// does not match the note type's field names would leave the back unmapped.
const HEADER = ["#separator:tab", "#html:true", "#tags column:3"];

// Whitespace Anki splits tags on (Rust's char::is_whitespace; JavaScript's \s lacks U+0085), and the
// characters Anki drops from a tag: ASCII controls and `"`.
const ANKI_TAG_SPACE = /[\s\u0085]+/gu;
const ANKI_TAG_DROPPED = /[\u0000-\u001f\u007f"]/g;

/**
 * The Anki spelling of a note tag: its canonical form (see `canonicalTag`: NFC, no `#`, ASCII
 * lower-case, synonyms merged, so `service/AWS-Glue` → `service/glue`), levels joined with Anki's
 * `::`, and nothing Anki would split on or strip. Returns "" for an unusable tag.
 */
export function ankiTag(tag: string, synonyms: TagSynonyms = tagSynonyms): string {
  return canonicalTag(tag, synonyms)
    .split("/")
    .map((level) => level.replace(ANKI_TAG_SPACE, "-").replace(ANKI_TAG_DROPPED, ""))
    .filter((level) => level !== "")
    .join("::");
}

/**
 * One field as Anki's importer reads it back unchanged: tabs and line breaks (which would end the
 * field or the note) never reach it, and it does not start with `#` (the whole note would be skipped
 * as a comment) or `"` (it would be read as a quoted field).
 */
function ankiField(html: string): string {
  return html
    .replace(/\t/g, " ")
    .replace(/\r\n|\r|\n/g, "<br>")
    .replace(/^#/, "&#35;")
    .replace(/^"/, "&quot;");
}

/** A title on one line: any run of whitespace, line breaks included, is one space. */
const oneLine = (text: string): string => text.replace(/\s+/g, " ").trim();

function front(quiz: Quiz): string {
  const options = quiz.options.map((o) => `${escapeHtml(o.letter)}) ${inlineMarkdownToHtml(o.text)}`);
  return [inlineMarkdownToHtml(quiz.question), "", ...options].join("<br>");
}

function back(quiz: Quiz, note: string, url: string): string {
  const parts: string[] = [];
  const answerLines = quiz.answers.map((letter) => {
    const option = quiz.options.find((o) => o.letter === letter);
    return `${escapeHtml(letter)}) ${option ? inlineMarkdownToHtml(option.text) : ""}`.trim();
  });
  parts.push([`<b>정답: ${escapeHtml(quiz.answers.join(", "))}</b>`, ...answerLines].join("<br>"));
  if (quiz.explanations.length > 0) {
    parts.push(
      quiz.explanations
        .map((e) => (e.letters.length > 0 ? `<b>${escapeHtml(e.letters.join(", "))}</b>: ` : "") + inlineMarkdownToHtml(e.text))
        .join("<br>"),
    );
  }
  if (quiz.generalExplanation !== undefined) parts.push(inlineMarkdownToHtml(quiz.generalExplanation));
  if (url !== "") parts.push(`<a href="${escapeHtml(url.replace(/[\t\r\n]/g, ""))}">${escapeHtml(oneLine(note))}</a>`);
  return parts.join("<br><br>");
}

/** The back of a flashcard: its answer, then the link to its note. */
function cardBack(back: string, note: string, url: string): string {
  const parts = [inlineMarkdownToHtml(back)];
  if (url !== "") parts.push(`<a href="${escapeHtml(url.replace(/[\t\r\n]/g, ""))}">${escapeHtml(oneLine(note))}</a>`);
  return parts.join("<br><br>");
}

/** A note's entries for the Anki file: its multiple-choice question (if any) and its flashcards. */
export interface AnkiItem {
  note: string;
  url: string;
  quiz?: Quiz | undefined;
  /** Flashcards (Spaced Repetition plugin syntaxes): front and back Markdown. */
  flashcards?: readonly { front: string; back: string }[];
  tags: readonly string[];
  /** An `<img>` of the note's diagram (diagram-image.ts), shown under the question it is about. */
  diagram?: string | undefined;
}

/**
 * A tab-separated file Anki imports as Basic notes: front, back, tags (canonical, in the note's
 * order). Multiple-choice questions first, then flashcards, each in the order of `items`.
 */
export function toAnkiTsv(items: readonly AnkiItem[], synonyms: TagSynonyms = tagSynonyms): string {
  const tagField = (tags: readonly string[]): string => [...new Set(tags.map((t) => ankiTag(t, synonyms)).filter((t) => t !== ""))].join(" ");
  const row = (f: string, b: string, tags: readonly string[]): string => [ankiField(f), ankiField(b), tagField(tags)].join("\t");
  const rows = [
    ...items.flatMap(({ note, url, quiz, tags, diagram }) =>
      quiz ? [row(diagram === undefined ? front(quiz) : `${front(quiz)}<br><br>${diagram}`, back(quiz, note, url), tags)] : [],
    ),
    ...items.flatMap(({ note, url, flashcards, tags }) => (flashcards ?? []).map((c) => row(inlineMarkdownToHtml(c.front), cardBack(c.back, note, url), tags))),
  ];
  return `${[...HEADER, ...rows].join("\n")}\n`;
}
