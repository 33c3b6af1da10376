/**
 * A learner's progress, kept in the browser (localStorage, one entry per site base path): every
 * answered question with each answer's result and time and its scheduler state, plus the /quiz/
 * run in progress. Pure functions over plain JSON; the caller passes `localStorage` (or anything
 * with getItem/setItem) and saves the value these functions return.
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
import { tagAncestry } from "../tags/normalize";
import { isQuestionId, type StudyQuestionKind } from "./question-id";
import { ANSWER_GRADES, isDue, parseCardState, review, type AnswerGrade, type CardState } from "./scheduler";

export const PROGRESS_VERSION = 2;
/** Marks an export file as ours, so another JSON file is refused with a clear reason. */
export const PROGRESS_FILE_FORMAT = "kb-study-progress";

/** The localStorage key for a site served under `base` (siteConfig.base, e.g. "/" or "/kb/"). */
export function progressStorageKey(base: string): string {
  return `kb-quiz:${base}`;
}

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

// ---------------------------------------------------------------------------------------------
// Validation of untrusted JSON (storage and import files)

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);
const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === "string");
const isGrade = (v: unknown): v is AnswerGrade => typeof v === "string" && (ANSWER_GRADES as readonly string[]).includes(v);
const toIso = (v: unknown): string | undefined => {
  if (typeof v !== "string") return undefined;
  const t = Date.parse(v);
  return Number.isFinite(t) ? new Date(t).toISOString() : undefined;
};

function parseAnswer(v: unknown): AnswerRecord | undefined {
  if (!isObject(v) || !isGrade(v["grade"])) return undefined;
  const at = toIso(v["at"]);
  const chosen = v["chosen"];
  if (at === undefined || (chosen !== undefined && !isStrings(chosen))) return undefined;
  return { at, grade: v["grade"], ...(chosen === undefined ? {} : { chosen: [...chosen] }) };
}

function parseRunResults(v: unknown, validKey: (key: string) => boolean): Record<string, QuizRunResult> | undefined {
  if (v === undefined) return {};
  if (!isObject(v)) return undefined;
  const entries: [string, QuizRunResult][] = [];
  for (const [key, r] of Object.entries(v)) {
    if (!validKey(key) || !isObject(r) || !isStrings(r["chosen"]) || typeof r["correct"] !== "boolean") return undefined;
    entries.push([key, { chosen: [...r["chosen"]], correct: r["correct"] }]);
  }
  return Object.fromEntries(entries);
}

function parseIndex(v: unknown, length: number): number | undefined {
  return typeof v === "number" && Number.isFinite(v) ? Math.max(0, Math.min(Math.floor(v), length)) : undefined;
}

function parseLegacy(v: Json): LegacyQuizRunV1 | undefined {
  if (v["v"] !== 1 || !isStrings(v["order"])) return undefined;
  const order = v["order"];
  const index = parseIndex(v["index"], order.length);
  const results = parseRunResults(v["results"], () => true);
  if (index === undefined || results === undefined) return undefined;
  return { v: 1, tag: typeof v["tag"] === "string" ? v["tag"] : "", shuffle: v["shuffle"] !== false, order: [...order], index, results };
}

function parseRun(v: unknown): QuizRun | undefined {
  if (!isObject(v) || !isStrings(v["order"]) || !v["order"].every(isQuestionId)) return undefined;
  const order = v["order"];
  const index = parseIndex(v["index"], order.length);
  const results = parseRunResults(v["results"], isQuestionId);
  const mode = v["mode"];
  if (index === undefined || results === undefined || (mode !== "all" && mode !== "wrong" && mode !== "due")) return undefined;
  return { mode, tag: typeof v["tag"] === "string" ? v["tag"] : "", shuffle: v["shuffle"] !== false, order: [...order], index, results };
}

function sortAnswers(answers: readonly AnswerRecord[]): AnswerRecord[] {
  return [...answers].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}

/** The scheduler state a history leads to (undefined for no answers). Deterministic. */
export function replayAnswers(answers: readonly AnswerRecord[]): CardState | undefined {
  let card: CardState | undefined;
  for (const a of sortAnswers(answers)) card = review(card, a.grade, new Date(a.at));
  return card;
}

