/**
 * A learner's progress, kept in the browser (localStorage, one entry per site base path): every
 * answered question with each answer's result and time and its scheduler state, plus the /quiz/
 * run in progress. Pure functions over plain JSON. This file holds the types and answering;
 * progress-storage.ts reads and writes localStorage, progress-counts.ts counts per tag and folder,
 * progress-file.ts exports and imports, progress-json.ts validates untrusted JSON.
 *
 * Storage schema, version 2, under `kb-quiz:<base>` (the key v1 used, so there is one entry per site):
 *   { v: 2,
 *     questions: { [questionId]: { answers: [{ at: ISO, grade, chosen? }…] oldest first,
 *                                  card: CardState, note?: slug } },
 *     run?: { mode, tag, shuffle, order: questionId[], index, results: { [questionId]: { chosen, correct } } },
 *     legacy?: <the v1 value, kept until it can be tied to question ids> }
 * v1 (`{ v: 1, tag, shuffle, order: slug[], index, results: { [slug]: { chosen, correct } } }`) held
 * only the run in progress, keyed by note slug (one question per note then).
 */
import { isQuestionId, type StudyQuestionKind } from "./question-id";
import { isDue, review, type AnswerGrade, type CardState } from "./scheduler";

export const PROGRESS_VERSION = 2;

export interface AnswerRecord {
  /** When it was answered (ISO 8601). */
  at: string;
  grade: AnswerGrade;
  /** The option letters chosen (multiple choice); absent for flashcards. */
  chosen?: string[];
}

export interface QuestionProgress {
  /** Oldest first. */
  answers: AnswerRecord[];
  card: CardState;
  /** The note's slug when last answered, so an export is readable; ids, not slugs, identify questions. */
  note?: string;
}

export interface QuizRunResult {
  chosen: string[];
  correct: boolean;
}

/** `all`: questions picked by tag; `wrong`: 틀린 문제 다시; `due`: 오늘 복습할 문제. */
export type QuizRunMode = "all" | "wrong" | "due";

/** A /quiz/ session in progress, so a reader can leave and come back to the same question. */
export interface QuizRun {
  mode: QuizRunMode;
  tag: string;
  shuffle: boolean;
  /** Question ids, in the order they are asked. */
  order: string[];
  /** How many of `order` have been passed (the next one to ask). */
  index: number;
  results: Record<string, QuizRunResult>;
}

/** The v1 value: a run keyed by note slug. */
export interface LegacyQuizRunV1 {
  v: 1;
  tag: string;
  shuffle: boolean;
  order: string[];
  index: number;
  results: Record<string, QuizRunResult>;
}

export interface StudyProgress {
  v: 2;
  questions: Record<string, QuestionProgress>;
  run?: QuizRun;
  /** A v1 run whose notes' questions were not all known yet when it was loaded (see `loadProgress`). */
  legacy?: LegacyQuizRunV1;
}

/** What progress needs to know about a question on the site. */
export interface StudyQuestionRef {
  id: string;
  kind: StudyQuestionKind;
  /** The note's slug. */
  note: string;
  /** The note's folder relative to the notes root, "/"-separated; "" at the root. */
  folder: string;
  /** Canonical tags (synonyms merged). */
  tags: readonly string[];
}

export function emptyProgress(): StudyProgress {
  return { v: 2, questions: {} };
}

/** Answers oldest first. */
export function sortAnswers(answers: readonly AnswerRecord[]): AnswerRecord[] {
  return [...answers].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}

/** The scheduler state a history leads to (undefined for no answers). Deterministic. */
export function replayAnswers(answers: readonly AnswerRecord[]): CardState | undefined {
  let card: CardState | undefined;
  for (const a of sortAnswers(answers)) card = review(card, a.grade, new Date(a.at));
  return card;
}

/**
 * Progress after answering question `id` at `at`. Returns a new value (the input is not changed).
 * Throws a TypeError for an id `choiceQuestionId`/`flashcardId` could not have made: it would be
 * dropped on the next load, so it is a bug to surface, not data to store.
 */
export function recordAnswer(
  progress: StudyProgress,
  id: string,
  grade: AnswerGrade,
  at: Date,
  details: { chosen?: readonly string[]; note?: string } = {},
): StudyProgress {
  if (!isQuestionId(id)) throw new TypeError(`not a question id: ${JSON.stringify(id)}`);
  const before = Object.hasOwn(progress.questions, id) ? progress.questions[id] : undefined;
  const answer: AnswerRecord = { at: at.toISOString(), grade, ...(details.chosen === undefined ? {} : { chosen: [...details.chosen] }) };
  const note = details.note ?? before?.note;
  const record: QuestionProgress = {
    answers: sortAnswers([...(before?.answers ?? []), answer]),
    card: review(before?.card, grade, at),
    ...(note === undefined ? {} : { note }),
  };
  return { ...progress, questions: { ...progress.questions, [id]: record } };
}

/** The latest answer to a question, if it was ever answered. */
export function latestAnswer(progress: StudyProgress, id: string): AnswerRecord | undefined {
  return Object.hasOwn(progress.questions, id) ? progress.questions[id]?.answers.at(-1) : undefined;
}

/** Ids of the questions due on `now`'s study day or before, most overdue first. */
export function dueQuestions(progress: StudyProgress, now: Date): string[] {
  return Object.entries(progress.questions)
    .filter(([, q]) => isDue(q.card, now))
    .sort(([a, qa], [b, qb]) => Date.parse(qa.card.due) - Date.parse(qb.card.due) || (a < b ? -1 : 1))
    .map(([id]) => id);
}

/** Ids of the questions whose latest answer was wrong, most recently answered first. */
export function wrongQuestions(progress: StudyProgress): string[] {
  return Object.entries(progress.questions)
    .flatMap(([id, q]) => {
      const last = q.answers.at(-1);
      return last?.grade === "wrong" ? [{ id, at: Date.parse(last.at) }] : [];
    })
    .sort((a, b) => b.at - a.at || (a.id < b.id ? -1 : 1))
    .map((q) => q.id);
}
