import { parseLetterList } from "./letters";
import { matchOptionByName } from "./option-match";
import type { QuizOption } from "./types";

const ANSWER_LINE =
  /^\s*(?:>\s*)*(?:[-*+•]\s+)?(?:[^\p{L}\p{N}\s*_]+\s*)?(?:\*\*|__)?\s*(?:정답|correct\s+answers?|answers?)\s*(?:\*\*|__)?\s*[:：]\s*(.*)$/iu;

/** The text after "정답:" / "Answer:" when the line is an answer line, else null. */
export function answerLineValue(line: string): string | null {
  const m = ANSWER_LINE.exec(line);
  if (!m) return null;
  return (m[1] ?? "").replace(/\*\*|__/g, "").trim();
}

// A further "X)" after a comma or conjunction names another correct option:
// "B) AWS Glue, E) Amazon Kinesis Data Analytics".
const FURTHER_LETTER = /(?:,|;|\band\b|및|&|\+|\/|와|과)\s*\(?([A-Z])\)\s/g;

export type AnswerParse = { ok: true; letters: string[] } | { ok: false; reason: string };

/** Resolves the value of an answer line to option letters. */
export function parseAnswerValue(value: string, options: readonly QuizOption[]): AnswerParse {
  const known = new Set(options.map((o) => o.letter));
  const list = parseLetterList(value);
  if (list) {
    const letters = [...list.letters];
    for (const m of `${list.rest} `.matchAll(FURTHER_LETTER)) {
      const letter = m[1];
      if (letter && known.has(letter) && !letters.includes(letter)) letters.push(letter);
    }
    const unknown = letters.filter((l) => !known.has(l));
    if (unknown.length === 0) return { ok: true, letters };
    if (list.letters.length > 1 || list.rest === "" || /^\s*\(?[A-Z]\s*[).번]/.test(value)) {
      return { ok: false, reason: `answer names option ${unknown.join(", ")} which is not among the options` };
    }
  }
  // "정답: AWS Glue" names the option instead of giving its letter.
  const byName = matchOptionByName(value, options);
  if (byName) return { ok: true, letters: [byName.letter] };
  if (value === "") return { ok: false, reason: "answer line is empty" };
  return { ok: false, reason: `cannot tell which option the answer "${value}" means` };
}
