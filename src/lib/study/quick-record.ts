/**
 * Recording an answer on a note page without the scheduler. The store with ts-fsrs is ~9 KB gzip,
 * and a note page's whole JavaScript budget is 10 KB, so a note page only appends the answer to the
 * stored history and drops that question's `card`: `loadProgress` (progress-json.ts) rebuilds a
 * missing card by replaying the answers, which gives exactly the state `recordAnswer` would have
 * stored, because scheduling is a deterministic replay of the history in time order.
 */
import { isQuestionId } from "./question-id";
import type { AnswerGrade } from "./scheduler";

/**
 * The stored value after answering, or undefined when it must not be written: a value this code
 * cannot read safely (corrupt, from a newer site version) is left for the /quiz/ page, which can
 * tell the reader. A v1 value (the old run in progress) is kept as `legacy`, as `loadProgress` expects.
 */
export function appendAnswer(
  raw: string | null,
  id: string,
  answer: { at: Date; grade: AnswerGrade; chosen?: readonly string[] },
  note?: string,
): string | undefined {
  if (!isQuestionId(id)) return undefined;
  let value: unknown = { v: 2, questions: {} };
  if (raw !== null) {
    try {
      value = JSON.parse(raw);
    } catch {
      return undefined;
    }
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) return undefined;
  let store = value as Record<string, unknown>;
  if (store["v"] === 1) store = { v: 2, questions: {}, legacy: store };
  const questions = store["questions"];
  if (store["v"] !== 2 || typeof questions !== "object" || questions === null || Array.isArray(questions)) return undefined;
  const before = (questions as Record<string, unknown>)[id];
  const record = typeof before === "object" && before !== null && !Array.isArray(before) ? (before as Record<string, unknown>) : {};
  const answers = Array.isArray(record["answers"]) ? record["answers"] : [];
  const entry = { at: answer.at.toISOString(), grade: answer.grade, ...(answer.chosen === undefined ? {} : { chosen: [...answer.chosen] }) };
  // No `card`: the next full load replays the answers (see the file comment).
  const next = { answers: [...answers, entry], ...(note ?? record["note"] ? { note: note ?? record["note"] } : {}) };
  return JSON.stringify({ ...store, questions: { ...questions, [id]: next } });
}
