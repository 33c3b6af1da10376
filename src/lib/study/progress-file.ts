/** Moving progress between devices: an export file, and an import that merges without losing an answer. */
import { isQuestionId } from "./question-id";
import { PROGRESS_VERSION, replayAnswers, sortAnswers, type AnswerRecord, type StudyProgress } from "./progress";
import { isObject, parseAnswer } from "./progress-json";

/** Marks an export file as ours, so another JSON file is refused with a clear reason. */
export const PROGRESS_FILE_FORMAT = "kb-study-progress";

/** A JSON file of every answered question; the run in progress stays on the device. */
export function exportProgress(progress: StudyProgress, now: Date = new Date()): string {
  return JSON.stringify({ format: PROGRESS_FILE_FORMAT, v: PROGRESS_VERSION, exportedAt: now.toISOString(), questions: progress.questions });
}

export type ImportError =
  /** Not JSON at all (or empty). */
  | { kind: "not-json" }
  /** JSON, but not a progress file of this site. */
  | { kind: "not-progress-file" }
  /** A progress file of another (newer or unknown) version. */
  | { kind: "unsupported-version"; version: unknown }
  /** A progress file with a broken entry; `at` says where, e.g. `questions["choice-…"].answers[2]`. */
  | { kind: "malformed"; at: string };

export type ImportResult =
  | { ok: true; progress: StudyProgress; /** answers that were not there before */ added: number; /** questions in the file */ questions: number }
  | { ok: false; error: ImportError };

const answerKey = (a: AnswerRecord): string => `${a.at}\u0000${a.grade}\u0000${(a.chosen ?? []).join(",")}`;

/**
 * Merges an exported file into `existing`. Nothing is lost: each question keeps the union of both
 * histories (the same answer twice is kept once), and its scheduler state is recomputed from the
 * merged history in time order, which equals the later device's state when one history contains the
 * other and is the only faithful state when both devices answered since. Validation is all-or-nothing:
 * any broken entry returns an error and `existing` is untouched.
 */
export function importProgress(existing: StudyProgress, json: string): ImportResult {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return { ok: false, error: { kind: "not-json" } };
  }
  if (!isObject(value) || value["format"] !== PROGRESS_FILE_FORMAT) return { ok: false, error: { kind: "not-progress-file" } };
  if (value["v"] !== PROGRESS_VERSION) return { ok: false, error: { kind: "unsupported-version", version: value["v"] } };
  const incoming = value["questions"];
  if (!isObject(incoming)) return { ok: false, error: { kind: "malformed", at: "questions" } };

  const parsed: [string, AnswerRecord[], string | undefined][] = [];
  for (const [id, record] of Object.entries(incoming)) {
    const at = `questions[${JSON.stringify(id)}]`;
    if (!isQuestionId(id)) return { ok: false, error: { kind: "malformed", at } };
    if (!isObject(record) || !Array.isArray(record["answers"]) || record["answers"].length === 0) {
      return { ok: false, error: { kind: "malformed", at: `${at}.answers` } };
    }
    const answers: AnswerRecord[] = [];
    for (const [i, a] of record["answers"].entries()) {
      const answer = parseAnswer(a);
      if (answer === undefined) return { ok: false, error: { kind: "malformed", at: `${at}.answers[${i}]` } };
      answers.push(answer);
    }
    const note = record["note"];
    if (note !== undefined && typeof note !== "string") return { ok: false, error: { kind: "malformed", at: `${at}.note` } };
    parsed.push([id, answers, note]);
  }

  const questions = { ...existing.questions };
  let added = 0;
  for (const [id, answers, note] of parsed) {
    const before = Object.hasOwn(questions, id) ? questions[id] : undefined;
    const seen = new Set((before?.answers ?? []).map(answerKey));
    const fresh = answers.filter((a) => {
      const key = answerKey(a);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    if (fresh.length === 0 && before !== undefined) continue;
    added += fresh.length;
    const merged = sortAnswers([...(before?.answers ?? []), ...fresh]);
    const card = replayAnswers(merged);
    if (card === undefined) continue;
    const keptNote = before?.note ?? note;
    questions[id] = { answers: merged, card, ...(keptNote === undefined ? {} : { note: keptNote }) };
  }
  return { ok: true, progress: { ...existing, questions }, added, questions: parsed.length };
}
