/**
 * Stable ids for study questions, so a learner's progress survives rebuilds and edits elsewhere.
 *
 * An id is a hash of what is asked, not of where it sits: the note path plus an index would move
 * progress onto a different question as soon as a question is inserted above it, and would lose it
 * when a note is renamed. A content hash survives reordering, renames and moves between notes; an
 * edit to the question itself gives a new id (its old history stays stored but unused), which is the
 * honest outcome: a changed question is a new question. Whitespace and Unicode normalisation are
 * folded first so re-saving a note in another editor (CRLF, NFD, trailing spaces) changes nothing.
 */

/** `choice`: a multiple-choice question (`## 📝 관련 문제`); `card`: a flashcard (front → back). */
export type StudyQuestionKind = "choice" | "card";

const ID_PATTERN = /^(choice|card)-[0-9a-z]{11}$/;

/** True for strings `choiceQuestionId` / `flashcardId` can produce (used to validate stored data). */
export function isQuestionId(value: unknown): value is string {
  return typeof value === "string" && ID_PATTERN.test(value);
}

/** NFC, every whitespace run one space, trimmed. */
function fold(text: string): string {
  return text.normalize("NFC").replace(/\s+/gu, " ").trim();
}

/**
 * cyrb53 (public domain, bryc): a 53-bit string hash built on Math.imul, so Node and every browser
 * give the same value. 53 bits make a collision among a site's few thousand questions negligible
 * (~1e-9 for 5,000 questions).
 */
function hash53(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

function idOf(kind: StudyQuestionKind, parts: readonly string[]): string {
  // U+0000 cannot occur in note text, so part boundaries cannot be forged by the text itself.
  const key = [kind, ...parts.map(fold)].join("\u0000");
  return `${kind}-${hash53(key).toString(36).padStart(11, "0")}`;
}

/**
 * The id of a multiple-choice question: its stem, its options (letter and text, in order) and its
 * answer letters. Takes the shape both `Quiz` and the questions.json entries have, so the build and
 * the browser compute the same id.
 */
export function choiceQuestionId(question: {
  question: string;
  options: readonly { letter: string; text: string }[];
  answers: readonly string[];
}): string {
  return idOf("choice", [
    question.question,
    ...question.options.map((o) => `${o.letter}) ${o.text}`),
    `= ${question.answers.join(",")}`,
  ]);
}

/** The id of a flashcard: front and back. A reversed card (back → front) gets its own id. */
export function flashcardId(card: { front: string; back: string }): string {
  return idOf("card", [card.front, card.back]);
}