/** A stored question record; a missing or broken card is rebuilt from the answers. */
function parseQuestionProgress(v: unknown): QuestionProgress | undefined {
  if (!isObject(v) || !Array.isArray(v["answers"]) || v["answers"].length === 0) return undefined;
  const answers: AnswerRecord[] = [];
  for (const a of v["answers"]) {
    const answer = parseAnswer(a);
    if (answer === undefined) return undefined;
    answers.push(answer);
  }
  const sorted = sortAnswers(answers);
  const card = parseCardState(v["card"]) ?? replayAnswers(sorted);
  if (card === undefined) return undefined;
  const note = v["note"];
  return { answers: sorted, card, ...(typeof note === "string" ? { note } : {}) };
}

// ---------------------------------------------------------------------------------------------
// Loading, migrating, saving

export type LoadProblem =
  /** localStorage threw (disabled, private mode): progress works for this page only. */
  | { kind: "storage-unavailable" }
  /** The stored value was not readable at all; `raw` is it, for a backup before it is overwritten. */
  | { kind: "corrupt"; raw: string }
  /** Written by a newer version of the site; saving would replace it. */
  | { kind: "newer-version"; version: number; raw: string }
  /** Some records were unreadable and were left out; the rest loaded. */
  | { kind: "repaired"; dropped: number };

export interface LoadedProgress {
  progress: StudyProgress;
  problem?: LoadProblem;
  /** Set when a v1 value was read (the caller should save, to store it as v2). */
  migratedFrom?: 1;
}

export interface LoadOptions {
  /** The questions this page knows, in document order within each note. Needed to migrate v1. */
  questions?: readonly Pick<StudyQuestionRef, "id" | "note" | "kind">[];
  /** True when `questions` is every question of the site (the /quiz/ page): a v1 entry for a note
   * without a question any more is then dropped, as v1 itself did. */
  catalogComplete?: boolean;
  /** The time given to migrated v1 answers, which were stored without one. Default: now. */
  now?: Date;
}

/**
 * Ties a v1 run to question ids: each slug is the note's first multiple-choice question (v1 had one
 * question per note). Only when every slug resolves, or the catalog is complete; otherwise the v1
 * value is kept as `legacy` and tried again on the next load.
 */
function migrateLegacy(progress: StudyProgress, legacy: LegacyQuizRunV1, options: LoadOptions): StudyProgress {
  const idOf = new Map<string, string>();
  for (const q of options.questions ?? []) if (q.kind === "choice" && !idOf.has(q.note)) idOf.set(q.note, q.id);
  const resolvable = legacy.order.every((slug) => idOf.has(slug)) && Object.keys(legacy.results).every((slug) => idOf.has(slug));
  if (!resolvable && options.catalogComplete !== true) return { ...progress, legacy };

  const at = options.now ?? new Date();
  let next: StudyProgress = { v: 2, questions: progress.questions, ...(progress.run ? { run: progress.run } : {}) };
  const results: [string, QuizRunResult][] = [];
  for (const [slug, r] of Object.entries(legacy.results)) {
    const id = idOf.get(slug);
    if (id === undefined) continue;
    results.push([id, r]);
    next = recordAnswer(next, id, r.correct ? "right" : "wrong", at, { chosen: r.chosen, note: slug });
  }
  const kept = legacy.order.map((slug, i) => ({ id: idOf.get(slug), passed: i < legacy.index }));
  const order = kept.flatMap((k) => (k.id === undefined ? [] : [k.id]));
  if (order.length === 0 || next.run !== undefined) return next;
  const run: QuizRun = {
    mode: "all",
    tag: legacy.tag,
    shuffle: legacy.shuffle,
    order,
    index: kept.filter((k) => k.passed && k.id !== undefined).length,
    results: Object.fromEntries(results),
  };
  return { ...next, run };
}

/** Reads the progress stored for `base`. Never throws: unreadable storage gives empty progress and a `problem`. */
export function loadProgress(storage: Pick<Storage, "getItem"> | null | undefined, base: string, options: LoadOptions = {}): LoadedProgress {
  let raw: string | null;
  try {
    if (!storage) return { progress: emptyProgress(), problem: { kind: "storage-unavailable" } };
    raw = storage.getItem(progressStorageKey(base));
  } catch {
    return { progress: emptyProgress(), problem: { kind: "storage-unavailable" } };
  }
  if (raw === null) return { progress: emptyProgress() };
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { progress: emptyProgress(), problem: { kind: "corrupt", raw } };
  }
  if (!isObject(value)) return { progress: emptyProgress(), problem: { kind: "corrupt", raw } };
  const version = value["v"];

  if (version === 1) {
    const legacy = parseLegacy(value);
    if (legacy === undefined) return { progress: emptyProgress(), problem: { kind: "corrupt", raw } };
    return { progress: migrateLegacy(emptyProgress(), legacy, options), migratedFrom: 1 };
  }
  if (typeof version === "number" && Number.isInteger(version) && version > PROGRESS_VERSION) {
    return { progress: emptyProgress(), problem: { kind: "newer-version", version, raw } };
  }
  if (version !== PROGRESS_VERSION || !isObject(value["questions"])) return { progress: emptyProgress(), problem: { kind: "corrupt", raw } };

  let dropped = 0;
  const questions: [string, QuestionProgress][] = [];
  for (const [id, record] of Object.entries(value["questions"])) {
    const parsed = isQuestionId(id) ? parseQuestionProgress(record) : undefined;
    if (parsed === undefined) dropped++;
    else questions.push([id, parsed]);
  }
  let progress: StudyProgress = { v: 2, questions: Object.fromEntries(questions) };
  if (value["run"] !== undefined) {
    const run = parseRun(value["run"]);
    if (run === undefined) dropped++;
    else progress.run = run;
  }
  if (value["legacy"] !== undefined) {
    const legacy = isObject(value["legacy"]) ? parseLegacy(value["legacy"]) : undefined;
    if (legacy === undefined) dropped++;
    else progress = migrateLegacy(progress, legacy, options);
  }
  return dropped > 0 ? { progress, problem: { kind: "repaired", dropped } } : { progress };
}

/** Stores `progress` for `base`. False when storage refused (full, disabled); the page keeps working. */
export function saveProgress(storage: Pick<Storage, "setItem"> | null | undefined, base: string, progress: StudyProgress): boolean {
  try {
    if (!storage) return false;
    storage.setItem(progressStorageKey(base), JSON.stringify(progress));
    return true;
  } catch {
    return false;
  }
}

// ---------------------------------------------------------------------------------------------
// Answers and questions

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

export interface ProgressCounts {
  /** Questions in the group (on the site now). */
  questions: number;
  /** Of those, answered at least once. */
  answered: number;
  /** Of those, whose latest answer was right. */
  correct: number;
  /** Of those, due on `now`'s study day or before. */
  due: number;
}

/** Counts over a set of questions (progress for questions no longer on the site is ignored). */
export function progressOf(progress: StudyProgress, questions: readonly Pick<StudyQuestionRef, "id">[], now: Date): ProgressCounts {
  const counts: ProgressCounts = { questions: 0, answered: 0, correct: 0, due: 0 };
  for (const q of new Map(questions.map((x) => [x.id, x])).values()) {
    counts.questions++;
    const record = Object.hasOwn(progress.questions, q.id) ? progress.questions[q.id] : undefined;
    if (record === undefined) continue;
    counts.answered++;
    if (record.answers.at(-1)?.grade !== "wrong") counts.correct++;
    if (isDue(record.card, now)) counts.due++;
  }
  return counts;
}

/** The tag levels a question counts for: `service/glue` → `service`, `service/glue`. */
export function tagGroups(question: Pick<StudyQuestionRef, "tags">): string[] {
  return [...new Set(question.tags.flatMap((t) => (t === "" ? [] : tagAncestry(t))))];
}

/** The folder levels a question counts for: "" (the whole site), then `a`, `a/b` for a note in `a/b/`. */
export function folderGroups(question: Pick<StudyQuestionRef, "folder">): string[] {
  const parts = question.folder.split("/").filter((p) => p !== "");
  return ["", ...parts.map((_, i) => parts.slice(0, i + 1).join("/"))];
}

/**
 * Counts per tag (every level of each canonical tag, as the tag pages list notes of sub-tags) or per
 * folder (every level; "" is the whole site), or per any grouping. Every group that has questions is
 * present; show a widget only where `answered > 0`.
 */
export function progressBy<Q extends StudyQuestionRef>(
  progress: StudyProgress,
  questions: readonly Q[],
  key: "tag" | "folder" | ((question: Q) => Iterable<string>),
  now: Date,
): Map<string, ProgressCounts> {
  const groupsOf = key === "tag" ? tagGroups : key === "folder" ? folderGroups : key;
  const members = new Map<string, Q[]>();
  for (const q of questions) {
    for (const group of new Set(groupsOf(q))) {
      const list = members.get(group);
      if (list) list.push(q);
      else members.set(group, [q]);
    }
  }
  return new Map([...members].map(([group, qs]) => [group, progressOf(progress, qs, now)]));
}

// ---------------------------------------------------------------------------------------------
// Export and import (moving between devices)

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
